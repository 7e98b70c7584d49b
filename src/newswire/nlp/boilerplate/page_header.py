"""The page's header read into its text: menus, breadcrumbs and skip links above its title.

A page's main heading (its first ``<h1>``) opens its text. On shop, listing, forum and
service pages the ``<main>`` or body reading, and at times trafilatura, also keep what the
site prints above it: the header's menu ("For companies", "Hire developers", "Pricing"),
the breadcrumb ("Home", "Shoes", "Trail Running"), "Skip to main content", a store's phone
number. When the body holds the page's ``<h1>`` as a block of its own and every block above
it is short (a menu entry, not a paragraph of at most :data:`HEADER_LINE_WORDS` words),
those blocks go. A paragraph above the title (an intro a page prints first) keeps them all.

Not on articles (told, or untold whose URL names a headline): their blocks above the
headline are judged by the article rules (kicker, byline, date).
WCXB dev, pages not told article (harness on cached bodies; tune / check, word F1 x1000):
all pages +0.72 / +1.10, listings +8.2 / +12.8, collections +0.6 / +3.2, product +0.7 / +0.0,
service +0.0 / +0.3; 20 words lost on tune (collections -3.9: a shop's intro above its title).
"""

from __future__ import annotations

from lxml import etree  # type: ignore[import-untyped]

from newswire.models import PageKind
from newswire.nlp.boilerplate.html_tree import drop, iter_blocks, text_of

__all__ = ["HEADER_KINDS", "HEADER_LINE_WORDS", "drop_header_lines"]

#: Kinds of page whose header lines are dropped (None: the page does not say; untold pages
#: whose URL names a headline are articles).
HEADER_KINDS: frozenset[PageKind | None] = frozenset(
    {"listing", "collection", "forum", "product", "documentation", "service", None})
#: A block above the title longer than this is the page's text, not its header.
HEADER_LINE_WORDS = 15


def drop_header_lines(body: etree._Element, headings: tuple[str, ...]) -> list[str]:
    """Remove the blocks of ``body`` above the page's title (the first non-empty of
    ``headings``, the page's ``<h1>`` texts) when each is a short line; their texts."""
    title = next((" ".join(h.split()) for h in headings if h.strip()), "")
    if not title:
        return []
    above: list[tuple[etree._Element, str]] = []
    for block in iter_blocks(body):
        text = text_of(block)
        if text == title:
            break
        if len(text.split()) > HEADER_LINE_WORDS:
            return []
        above.append((block, text))
    else:
        return []  # the title is not a block of the body
    for block, _ in above:
        drop(block)
    return [text for _, text in above if text]
