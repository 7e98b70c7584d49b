"""Find quoted stretches of text from quotation marks alone (no spaCy).

Quotes never cross a paragraph (a line) by accident: a paragraph that ends inside a quote
either hands it to the next paragraph, when that one opens with a quote mark (the news
convention for multi-paragraph quotes), or the quote stops at the paragraph end and is
flagged ``unclosed``.  Marks that cannot open or close a quote (apostrophes, inch and
minute signs, strays) are skipped, so odd input yields fewer quotes, never an exception.

Typewriter text writes double quotation marks as two characters: ``''`` (both ends, as
New York Times archives do) and the TeX-style opening ````...``.  They are read as one mark
(:func:`_as_single_marks`), so offsets stay those of the text.

Languages pair marks differently (:mod:`newswire.nlp.quotes.marked.mark_sets` says which marks
open and close where); in French a paragraph opening with a dash is a line of dialogue
(:func:`dialogue_quotes`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from newswire.nlp.quotes.marked.mark_sets import (
    ALL_MARKS,
    DEFAULT_MARKS,
    DOUBLE_CLOSE,
    DOUBLE_OPEN,
    SINGLE_CLOSE,
    SINGLE_OPEN,
    STRAIGHT,
    MarkSet,
    Style,
)

__all__ = [
    "MarkedQuote",
    "Role",
    "dialogue_quotes",
    "find_marked_quotes",
    "paragraphs",
]

Role = Literal["open", "close", "either", "skip"]
#: Feet and inches just before a mark (``6'8"``), and a lower-case word just after one.
_FEET_INCHES = re.compile(r"\d['’]\d{1,2}$")
_BEFORE_LOWER_WORD = re.compile(r" +[a-z]")

# A mark after one of these (or at the start) leans open; before one of these it leans close.
_OPEN_CONTEXT = frozenset(" \t([{<-–—/:;")
_CLOSE_CONTEXT = frozenset(" \t.,;:!?)]}>-–—/…")
_PARAGRAPH = re.compile(r"[^\n]+")
#: Two-character double marks: ``''`` opens or closes, ```` `` ```` opens.
_DIGRAPH = re.compile(r"''|``")
#: Any quotation mark: a paragraph's scan jumps from one to the next.
_ANY_MARK = re.compile("[" + "".join(re.escape(mark) for mark in sorted(ALL_MARKS)) + "]")
#: A dash opening a paragraph of dialogue: "— Nous ne reculerons pas, a lancé la maire."
_DIALOGUE = re.compile(r"[ \t]*([—–―])[ \t\u00a0\u202f]+(?=\S)")
#: What follows an opening single mark that stands for an apostrophe typed the wrong way
#: round ("isn ‘t", "it ‘s", "rock ‘n’ roll", "the ‘90s"): no quote opens with these.
_ELISION = re.compile(r"(?:t|s|re|ll|ve|d|m|n|\d\ds?)(?![^\W\d_])")
#: Right after these an opening mark that a space or punctuation follows closes what is open
#: (``“It's unusual,“ said Larry Noble``: the closing mark typed as the opening one).
_ENDS_WORDS = frozenset(".,!?;:…")
_AFTER_CLOSING = frozenset(".,;:!?)]}…")


@dataclass(frozen=True)
class MarkedQuote:
    """The inside of one pair of quote marks: ``text[start:end]``, whitespace trimmed.

    ``mark_start`` is the opening mark and ``mark_end`` is just past the closing one (the
    paragraph end when unclosed): they differ from ``start - 1`` and ``end + 1`` when the
    marks are spaced, as in French (« Non »).
    """

    start: int
    end: int
    paragraph: int
    unclosed: bool = False
    continued: bool = False  # the quote goes on in the next paragraph
    mark_start: int = -1
    mark_end: int = -1

    @property
    def before_mark(self) -> int:
        """Where the text before the opening mark ends."""
        return self.mark_start if self.mark_start >= 0 else max(self.start - 1, 0)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character ranges of the non-empty lines of ``text``: our unit of paragraph."""
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]


def find_marked_quotes(text: str, style: Style = "double",
                       marks: MarkSet = DEFAULT_MARKS) -> list[MarkedQuote]:
    """Every quoted stretch of ``text`` marked with ``style`` quotation marks."""
    if style == "double":
        text = _as_single_marks(text)
    paras = paragraphs(text)
    found: list[MarkedQuote] = []
    for index, (start, end) in enumerate(paras):
        reopened = (index + 1 < len(paras)
                    and _opens_with_mark(text, paras[index + 1], style, marks))
        found.extend(_scan_paragraph(text, (start, end), index, (style, marks),
                                     reopened=reopened))
    return found


def _as_single_marks(text: str) -> str:
    """``text`` of the same length with each ``''`` or ```` `` ```` written as one curly mark
    and a space on its inner side: ``,'' said`` scans as ``, ” said``, ``''It`` as ``“ It``."""
    if "''" not in text and "``" not in text:
        return text
    chars = list(text)
    for digraph in _DIGRAPH.finditer(text):
        start = digraph.start()
        before = text[start - 1] if start else " "
        after = text[start + 2] if start + 2 < len(text) else " "
        opens = digraph.group() == "``" or (
            (before.isspace() or before in _OPEN_CONTEXT) and not after.isspace())
        chars[start:start + 2] = ["“", " "] if opens else [" ", "”"]
    return "".join(chars)


def dialogue_quotes(text: str, incise: re.Pattern[str] | None = None) -> list[MarkedQuote]:
    """Paragraphs of dialogue: what follows an opening dash, up to ``incise`` if it matches
    (", a-t-il dit."), else to the paragraph end."""
    found = []
    for index, (start, end) in enumerate(paragraphs(text)):
        dash = _DIALOGUE.match(text, start, end)
        if dash is None:
            continue
        stop = end
        if incise is not None and (cut := incise.search(text, dash.end(), end)):
            stop = cut.start()
        quote = _trimmed(text, dash.end(), stop, index)
        if quote is not None:
            found.append(_with_marks(quote, dash.start(1), stop))
    return found


def _opens_with_mark(text: str, para: tuple[int, int], style: Style, marks: MarkSet) -> bool:
    start, end = para
    head = text[start:end].lstrip()
    return bool(head) and _role(head, 0, style, marks) in ("open", "either")


def _scan_paragraph(text: str, para: tuple[int, int], index: int,
                    kind: tuple[Style, MarkSet], *, reopened: bool) -> Iterator[MarkedQuote]:
    start, end = para
    depth, opened_at = 0, -1
    for mark in _ANY_MARK.finditer(text, start, end):  # not a Python step per character
        pos = mark.start()
        role = _role(text, pos, *kind, para_start=start, para_end=end)
        if role == "close" and depth and _possessive_before_close(text, pos, kind, para):
            continue  # "‘We don’t accept Jones’ offer,’ she said": Jones’ is a possessive
        if role == "either":
            # A straight mark closes what is open, otherwise it opens.
            role = "close" if depth else "open"
        if role == "open":
            # Nested marks of the same style stay inside the outer quote.
            opened_at = pos if depth == 0 else opened_at
            depth += 1
        elif role == "close" and depth:
            depth -= 1
            if depth == 0:
                quote = _trimmed(text, opened_at + 1, pos, index)
                if quote:
                    yield _with_marks(quote, opened_at, pos + 1)
    if depth:
        quote = _trimmed(text, opened_at + 1, end, index, unclosed=not reopened,
                         continued=reopened)
        if quote:
            yield _with_marks(quote, opened_at, end)


def _possessive_before_close(text: str, pos: int, kind: tuple[Style, MarkSet],
                             para: tuple[int, int]) -> bool:
    """Whether the single mark at ``pos`` is the apostrophe of a plural or ``-s``
    possessive (``Jones’ car``, ``officials’ plans``): glued to an ``s`` and followed by a
    word, with a later mark of the paragraph closing the quote before any opens again."""
    style, _ = kind
    start, end = para
    glued = style == "single" and pos > start and text[pos - 1] in "sSzZ"
    if not (glued and pos + 2 < end and text[pos + 1] == " " and text[pos + 2].isalnum()):
        return False
    for later in range(pos + 1, end):
        if text[later] in ALL_MARKS:
            role = _role(text, later, *kind, para_start=start, para_end=end)
            if role != "skip":
                return role in ("close", "either")
    return False


def _with_marks(quote: MarkedQuote, mark_start: int, mark_end: int) -> MarkedQuote:
    return MarkedQuote(quote.start, quote.end, quote.paragraph, quote.unclosed,
                       quote.continued, mark_start, mark_end)


def _trimmed(text: str, start: int, end: int, paragraph: int, *, unclosed: bool = False,
             continued: bool = False) -> MarkedQuote | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if not any(ch.isalnum() for ch in text[start:end]):
        return None
    return MarkedQuote(start, end, paragraph, unclosed, continued)


def _role(text: str, pos: int, style: Style, marks: MarkSet, *, para_start: int = 0,
          para_end: int | None = None) -> Role:
    """Whether the mark at ``pos`` opens, closes, may do either, or is no quote mark."""
    para_end = len(text) if para_end is None else para_end
    mark = text[pos]
    before = text[pos - 1] if pos > para_start else " "
    after = text[pos + 1] if pos + 1 < para_end else " "
    opens, closes = marks.opens[style], marks.closes[style]
    if mark in opens:
        return _opening_role(text, pos, style, (before, after))
    if mark in marks.either[style]:
        return "skip" if style == "single" and before.isalpha() and after.isalpha() else "either"
    if mark in closes:
        if style == "single" and before.isalpha() and after.isalpha():
            return "skip"  # an apostrophe: Putin’s, don’t
        return "skip" if style == "single" and _elided(text, pos, before) else "close"
    if (mark != STRAIGHT[style] or (style == "single" and _elided(text, pos, before))
            or (before.isdigit() and style == "double" and _inch_mark(text, pos, para_end))):
        return "skip"
    return _straight_role(before, after, style)


def _inch_mark(text: str, pos: int, para_end: int) -> bool:
    """Whether a straight mark after a digit measures (``a 6'8" forward``, ``the 65" model``,
    more marks to come in the paragraph) rather than closing a quote that ends in a number."""
    if _FEET_INCHES.search(text, max(0, pos - 8), pos):
        return True
    return (_BEFORE_LOWER_WORD.match(text, pos + 1) is not None
            and text.find('"', pos + 1, para_end) != -1)


def _elided(text: str, pos: int, before: str) -> bool:
    """Whether a single mark stands for left-out letters, not a quote's edge: before a
    decade or a clipped word after a space (``the ’90s``, ``rock ’n’ roll``), or the second
    mark of ``’n’``."""
    if before.isspace() and _ELISION.match(text, pos + 1) is not None:
        return True
    return (before == "n" and pos >= 2 and text[pos - 2] in "‘’'"
            and (pos == 2 or text[pos - 3].isspace()))


def _opening_role(text: str, pos: int, style: Style, around: tuple[str, str]) -> Role:
    """An opening mark opens, unless it stands for an apostrophe or where only a closing
    mark can stand (then it closes what is open)."""
    if style == "single" and _ELISION.match(text, pos + 1):
        return "skip"
    return "either" if _closing_place(*around) else "open"


def _closing_place(before: str, after: str) -> bool:
    """Whether a mark stands where only a closing one can: glued to the word or punctuation
    before it and followed by a space, punctuation or the paragraph end."""
    glued = before.isalnum() or before in _ENDS_WORDS
    return glued and (after.isspace() or after in _AFTER_CLOSING)


def _straight_role(before: str, after: str, style: Style) -> Role:
    if before == "=":
        return "skip"  # markup (datetime="...")
    if before.isdigit():
        # An inch or minute sign (3") never opens; a double mark after a digit closes what is
        # open ("is not COVID-19".), as a quote ending in a score or a number does.
        return "close" if style == "double" and not after.isalnum() else "skip"
    if style == "single" and before.isalpha() and after.isalpha():
        return "skip"  # apostrophe: it's, don't
    lean_open = before in _OPEN_CONTEXT or before in DOUBLE_OPEN | SINGLE_OPEN
    lean_close = after in _CLOSE_CONTEXT or after in DOUBLE_CLOSE | SINGLE_CLOSE
    if lean_open and not lean_close:
        return "open"
    if lean_close and not lean_open:
        return "close"
    return "either"
