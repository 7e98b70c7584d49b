"""The recall pass: once a name is known in an article, find the mentions the model missed.

The small model misses names in headlines and all-caps lines, and often tags a surname only
once of three times. Matching the article's own names back over its text is cheap (one
compiled pattern per article) and precise, since the names come from the article itself.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from newswire.nlp.entities.words.aliases import Known, table

__all__ = [
    "CAPS_SHARE", "HEADLINE_SHARE", "Hit", "Taken", "caps_lines", "find_missed", "find_places",
    "find_table", "headline_lines", "inside", "url_ranges",
]

_URL = re.compile(r"(?:https?://|www\.)\S+|\b\S+\.(?:com|org|net|ly|io|co\.uk)/\S*", re.IGNORECASE)
_CAPS_WORD = re.compile(r"[A-Z][A-Z'’.-]*[A-Z]|[A-Z]")
_RUN = re.compile(r"\w+")
_GLUE = "&-_"  # characters that join a name to the word beside it ("NATO-led")
_WORD = re.compile(r"[^\W\d_]+")
#: How many of a line's longer words must be capitalised to read it as a headline.
HEADLINE_SHARE = 0.8
#: How many capitals a line needs, among its letters, to be read as an all-caps line.
CAPS_SHARE = 0.8


@dataclass(frozen=True)
class Hit:
    """A found mention: where, and which name (a key of the forms mapping) it matched."""

    start: int
    end: int
    key: str


class Taken:
    """Character ranges already claimed by a mention; answers "does this overlap one?"."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        self._ranges = sorted(ranges)
        self._starts = [r[0] for r in self._ranges]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` shares a character with a claimed range."""
        i = bisect.bisect_left(self._starts, end)
        return any(s < end and start < e for s, e in self._ranges[max(0, i - 8):i])

    def add(self, start: int, end: int) -> None:
        """Claim ``[start, end)``."""
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ranges.insert(i, (start, end))


def url_ranges(text: str) -> list[tuple[int, int]]:
    """Where URLs are: no entity may overlap one."""
    return [m.span() for m in _URL.finditer(text)]


def caps_lines(text: str) -> list[tuple[int, int]]:
    """The lines written in capitals, where the model's guesses are not to be trusted."""
    found, pos = [], 0
    for line in text.split("\n"):
        # Each character asked in C (``filter``, ``map``): a body of 5,000 characters made
        # 5,000 Python steps; the capitals counted only on a line with letters enough.
        letters = "".join(filter(str.isalpha, line))
        if len(letters) >= 6 and sum(map(str.isupper, letters)) >= CAPS_SHARE * len(letters):
            found.append((pos, pos + len(line)))
        pos += len(line) + 1
    return found


def headline_lines(text: str) -> list[tuple[int, int]]:
    """Lines In Headline Case, where the model takes verbs into names ("Kill Trayvon Martin")."""
    found, pos = [], 0
    for line in text.split("\n"):
        long_words = [w for w in _WORD.findall(line) if len(w) >= 4]
        capitalised = sum(w[0].isupper() for w in long_words)
        if len(long_words) >= 3 and capitalised >= HEADLINE_SHARE * len(long_words):
            found.append((pos, pos + len(line)))
        pos += len(line) + 1
    return found


def inside(ranges: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies within one of ``ranges``."""
    return any(s <= start and end <= e for s, e in ranges)


def find_missed(text: str, forms: Mapping[str, str], taken: Taken,
                caps: Sequence[tuple[int, int]]) -> list[Hit]:
    """Untaken occurrences of ``forms`` (spelling -> key); caps lines match them in capitals."""
    hits = _scan(text, forms, taken, 0, len(text))
    upper = _upper_forms(forms) if caps else {}
    for start, end in caps:
        hits += _scan(text, upper, taken, start, end)
    return hits


def _upper_forms(forms: Mapping[str, str]) -> dict[str, str]:
    upper: dict[str, str] = {}
    for form, key in forms.items():
        # A short name in capitals is too often a word ("US" in "TELL US"); keep longer ones.
        if len(form) >= 4 or form.isupper():
            upper.setdefault(form.upper(), key)
    return upper


def _scan(text: str, forms: Mapping[str, str], taken: Taken, lo: int, hi: int) -> list[Hit]:
    """Whole-word occurrences of ``forms`` in ``text[lo:hi]``, the longest at each place.

    Dictionary look-ups over word runs rather than one big regular expression: compiling
    an alternation of hundreds of names costs more than the whole scan.
    """
    firsts = {first.group() for f in forms if (first := _RUN.match(f))}
    most = max((len(_RUN.findall(f)) for f in forms), default=0)
    runs = list(_RUN.finditer(text, lo, hi))
    hits: list[Hit] = []
    i = 0
    while i < len(runs):
        step = 1
        if runs[i].group() in firsts:
            for j in range(min(len(runs), i + most) - 1, i - 1, -1):
                hit = _match(text, forms, runs[i].start(), runs[j].end())
                if hit and not taken.overlaps(hit.start, hit.end):
                    hits.append(hit)
                    taken.add(hit.start, hit.end)
                    step = j - i + 1
                    break
        i += step
    return hits


def _match(text: str, forms: Mapping[str, str], start: int, end: int) -> Hit | None:
    """The form at ``text[start:end]`` (or with a closing dot, "U.S."), bounded as a word."""
    for stop in (end + 1, end):
        if stop > end and text[end:stop] != ".":
            continue
        key = forms.get(text[start:stop])
        if key and _bounded(text, start, stop):
            return Hit(start, stop, key)
    return None


def _bounded(text: str, start: int, end: int) -> bool:
    """Whether nothing glues ``text[start:end]`` to a neighbour ("NATO-led", "ex-NATO")."""
    before, after, beyond = text[start - 1:start], text[end:end + 1], text[end + 1:end + 2]
    if before and (before.isalnum() or before in _GLUE or before == "."):
        return False
    if after and (after.isalnum() or after in _GLUE):
        return False
    return not (after == "." and beyond.isalnum())


def find_places(text: str, taken: Taken) -> list[tuple[Hit, Known]]:
    """Well-known places written in capitals ("RUSSIA", "NEW YORK"), from the shipped gazetteer.

    Headlines and datelines write places in capitals, where the model misses most of them.
    """
    found: list[tuple[Hit, Known]] = []
    words = list(_CAPS_WORD.finditer(text))
    i = 0
    while i < len(words):
        i += _place_at(text, words, i, taken, found)
    return found


def _place_at(text: str, words: list[re.Match[str]], i: int, taken: Taken,
              found: list[tuple[Hit, Known]]) -> int:
    """Look for a place of three, two, then one words starting at word ``i``; return the step."""
    for size in (3, 2, 1):
        if i + size > len(words):
            continue
        start, end = words[i].start(), words[i + size - 1].end()
        piece = text[start:end]
        if len(piece) < 4 or (size > 1 and not _spaced(words, i, size, text)):
            continue
        known = table().places.get(piece.casefold())
        if known and not taken.overlaps(start, end):
            found.append((Hit(start, end, known.name), known))
            taken.add(start, end)
            return size
    return 1


def _spaced(words: list[re.Match[str]], i: int, size: int, text: str) -> bool:
    """Whether words ``i`` to ``i + size`` are separated by single spaces only."""
    return all(text[words[j].end():words[j + 1].start()] == " " for j in range(i, i + size - 1))


@cache
def _table_pattern() -> re.Pattern[str]:
    forms = [f for f in table().aliases_by_form if len(f) >= 2]
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w&.-])(?:{alternatives})(?![\w&-]|\.\w)")


def find_table(text: str, caps: Sequence[tuple[int, int]], taken: Taken) -> list[tuple[Hit, Known]]:
    """Names from the shipped alias table the model missed ("WHO", "Kiev"), outside caps lines.

    In capitals an acronym is too often a word ("WHO", "US"), so caps lines are left to the
    names the article itself has shown.
    """
    found = []
    for match in _table_pattern().finditer(text):
        start, end = match.span()
        if inside(caps, start, end) or taken.overlaps(start, end):
            continue
        known = table().aliases_by_form[match.group()]
        found.append((Hit(start, end, known.name), known))
        taken.add(start, end)
    return found
