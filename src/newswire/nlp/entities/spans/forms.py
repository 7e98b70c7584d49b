"""How an article writes its words outside its capitals, for re-casing the capitals.

"BUSH" in a headline is re-cased "Bush" when the body writes "Bush"
(:mod:`newswire.nlp.entities.spans.recase`); only
words that are not at the start of a line or a sentence count, as those say nothing of
their case.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

__all__ = ["WORD", "opens_sentence", "written_forms"]

#: A word: a letter, then letters, digits, apostrophes and hyphens.
WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: What ends a sentence, or a dateline before its story ("KHARTOUM, June 14 - Fighting").
_SENTENCE_END = re.compile(r"(?:[.!?:]|\s[-–—]+)\s*$")
#: How many characters before a word :func:`opens_sentence` reads.
_SENTENCE_WINDOW = 8


def written_forms(text: str, runs: Sequence[tuple[int, int]],
                  wanted: AbstractSet[str] | None = None) -> dict[str, str]:
    """How the article writes each word outside its capitals (casefolded word -> form);
    with ``wanted``, only the words re-casing will look up
    (:func:`~newswire.nlp.entities.spans.recase.caps_keys`).

    A word that opens a line or a sentence says nothing about its case and is not counted,
    unless it is in capitals there too ("UN said ...").
    """
    if wanted is not None and not wanted:
        return {}
    forms: dict[str, Counter[str]] = {}
    inside = _Ranges(runs)
    for match in WORD.finditer(text):
        word = match.group()
        key = word.casefold()
        # Most words of an article are never looked up: skip them before the costly checks.
        if wanted is not None and key not in wanted:
            continue
        start = match.start()
        if inside.covers(start) or (opens_sentence(text, start) and not word.isupper()):
            continue
        forms.setdefault(key, Counter())[word] += 1
    return {key: counts.most_common(1)[0][0] for key, counts in forms.items()}


def opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a line or a sentence, where English capitalises any
    word ("Fans said"). Only the few characters before it are read: a line may hold
    thousands of names."""
    window = max(0, start - _SENTENCE_WINDOW)
    line_start = text.rfind("\n", window, start) + 1 or window
    before = text[line_start:start]
    opens_line = line_start == 0 or text[line_start - 1] == "\n"
    return (opens_line and not before.strip()) or bool(_SENTENCE_END.search(before))


class _Ranges:
    """Sorted, non-overlapping ranges: does one cover a position?"""

    def __init__(self, ranges: Sequence[tuple[int, int]]) -> None:
        self._ranges = sorted(ranges)
        self._starts = [s for s, _ in self._ranges]

    def covers(self, pos: int) -> bool:
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ranges[i][1]
