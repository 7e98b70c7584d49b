"""Text in capitals, re-cased for the model with every character offset kept.

The small model finds almost nothing in wire headlines and datelines written in capitals
(``SOCCER - JAPAN GET LUCKY WIN``, ``LEICESTERSHIRE TAKE OVER AT TOP``). Such runs are re-cased
word by word, each word keeping its length, so a span the model finds in the re-cased line
has the same offsets in the original, where the mention's text is taken from.

A word takes the case the article itself writes it in elsewhere ("Japan" in the body); else
the case English usually writes it in (:mod:`.casing`: "win", "NATO"); else it is
capitalised, as most rare words in capitals are names. A run's first word is capitalised.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from spacy.language import Language

from newswire.nlp.entities.spans.forms import WORD, written_forms
from newswire.nlp.entities.spans.recall import caps_lines
from newswire.nlp.entities.words.aliases import table
from newswire.nlp.entities.words.casing import casing

__all__ = ["Capitals", "Found", "caps_keys", "caps_runs", "find_in_caps", "read_capitals",
           "recase", "recase_word"]

#: A word in capitals: letters, with apostrophes, dots and hyphens inside.
_CAPS_WORD = re.compile(r"[A-Z][A-Z'’.-]*[A-Z]\.?|[A-Z]\.?")
#: A dateline opening a line in capitals: "WASHINGTON (Reuters) -", "AL-AIN, United ...".
_DATELINE = re.compile(r"^[ \t]*([A-Z][A-Z'’.-]*[A-Z](?:[ \t]+[A-Z][A-Z'’.-]*[A-Z])*)"
                       r"(?=[ \t]*[,(]|[ \t]+\d|[ \t]*$)", re.MULTILINE)
#: A dateline whose first words surely name a place: a comma, a bracket or a date after them
#: ("MONROVIA 1996-08-22", "MONTGOMERY, Ala.", "WASHINGTON (Reuters)"), three words at most.
_PLACE_DATELINE = re.compile(r"^[ \t]*([A-Z][A-Z'’.-]*[A-Z](?:[ \t]+[A-Z][A-Z'’.-]*[A-Z]){0,2})"
                             r"(?=[ \t]*[,(]|[ \t]+\d{4}-\d\d-\d\d)", re.MULTILINE)
#: Most lines the model reads in one re-cased pass.
_BATCH = 256


@dataclass(frozen=True)
class Found:
    """An entity the model found in re-cased text: original offsets, type, re-cased text;
    ``dateline`` when it opens a dateline ("AL-AIN, United Arab Emirates"), a place."""

    start: int
    end: int
    label: str
    recased: str
    dateline: bool = False


@dataclass(frozen=True)
class Capitals:
    """A text's runs in capitals, the text re-cased (same length) and what the model found
    in the re-cased runs."""

    text: str
    runs: list[tuple[int, int]]
    recased: str
    found: list[Found]


def caps_runs(text: str) -> list[tuple[int, int]]:
    """Where ``text`` is written in capitals: whole lines, and datelines opening a line."""
    runs = caps_lines(text)
    in_lines = {start for start, _ in runs}
    pos = 0
    for line in text.split("\n"):
        if pos not in in_lines and (match := _DATELINE.match(line)):
            start, end = match.span(1)
            if sum(c.isalpha() for c in match.group(1)) >= 4:
                runs.append((pos + start, pos + end))
        pos += len(line) + 1
    return sorted(runs)


def caps_keys(text: str, runs: Sequence[tuple[int, int]]) -> set[str]:
    """The keys :func:`recase_word` looks up for the words of ``runs`` in ``text``."""
    return {_stem(match.group())[0].casefold() for start, end in runs
            for match in _CAPS_WORD.finditer(text[start:end])}


def recase(text: str, runs: Sequence[tuple[int, int]], forms: Mapping[str, str]) -> str:
    """``text`` with each run re-cased; the same length, so every offset stays."""
    pieces, pos = [], 0
    for start, end in runs:
        pieces.append(text[pos:start])
        pieces.append(_recase_run(text[start:end], forms))
        pos = end
    pieces.append(text[pos:])
    recased = "".join(pieces)
    return recased if len(recased) == len(text) else text


def _recase_run(run: str, forms: Mapping[str, str]) -> str:
    out, pos = [], 0
    found = list(_CAPS_WORD.finditer(run))
    i = 0
    while i < len(found):
        start = found[i].start()
        size, cased = _known_name(run, found, i)
        out.append(run[pos:start])
        out.append(cased or recase_word(found[i].group(), forms, first=i == 0))
        pos = found[i + size - 1].end()
        i += size
    out.append(run[pos:])
    return "".join(out)


def _known_name(run: str, found: list[re.Match[str]], i: int) -> tuple[int, str | None]:
    """A name of two or three words the shipped table spells ("NEW YORK" -> "New York"):
    how many words, and the table's spelling; else one word and None."""
    for size in (3, 2):
        if i + size > len(found):
            continue
        piece = run[found[i].start():found[i + size - 1].end()]
        known = table().lookup(piece)
        if known and len(known.name) == len(piece) and known.name.upper() == piece.upper():
            return size, known.name
    return 1, None


def recase_word(word: str, forms: Mapping[str, str], first: bool = False) -> str:
    """One word in capitals in the case it is usually written in, same length."""
    stem, ending = _stem(word)
    key = stem.casefold()
    table = casing()
    if (form := forms.get(key)) and len(form) == len(stem):
        cased = form
    elif key in table.upper:
        cased = stem
    elif key in table.lower:
        cased = key if len(key) == len(stem) else stem.lower()
    else:
        cased = "-".join(_capitalise(part) for part in stem.split("-"))
    if first and cased[:1].islower():
        cased = cased[:1].upper() + cased[1:]
    return cased + ending


def _stem(word: str) -> tuple[str, str]:
    """A word in capitals without its possessive ("BUSH'S") or full stop, and that ending."""
    if len(word) > 3 and word[-2] in "'’" and word[-1] == "S":
        return word[:-2], word[-2] + "s"
    if word.endswith(".") and "." not in word[:-1] and len(word) > 2:
        return word[:-1], "."  # a full stop, not an abbreviation's dot ("U.S.")
    return word, ""


def _capitalise(part: str) -> str:
    """``O'NEILL`` -> ``O'Neill``, ``AIN`` -> ``Ain``."""
    if len(part) > 2 and part[1] in "'’":
        return part[:2] + part[2:].capitalize()
    return part.capitalize()


@dataclass(frozen=True)
class _Line:
    """A line holding runs in capitals, to be read again re-cased."""

    index: int  # which text
    start: int  # where the line starts in it
    runs: list[tuple[int, int]]  # the runs, in line offsets
    opens_dateline: bool
    place: tuple[int, int] | None  # the dateline's place, when the line opens with one
    text: str  # the line, re-cased


def read_capitals(model: Language,
                  articles: Sequence[tuple[str, str]]) -> list[tuple[Capitals, Capitals]]:
    """Each article's title and body with their capitals re-cased and read by the model's
    NER, for a whole batch at once. A word takes the case the article writes it in, in
    either field ("BUSH" in a headline, "Bush" in the body)."""
    texts = [text for pair in articles for text in pair]
    runs = [caps_runs(text) for text in texts]
    recased = []
    for i in range(0, len(texts), 2):
        wanted = caps_keys(texts[i], runs[i]) | caps_keys(texts[i + 1], runs[i + 1])
        forms = {**written_forms(texts[i], runs[i], wanted),
                 **written_forms(texts[i + 1], runs[i + 1], wanted)}
        recased += [recase(texts[i], runs[i], forms), recase(texts[i + 1], runs[i + 1], forms)]
    found = find_in_caps(model, texts, runs, recased)
    read = [Capitals(*parts) for parts in zip(texts, runs, recased, found, strict=True)]
    return [(read[i], read[i + 1]) for i in range(0, len(read), 2)]


def find_in_caps(model: Language, texts: Sequence[str], runs: Sequence[Sequence[tuple[int, int]]],
                 recased: Sequence[str]) -> list[list[Found]]:
    """The model's entities in each text's ``runs``, read in its ``recased`` lines (NER alone).

    Each line holding a run is read on its own, so the pass costs what the capitals cost.
    A dateline's place the model misses ("MONROVIA 1996-08-22") is added as a place.
    """
    lines = [line for index, (text, text_runs, cased) in
             enumerate(zip(texts, runs, recased, strict=True))
             for line in _lines(index, text, text_runs, cased)]
    found: list[list[Found]] = [[] for _ in texts]
    if not lines or "ner" not in model.pipe_names:
        return found
    # The NER component alone (it has its own embedding): no tagger, parser or lemmatizer.
    ner = model.get_pipe("ner")
    docs = ner.pipe((model.make_doc(line.text) for line in lines), batch_size=_BATCH)  # type: ignore[attr-defined]
    for line, doc in zip(lines, docs, strict=True):
        hits = [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents
                if any(ent.start_char < e and s < ent.end_char for s, e in line.runs)]
        if line.place and not any(s < line.place[1] and line.place[0] < e for s, e, _ in hits):
            hits.append((*line.place, "GPE"))
        for start, end, label in hits:
            opens = line.opens_dateline and not line.text[:start].strip()
            found[line.index].append(Found(line.start + start, line.start + end, label,
                                           line.text[start:end], opens))
    return found


def _lines(index: int, text: str, runs: Sequence[tuple[int, int]], cased: str) -> list[_Line]:
    """The lines of ``text`` to read again: those holding a run that may hold a name."""
    lines = []
    for line_start, line_end, line_runs in _lines_of(text, runs):
        if not any(_may_name(cased, s, e) for s, e in line_runs):
            continue
        local = [(s - line_start, e - line_start) for s, e in line_runs]
        place = _PLACE_DATELINE.match(text, line_start, line_end)
        span = place.span(1) if place else None
        if span and not _all_capitalised(cased[span[0]:span[1]]):
            span = None  # "HE SAID, ..." in a text in capitals opens no dateline
        place_span = (span[0] - line_start, span[1] - line_start) if span else None
        lines.append(_Line(index, line_start, local, place_span is not None, place_span,
                           cased[line_start:line_end]))
    return lines


def _all_capitalised(cased: str) -> bool:
    return all(w[0].isupper() for w in WORD.findall(cased))


def _may_name(cased: str, start: int, end: int) -> bool:
    """Whether a re-cased run may hold a name: a word that kept a capital, its first word
    included unless English usually writes it in lower case. Else ("Scores and
    standings") the model need not read it."""
    found = list(WORD.finditer(cased, start, end))
    if not found:
        return False
    first = found[0].group()
    return first.casefold() not in casing().lower or any(
        w.group()[0].isupper() for w in found[1:])


def _lines_of(text: str, runs: Sequence[tuple[int, int]]
              ) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """The lines holding runs: (line start, line end, the runs in it)."""
    lines: dict[int, tuple[int, list[tuple[int, int]]]] = {}
    for start, end in runs:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        lines.setdefault(line_start, (line_end, []))[1].append((start, end))
    return [(s, e, r) for s, (e, r) in sorted(lines.items())]
