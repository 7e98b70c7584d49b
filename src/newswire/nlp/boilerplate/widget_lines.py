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
from newswire.nlp.boilerplate.html_tree import drop_blocks_where

__all__ = ["BADGES", "BUTTON", "COUNTER", "MEMBER_COUNTS", "POST_STAMP", "WIDGET_LINE_KINDS",
           "drop_widget_lines", "is_widget_line"]

#: Kinds of page whose widget lines are dropped.
WIDGET_LINE_KINDS: frozenset[PageKind | None] = frozenset({"forum"})
#: A line of digits and punctuation only: a vote count, a post number, "1 5".
COUNTER = re.compile(r"[\W\d_]*")
#: A line that is one button or prompt of a thread.
BUTTON = re.compile(
    r"share|report|reply|quote|like|follow|flag|edit|permalink|read more|learn more|"
    r"show more|load more|see more|view more|more|add to cart|add to bag|add to wishlist|"
    r"add a comment \|?|improve this answer|improve this question|"
    r"\| show \d+ more comments?|share this|save|cancel|close|submit|loading\.*|try again|"
    r"click to (?:expand|shrink)\.*",
    re.I,
)
#: A post's or member's counts and their labels, whatever the software: "5 Likes", "13
#: answers /", "Posts: 1,077", "Joined", "Reaction score" (Discourse, XenForo, phpBB). With
#: XenForo's "Click to expand..." (``BUTTON``), WCXB dev forums: tune +0.0007, check +0.0011.
MEMBER_COUNTS = re.compile(
    r"[\d,.]+k?\s+(?:likes?|answers?|repl(?:y|ies)|posts?|views?|votes?|comments?|reactions?)"
    r"\s*[/|]?(?:\s*[\d,.]+)?|"
    r"(?:posts|replies|messages|reaction score|likes|points|joined|location|member since|"
    r"solutions)\s*:?\s*[\d,.]*k?",
    re.I,
)

#: A member's card under a post (Stack Exchange): reputation and badge counts, "3,483 6 6
#: gold badges 31 31 silver badges 28 28 bronze badges".
BADGES = re.compile(r"[\d.,]+k? (?:\d+ ){0,2}(?:gold|silver|bronze) badges?\b.*", re.I)
#: When a post was asked, answered, edited or commented ("asked Oct 16, 2010 at 21:58",
#: "Commented Oct 17, 2010 at 1:03", "edited 3 days ago"). WCXB dev, pages told forum, with
#: ``BADGES``: tune +0.0031, check +0.0028 (forum pages).
POST_STAMP = re.compile(
    r"(?:asked|answered|edited|commented|modified|viewed)\s+(?:\w{3} \d{1,2}(?:, \d{4})?|"
    r"\d+ \w+ ago)(?: at \d{1,2}:\d{2})?", re.I)


def is_widget_line(text: str) -> bool:
    """True for a counter ("67", "- 2"), a lone button ("Share", "Add a comment |"), a
    member's badge counts, a post's "asked"/"edited" time or its counts ("5 Likes")."""
    line = text.strip()
    return bool(COUNTER.fullmatch(line) or BUTTON.fullmatch(line) or BADGES.fullmatch(line)
                or POST_STAMP.fullmatch(line) or MEMBER_COUNTS.fullmatch(line))


def drop_widget_lines(body: etree._Element) -> list[str]:
    """Remove the blocks of ``body`` that are widget lines; their texts, in order (empty
    blocks go too, unreported)."""
    return drop_blocks_where(body, is_widget_line)
