"""Lines of a forum thread that are its buttons and counters, not what its members wrote.

trafilatura keeps the vote counts, "Share" and "Reply" links and "Add a comment" prompts
that sit between the posts of a thread as lines of their own. On pages told forum they
are dropped from the extracted body (WCXB dev, forum pages: tune 0.748 -> 0.750, check
0.699 -> 0.701; the same lines on other kinds gained nothing or lost, e.g. prices and
counts that are a listing's text).
"""

from __future__ import annotations

import re

from lxml import etree  # type: ignore[import-untyped]

from newswire.models import PageKind
from newswire.nlp.boilerplate.html_tree import drop, iter_blocks, text_of

__all__ = ["BUTTON", "COUNTER", "WIDGET_LINE_KINDS", "drop_widget_lines", "is_widget_line"]

#: Kinds of page whose widget lines are dropped.
WIDGET_LINE_KINDS: frozenset[PageKind | None] = frozenset({"forum"})
#: A line of digits and punctuation only: a vote count, a post number, "1 5".
COUNTER = re.compile(r"[\W\d_]*")
#: A line that is one button or prompt of a thread.
BUTTON = re.compile(
    r"share|report|reply|quote|like|follow|flag|edit|permalink|read more|learn more|"
    r"show more|load more|see more|view more|more|add to cart|add to bag|add to wishlist|"
    r"add a comment \|?|improve this answer|improve this question|"
    r"\| show \d+ more comments?|share this|save|cancel|close|submit|loading\.*|try again",
    re.I,
)


def is_widget_line(text: str) -> bool:
    """True for a counter ("67", "- 2") or a lone button ("Share", "Add a comment |")."""
    line = text.strip()
    return bool(COUNTER.fullmatch(line) or BUTTON.fullmatch(line))


def drop_widget_lines(body: etree._Element) -> int:
    """Remove the blocks of ``body`` that are widget lines; how many."""
    widgets = [block for block in iter_blocks(body) if is_widget_line(text_of(block))]
    for block in widgets:
        drop(block)
    return len(widgets)
