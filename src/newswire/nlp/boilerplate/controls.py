"""Lines that are a page's own controls, not its text: "Skip to content", "Sort by: Best Match".

Sites print the controls of the page itself as short links and buttons: a skip link for
screen readers, "Back to top", a "Loading..." placeholder that a script fills, the menu and
search buttons, a shop grid's "Sort by" box and filter toggle and each card's "Add to cart"
or "Quick view". trafilatura and the ``<main>`` reading keep them as lines of their own on
shop, listing and service pages. A line that is nothing but such a control names no item
and says nothing, whatever the site: on pages not told article (and not untold pages whose
URL names a headline, which are articles) it leaves the body.

Not taken (they lost on WCXB dev, tune half): "Previous" / "Next" (a collection's gold keeps
its pager), "View all" / "Load more" (a listing's gold keeps them), "Sign in" / "Account"
(a product page's gold keeps its account prompt), "3 of 12" pagers.
"""

from __future__ import annotations

import re

from lxml import etree  # type: ignore[import-untyped]

from newswire.models import PageKind
from newswire.nlp.boilerplate.html_tree import drop_blocks_where

__all__ = ["CONTROL_KINDS", "PAGE_CONTROL", "drop_controls", "is_control"]

#: Kinds of page whose control lines are dropped (None: the page does not say; untold pages
#: whose URL names a headline are left to the article rules). Not documentation: there
#: "close", "search" or "filter" alone on a line is the name of a function or a command.
CONTROL_KINDS: frozenset[PageKind | None] = frozenset(
    {"listing", "collection", "forum", "product", "service", None})

#: A line that is one control of the page, whole.
PAGE_CONTROL = re.compile(
    r"skip (?:to|navigation)\b.{0,30}"  # skip links: "Skip to main content"
    r"|(?:back|scroll|return|go) to (?:the )?top"
    r"|loading(?:\.\.\.|…)?|please wait(?:\.\.\.|…)?"
    r"|(?:open |close |toggle |main |mobile )?(?:menu|navigation)(?: menu)?"
    r"|close|dismiss|[×✕]"
    r"|search(?: for)?|submit search|search\.\.\.|clear search"
    r"|sort(?:ed)? by\b.{0,40}|sort:.{0,40}|filters?|filter by|refine by|clear (?:all|filters)"
    r"|add to (?:cart|bag|basket|wishlist|wish list)|quick (?:view|shop|add)"
    r"|cart|basket|wishlist|view cart|checkout",
    re.I,
)


def is_control(text: str) -> bool:
    """True for a line that is nothing but a control of the page ("Skip to content",
    "Sort by: Featured", "Add to cart"), a colon after it aside."""
    return PAGE_CONTROL.fullmatch(text.strip().rstrip(":").strip()) is not None


def drop_controls(body: etree._Element) -> list[str]:
    """Remove the blocks of ``body`` that are control lines; their texts, in order."""
    return drop_blocks_where(body, is_control)
