"""Boxes of a page that are never its text, dropped before the main text is looked for.

A cookie or consent dialog is often the longest run of prose on a shop, forum or listing
page, so trafilatura (or one of its fallbacks) can take it for the page's text: on WCXB dev
it did on product, forum and listing pages (a forum thread read as its cookie notice, F1
0.81 lower). The boxes are found by their ``class`` or ``id`` and taken out of the tree.
Article pages keep their own rules (:mod:`.html_blocks`); this runs on the other kinds.
"""

from __future__ import annotations

import re

from lxml import etree  # type: ignore[import-untyped]

from newswire.models import PageKind
from newswire.nlp.boilerplate.html_tree import drop

__all__ = ["BOX_TAGS", "CONSENT_BOXES", "MAX_BOX_SHARE", "drop_boxes", "drops_boxes"]

#: Names of cookie and consent dialogs (OneTrust, Cookiebot, GDPR banners...). WCXB dev,
#: all pages: tune 0.8465 -> 0.8492, check 0.8416 -> 0.8435; no page lost more than 0.005.
CONSENT_BOXES = re.compile(r"cookie|consent|gdpr", re.I)
#: Elements that make a dialog or banner. Only these are looked at: scanning every element
#: took three times as long and dropped the same text on every WCXB dev page (a "cookie"
#: link or button sits inside its box, or in a footer trafilatura leaves out anyway).
BOX_TAGS = ("div", "section", "aside", "dialog", "form")
#: A box holding more than this share of the page's text is a wrapper, not a dialog.
MAX_BOX_SHARE = 0.5


def drops_boxes(kind: PageKind | None) -> bool:
    """Whether the boxes are dropped on a page of this kind: not on articles, whose rules
    are tuned apart (and where WCXB dev showed nothing to gain)."""
    return kind != "article"


def drop_boxes(tree: etree._Element, names: re.Pattern[str] = CONSENT_BOXES) -> int:
    """Remove from ``tree`` the elements whose class or id ``names`` finds; how many."""
    found = [element for element in tree.iter(*BOX_TAGS) if _named(element, names)]
    if not found:
        return 0
    body = tree.find(".//body")
    limit = MAX_BOX_SHARE * _text_length(tree if body is None else body)
    dropped: set[etree._Element] = set()
    for element in found:
        # Skip boxes already gone with an ancestor, and wrappers of most of the page.
        if any(a in dropped for a in element.iterancestors()) or _text_length(element) > limit:
            continue
        drop(element)
        dropped.add(element)
    return len(dropped)


def _named(element: etree._Element, names: re.Pattern[str]) -> bool:
    name = element.get("class")
    if name and names.search(name):
        return True
    name = element.get("id")
    return bool(name and names.search(name))


def _text_length(element: etree._Element) -> int:
    return len(etree.tostring(element, method="text", encoding="unicode", with_tail=False))
