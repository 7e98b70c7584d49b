"""Find quoted stretches of text from quotation marks alone (no spaCy).

Quotes never cross a paragraph (a line) by accident: a paragraph that ends inside a quote
either hands it to the next paragraph, when that one opens with a quote mark (the news
convention for multi-paragraph quotes), or the quote stops at the paragraph end and is
flagged ``unclosed``.  Marks that cannot open or close a quote (apostrophes, inch and
minute signs, strays) are skipped, so odd input yields fewer quotes, never an exception.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

Role = Literal["open", "close", "either", "skip"]
Style = Literal["double", "single"]

DOUBLE_OPEN = frozenset("“„«‟")
DOUBLE_CLOSE = frozenset("”»")
SINGLE_OPEN = frozenset("‘‚‹‛")
SINGLE_CLOSE = frozenset("’›")
STRAIGHT = {"double": '"', "single": "'"}
ALL_MARKS = DOUBLE_OPEN | DOUBLE_CLOSE | SINGLE_OPEN | SINGLE_CLOSE | {'"', "'"}

# A mark after one of these (or at the start) leans open; before one of these it leans close.
_OPEN_CONTEXT = frozenset(" \t([{<-–—/:;")
_CLOSE_CONTEXT = frozenset(" \t.,;:!?)]}>-–—/…")
_MARKS = {"double": (DOUBLE_OPEN, DOUBLE_CLOSE), "single": (SINGLE_OPEN, SINGLE_CLOSE)}
_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class MarkedQuote:
    """The inside of one pair of quote marks: ``text[start:end]``, whitespace trimmed."""

    start: int
    end: int
    paragraph: int
    unclosed: bool = False
    continued: bool = False  # the quote goes on in the next paragraph


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character ranges of the non-empty lines of ``text``: our unit of paragraph."""
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]


def find_marked_quotes(text: str, style: Style = "double") -> list[MarkedQuote]:
    """Every quoted stretch of ``text`` marked with ``style`` quotation marks."""
    paras = paragraphs(text)
    found: list[MarkedQuote] = []
    for index, (start, end) in enumerate(paras):
        reopened = index + 1 < len(paras) and _opens_with_mark(text, paras[index + 1], style)
        found.extend(_scan_paragraph(text, (start, end), index, style, reopened=reopened))
    return found


def _opens_with_mark(text: str, para: tuple[int, int], style: Style) -> bool:
    start, end = para
    head = text[start:end].lstrip()
    return bool(head) and _role(head, 0, style) in ("open", "either")


def _scan_paragraph(text: str, para: tuple[int, int], index: int, style: Style, *,
                    reopened: bool) -> Iterator[MarkedQuote]:
    start, end = para
    depth, opened_at = 0, -1
    for pos in range(start, end):
        if text[pos] not in ALL_MARKS:
            continue
        role = _role(text, pos, style, para_start=start, para_end=end)
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
                    yield quote
    if depth:
        quote = _trimmed(text, opened_at + 1, end, index, unclosed=not reopened,
                         continued=reopened)
        if quote:
            yield quote


def _trimmed(text: str, start: int, end: int, paragraph: int, *, unclosed: bool = False,
             continued: bool = False) -> MarkedQuote | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if not any(ch.isalnum() for ch in text[start:end]):
        return None
    return MarkedQuote(start, end, paragraph, unclosed, continued)


def _role(text: str, pos: int, style: Style, para_start: int = 0,
          para_end: int | None = None) -> Role:
    """Whether the mark at ``pos`` opens, closes, may do either, or is no quote mark."""
    para_end = len(text) if para_end is None else para_end
    mark = text[pos]
    before = text[pos - 1] if pos > para_start else " "
    after = text[pos + 1] if pos + 1 < para_end else " "
    opens, closes = _MARKS[style]
    if mark in opens:
        return "open"
    if mark in closes:
        if style == "single" and before.isalpha() and after.isalpha():
            return "skip"  # an apostrophe: Putin’s, don’t
        return "close"
    if mark != STRAIGHT[style]:
        return "skip"
    return _straight_role(before, after, style)


def _straight_role(before: str, after: str, style: Style) -> Role:
    if before.isdigit() or before == "=":
        return "skip"  # inch or minute sign (5'10", 3"), or markup (datetime="...")
    if style == "single" and before.isalpha() and after.isalpha():
        return "skip"  # apostrophe: it's, don't
    lean_open = before in _OPEN_CONTEXT or before in DOUBLE_OPEN | SINGLE_OPEN
    lean_close = after in _CLOSE_CONTEXT or after in DOUBLE_CLOSE | SINGLE_CLOSE
    if lean_open and not lean_close:
        return "open"
    if lean_close and not lean_open:
        return "close"
    return "either"
