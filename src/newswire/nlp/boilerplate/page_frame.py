"""The site's frame read into a page's text: the header above its title, the footer below.

A page's main heading (its first ``<h1>``) opens its text. On shop, listing, forum and
service pages the ``<main>`` or body reading, and at times trafilatura, also keep what the
site prints above it: the header's menu ("For companies", "Hire developers", "Pricing"),
the breadcrumb ("Home", "Shoes", "Trail Running"), "Skip to main content", a store's phone
number. When the body holds the page's ``<h1>`` as a block of its own and every block above
it is short (a menu entry, not a paragraph of at most :data:`FRAME_LINE_WORDS` words),
those blocks go. A paragraph above the title (an intro a page prints first) keeps them all.

Not on articles (told, or untold whose URL names a headline): their blocks above the
headline are judged by the article rules (kicker, byline, date).
WCXB dev, pages not told article (harness on cached bodies; tune / check, word F1 x1000):
all pages +0.72 / +1.10, listings +8.2 / +12.8, collections +0.6 / +3.2, product +0.7 / +0.0,
service +0.0 / +0.3; with 20 words instead of 15, tune collections -3.9 (a shop's intro
above its title).

Below the text, the footer: a line that claims the site's rights ("© 2026 Master Lock
Company LLC", "Copyright 2024 ... All rights reserved") closes the page, and when no
paragraph follows it (only short lines: "Privacy Policy", "Terms"), it and what follows
go. Only from that line on: walking back over the short lines above it (the footer's menu)
took a listing's last items on the check half.
"""

from __future__ import annotations

import re

from lxml import etree  # type: ignore[import-untyped]

from newswire.models import PageKind
from newswire.nlp.boilerplate.html_tree import drop, iter_blocks, text_of

__all__ = ["FRAME_KINDS", "FRAME_LINE_WORDS", "RIGHTS", "RIGHTS_LINE_WORDS",
           "drop_footer_lines", "drop_header_lines"]

#: Kinds of page whose header and footer lines are dropped (None: the page does not say;
#: untold pages whose URL names a headline are articles).
FRAME_KINDS: frozenset[PageKind | None] = frozenset(
    {"listing", "collection", "forum", "product", "documentation", "service", None})
#: A block above the title (or below the footer's rights line) longer than this is the
#: page's text, not its frame.
FRAME_LINE_WORDS = 15
#: A claim of the site's rights: "©", "(c)", "Copyright", "All rights reserved".
RIGHTS = re.compile(r"©|\(c\)|\bcopyright\b|\ball rights reserved\b", re.I)
#: A rights line longer than this is prose about copyright, not a footer.
RIGHTS_LINE_WORDS = 25


def drop_header_lines(body: etree._Element, headings: tuple[str, ...]) -> list[str]:
    """Remove the lines of ``body`` above the page's title (the first non-empty of
    ``headings``, the page's ``<h1>`` texts) when each is a short line; their texts.

    A line is a block, or a line of a block of bare text read from the page as one
    paragraph of lines (the ``<main>`` or body reading of a page of menus and cards).
    """
    title = next((" ".join(h.split()) for h in headings if h.strip()), "")
    if not title:
        return []
    above: list[str] = []
    blocks = list(iter_blocks(body))
    for count, block in enumerate(blocks):
        lines = _lines_of(block)
        if title in lines:
            at = lines.index(title)
            if any(len(text.split()) > FRAME_LINE_WORDS for text in above + lines[:at]):
                return []
            for before in blocks[:count]:
                drop(before)
            if at:  # a block of bare lines: its lines from the title on stay, as they were
                block.text = "\n".join(_bare_lines(block)[at:])
            return [text for text in above + lines[:at] if text]
        above += lines
    return []  # the title is no line of the body


def _lines_of(block: etree._Element) -> list[str]:
    """The lines of a block of bare text (one per line of its text), else its text."""
    if len(block) == 0 and block.text and "\n" in block.text.strip():
        return [" ".join(line.split()) for line in _bare_lines(block)]
    return [text_of(block)]


def _bare_lines(block: etree._Element) -> list[str]:
    """The non-blank lines of a block's own text, as they are."""
    return [line for line in (block.text or "").split("\n") if line.strip()]


def drop_footer_lines(body: etree._Element) -> list[str]:
    """Remove the last rights line of ``body`` (:data:`RIGHTS`, at most
    :data:`RIGHTS_LINE_WORDS` words) and the blocks after it, when each of those is a
    short line; their texts."""
    read = [(block, text_of(block)) for block in iter_blocks(body)]
    start = next((i for i in range(len(read) - 1, -1, -1)
                  if RIGHTS.search(read[i][1]) and len(read[i][1].split()) <= RIGHTS_LINE_WORDS),
                 None)
    if start is None or any(len(text.split()) > FRAME_LINE_WORDS for _, text in read[start + 1:]):
        return []
    for block, _ in read[start:]:
        drop(block)
    return [text for _, text in read[start:] if text]
