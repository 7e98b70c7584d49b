"""Which characters are quotation marks, and how each language pairs them.

Marks come in two styles (double and single) and three roles per language
(:class:`MarkSet`): French opens with « and closes with », German opens with „ or » and
closes with “ or «, where English would open with “.  :func:`marks_for` picks a language's
set; the scanning itself lives in :mod:`newswire.nlp.quotes.marked.marks`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

__all__ = [
    "ALL_MARKS",
    "CLOSERS_AFTER_STOP",
    "DEFAULT_MARKS",
    "DOUBLE_CLOSE",
    "DOUBLE_MARK_TOKENS",
    "DOUBLE_OPEN",
    "FRENCH_MARKS",
    "LOW_HIGH_MARKS",
    "MARK_TOKENS",
    "SINGLE_CLOSE",
    "SINGLE_OPEN",
    "STRAIGHT",
    "MarkSet",
    "Style",
    "marks_for",
]

Style = Literal["double", "single"]

#: Corner brackets (「」, and 『』 inside them) quote in Japanese and Chinese; an English text
#: that keeps them around a translated remark quotes with them as with “ ” and ‘ ’.
DOUBLE_OPEN = frozenset("“„«‟「")
DOUBLE_CLOSE = frozenset("”»」")
SINGLE_OPEN = frozenset("‘‚‹‛『")
SINGLE_CLOSE = frozenset("’›』")
STRAIGHT = {"double": '"', "single": "'"}
ALL_MARKS = DOUBLE_OPEN | DOUBLE_CLOSE | SINGLE_OPEN | SINGLE_CLOSE | {'"', "'"}
#: spaCy tokens that are double quotation marks (typewriter digraphs included).
DOUBLE_MARK_TOKENS = DOUBLE_OPEN | DOUBLE_CLOSE | {'"', "''", "``"}
#: ... and single ones too (never the straight apostrophe, which is mostly an elision).
MARK_TOKENS = DOUBLE_MARK_TOKENS | SINGLE_OPEN | SINGLE_CLOSE
#: English closing marks as they follow a sentence's stop: ``.”``, ``.’”``, ``.''``, ``."`` (to
#: strip with ``str.rstrip``).
CLOSERS_AFTER_STOP = "”’\"'"


@dataclass(frozen=True)
class MarkSet:
    """How a language's quotation marks pair: per style, the marks that open, close, or
    do either (close what is open, else open)."""

    opens: Mapping[Style, frozenset[str]]
    closes: Mapping[Style, frozenset[str]]
    either: Mapping[Style, frozenset[str]] = field(
        default_factory=lambda: {"double": frozenset(), "single": frozenset()})
    dialogue: bool = False  # a paragraph opening with a dash is a quote


DEFAULT_MARKS = MarkSet({"double": DOUBLE_OPEN, "single": SINGLE_OPEN},
                        {"double": DOUBLE_CLOSE, "single": SINGLE_CLOSE})
FRENCH_MARKS = MarkSet({"double": frozenset("«“"), "single": frozenset("‹‘")},
                       {"double": frozenset("»”"), "single": frozenset("›’")}, dialogue=True)
#: „…“ and »…«, and “…” or «…» as well: German, and the languages of central and northern
#: Europe that write like it.
LOW_HIGH_MARKS = MarkSet({"double": frozenset("„"), "single": frozenset("‚")},
                         {"double": frozenset("”"), "single": frozenset("’")},
                         {"double": frozenset("“»«"), "single": frozenset("‘›‹")})
_LOW_HIGH_LANGUAGES = ("de", "cs", "sk", "sl", "lt", "lv", "et", "is", "bg", "ru", "uk", "hr",
                       "sr", "da")
_MARKS_BY_LANGUAGE: Mapping[str, MarkSet] = {
    "fr": FRENCH_MARKS, **dict.fromkeys(_LOW_HIGH_LANGUAGES, LOW_HIGH_MARKS)}


def marks_for(language: str) -> MarkSet:
    """The quotation marks of ``language`` (ISO 639-1); English-like ones for the rest."""
    return _MARKS_BY_LANGUAGE.get(language, DEFAULT_MARKS)
