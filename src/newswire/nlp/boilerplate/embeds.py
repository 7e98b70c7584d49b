"""Boxes of a page's own markup that trafilatura takes for embedded posts or players.

trafilatura drops every box whose class holds ``embed`` (a tweet, a video player). Webflow,
a site builder, wraps the HTML an author pastes into an article (a comparison table, a
numbered list of headings) in ``<div class="w-embed">``: the article's own text, which
WCXB's gold keeps. The class name is taken off before trafilatura runs (WCXB dev, 51 pages
have such boxes; articles tune +0.0017, check +0.0001, a tip chart 0.49 -> 1.00; no other
kind moves; Zyte unchanged).
"""

from __future__ import annotations

from lxml import etree  # type: ignore[import-untyped]

__all__ = ["HTML_EMBED", "unmark_html_embeds"]

#: The class Webflow gives a box of HTML pasted into the page.
HTML_EMBED = "w-embed"


def unmark_html_embeds(tree: etree._Element) -> None:
    """Take :data:`HTML_EMBED` off the class of every element that has it."""
    for element in tree.xpath(f"//*[contains(@class, '{HTML_EMBED}')]"):
        classes = (element.get("class") or "").split()
        if HTML_EMBED in classes:
            element.set("class", " ".join(c for c in classes if c != HTML_EMBED))
