"""Page-frame elements that hold the page's main element: the parser's mistake, undone.

libxml2's HTML parser (which lxml and trafilatura use) predates HTML5's sectioning elements:
an end tag such as ``</header>`` or ``</aside>`` does not close a ``<div>`` left open inside
the element, so the rest of the page ends up inside the header, the pop-up or the menu. A
browser closes them, and shows the post after them. trafilatura then deletes what is inside
an ``aside``, ``nav`` or ``footer`` and discards a ``header``: a whole post came out empty
(WCXB tune 4111, a WordPress post after a pop-up ``<aside>`` whose inner ``<div>`` was left
open: word F1 0.00 for newswire and for trafilatura alone).

On a page as a browser builds it, the page's main element (its one ``<main>`` or
``role="main"`` element, else its one ``<article>``) is never inside its header, footer,
menu or aside. Where the parsed tree puts it there, each such wrapper is read as a plain
``<div>``: its tag renamed, its class and id (which name it as chrome) removed. Its own
links and lines stay where they are, as in the page: only the post is no longer taken for
chrome.

Lives here: :func:`unwrap_misnested` and the frame tags it reads (:data:`FRAME_TAGS`).
May import lxml only.
"""

from __future__ import annotations

from lxml import etree  # type: ignore[import-untyped]

__all__ = ["FRAME_TAGS", "unwrap_misnested"]

#: Elements of a page's frame that a browser closes at their end tag and libxml2 may not.
FRAME_TAGS = frozenset({"header", "footer", "nav", "aside"})


def unwrap_misnested(tree: etree._Element) -> int:
    """Rename to ``div`` (class and id removed) every frame element of ``tree`` that holds the
    page's main element; return how many."""
    main = _main_element(tree)
    if main is None:
        return 0
    wrappers = [a for a in main.iterancestors() if a.tag in FRAME_TAGS]
    for wrapper in wrappers:
        wrapper.tag = "div"
        for name in ("class", "id"):
            wrapper.attrib.pop(name, None)
    return len(wrappers)


def _main_element(tree: etree._Element) -> etree._Element | None:
    """The page's one ``<main>`` (or ``role="main"``) element, else its one ``<article>``."""
    mains = tree.xpath("//main|//*[@role='main']")
    if len(mains) == 1:
        return mains[0]
    if mains:
        return None
    articles = tree.xpath("//article")
    return articles[0] if len(articles) == 1 else None
