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

A page whose main element is no help (it wraps the header, or there is none) shows the same
mistake by its text: a menu (``<nav>``) holding most of the page's prose (more than half of
the words of its paragraphs of :data:`PROSE_WORDS` words or more, :data:`MIN_PROSE_WORDS`
in all). No menu a reader sees holds most of a page's paragraphs: such a menu (and the frame
elements around it) is read as a ``<div>`` too (WCXB tune 4267, a guide whose ``<article>``
opens with a ``<header>`` whose ``<nav>`` kept a ``<div>`` open: every section went as the
menu, word F1 0.30), unless the page's main element stands beside it, out of it (a shop's
mega-menu of promotions beside its ``<main>``: WCXB tune 4149).

Lives here: :func:`unwrap_misnested` and the frame tags it reads (:data:`FRAME_TAGS`).
May import lxml only.
"""

from __future__ import annotations

from lxml import etree  # type: ignore[import-untyped]

__all__ = ["FRAME_TAGS", "MIN_PROSE_WORDS", "PROSE_WORDS", "unwrap_misnested"]

#: Elements of a page's frame that a browser closes at their end tag and libxml2 may not.
FRAME_TAGS = frozenset({"header", "footer", "nav", "aside"})
#: A paragraph of at least this many words is prose (a menu's or footer's are shorter).
PROSE_WORDS = 8
#: A page with fewer words of prose than this is too short to tell.
MIN_PROSE_WORDS = 200


def unwrap_misnested(tree: etree._Element) -> int:
    """Rename to ``div`` (class and id removed) every frame element of ``tree`` that holds the
    page's main element, or most of its prose; return how many."""
    main = _main_element(tree)
    wrappers = [a for a in main.iterancestors() if a.tag in FRAME_TAGS] if main is not None \
        else []
    # A menu beside the main element is no mistake (a shop's mega-menu of promotions).
    wrappers += [frame for frame in _prose_holders(tree)
                 if main is None or any(a is main for a in frame.iterancestors())]
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


def _prose_holders(tree: etree._Element) -> list[etree._Element]:
    """The frame elements of ``tree`` that hold more than half of its prose's words."""
    held = {menu: _prose_words(menu) for menu in tree.iter("nav")}
    if not held or max(held.values()) * 2 < MIN_PROSE_WORDS:
        return []  # no menu could hold half of enough prose: the page is not read
    total = _prose_words(tree)
    menus = [menu for menu, words in held.items() if words * 2 > total >= MIN_PROSE_WORDS]
    return [frame for menu in menus
            for frame in (menu, *menu.iterancestors(*FRAME_TAGS))]


def _prose_words(element: etree._Element) -> int:
    """The words of the paragraphs of ``element`` of :data:`PROSE_WORDS` words or more."""
    counts = (len("".join(p.itertext()).split()) for p in element.iter("p"))
    return sum(n for n in counts if n >= PROSE_WORDS)
