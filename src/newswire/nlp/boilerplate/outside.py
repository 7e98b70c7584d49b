"""The text of a web page outside its article, kept as boilerplate data.

trafilatura returns the main text only. So that nothing the cleaner leaves out is lost
silently, the page is read here as a reader sees it (scripts, styles and hidden elements
aside), one line per block, before anything is taken out of the tree; every line the article
does not hold is listed as removed, named after the region it sat in (``page-nav``,
``page-header``, ``page-footer``, ``page-aside``, ``page-form``, ``page-cookie``,
``page-subscribe``, ``page-social``, ``page-related``, ``page-comments``, ``page-advert``,
``page-byline``, ``page-caption``, else ``page``; ``page-invisible`` for the text of the
elements a site builder hides, dropped before extraction by :mod:`.invisible` and
:mod:`.screen_variants`), and the links of those lines with two words or more of text are
kept (a menu's ``Home``, ``News`` stay words of their line).
An event stays a Kafka message: at most :data:`MAX_OUTSIDE_CHARS` of such text in at most
:data:`MAX_OUTSIDE_LINES` lines, and :data:`MAX_OUTSIDE_LINKS` links, are kept (the raw page
on ``articles.raw`` holds the rest).

Imports lxml and :mod:`.page_text` (the walk of the page's text) only.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import chain

from lxml import etree  # type: ignore[import-untyped]

from newswire.nlp.boilerplate.page_text import BLOCK_TAGS, PageLine, walk_lines

__all__ = [
    "INVISIBLE_REGION", "MAX_OUTSIDE_CHARS", "MAX_OUTSIDE_LINES", "MAX_OUTSIDE_LINKS",
    "SEARCH_BUDGET", "PageLine", "hidden_lines", "outside_lines", "page_lines",
]

#: Characters of text outside the article kept per page (menus of a large shop run long).
MAX_OUTSIDE_CHARS = 30_000
#: Lines of that text kept per page: each costs ~45 bytes of JSON beside its text, so the
#: characters alone did not bound the event (60,000 one-character lines made 1.2 MB). Real
#: pages stay under it (WCXB dev and Zyte: at most 2,244 lines, median 134).
MAX_OUTSIDE_LINES = 3_000
#: Links of that text kept per page.
MAX_OUTSIDE_LINKS = 300
#: Characters of the body read, at most, to tell whether it holds a line of the page.
SEARCH_BUDGET = 100_000_000
#: Lines longer than this may be kept in part (a widget's words left out of them).
_MOSTLY_MIN_CHARS = 80
#: Elements whose text a reader never sees.
_UNSEEN_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "iframe", "object", "head", "title",
    "meta", "link",
})
#: Elements that start a new line of text: a block's, and the regions' and buttons' that
#: :data:`~.page_text.HIDDEN_TAGS` leaves out of the main text and this module reads.
_BREAK_TAGS = BLOCK_TAGS | {"aside", "button", "footer", "form", "header", "nav", "option"}
_REGION_TAGS = {"nav": "nav", "header": "header", "footer": "footer", "aside": "aside",
                "form": "form", "figcaption": "caption"}
#: Regions told by a word of a class or id (``site-nav``, ``share_bar``): words looked up,
#: not searched (a search per element cost a tenth of the page's cleaning time).
_REGION_WORDS = {word: region for region, words in (
    ("cookie", "cookie cookies consent gdpr"),
    ("subscribe", "newsletter subscribe subscription signup paywall"),
    ("social", "share sharing sharebar social"),
    ("related", "related recommended recommendations teaser teasers readmore trending popular"),
    ("comments", "comment comments"),
    ("advert", "ad ads advert adverts advertisement sponsor sponsored promo"),
    ("nav", "nav navbar navigation menu breadcrumb breadcrumbs"),
    ("aside", "sidebar rail"),
    ("header", "header masthead"),
    ("footer", "footer"),
    ("byline", "byline author"),
    ("caption", "caption credit"),
) for word in words.split()}
_WORD_BREAKS = str.maketrans("-_", "  ")
#: The region of the lines of the elements dropped as hidden (:func:`hidden_lines`).
INVISIBLE_REGION = "invisible"
#: What :func:`_region_of` finds of an element it has not read (None: read, no region).
_UNKNOWN = "?"


def page_lines(tree: etree._Element) -> list[PageLine]:
    """The visible text of ``tree``'s body, one line per block, with the links of each."""
    body = tree.find(".//body")
    return walk_lines(body if body is not None else tree, _UNSEEN_TAGS, _BREAK_TAGS, links=True)


def hidden_lines(elements: Sequence[etree._Element]) -> list[PageLine]:
    """The text of ``elements`` taken out of the page before :func:`page_lines` read it (those
    :mod:`.invisible` and :mod:`.screen_variants` drop), one line per block, with their links."""
    return [line for element in elements
            for line in walk_lines(element, _UNSEEN_TAGS, _BREAK_TAGS, links=True)]


def outside_lines(lines: Sequence[PageLine], body: str, title: str,
                  hidden: Sequence[PageLine] = ()) -> list[tuple[PageLine, str | None]]:
    """The lines of ``lines``, then of ``hidden`` (:func:`hidden_lines`, whose region is
    :data:`INVISIBLE_REGION`), that neither the article ``body`` nor its ``title`` holds,
    within :data:`MAX_OUTSIDE_CHARS` and :data:`MAX_OUTSIDE_LINES` in all, each with the
    region it sat in."""
    kept = _Kept(body)
    regions: dict[etree._Element, str | None] = {}
    outside: list[tuple[PageLine, str | None]] = []
    size = 0
    seen = len(lines)
    for at, line in enumerate(chain(lines, hidden)):
        if line.text == title or kept.holds(line.text):
            continue
        size += len(line.text)
        if size > MAX_OUTSIDE_CHARS or len(outside) >= MAX_OUTSIDE_LINES:
            break
        region = _region_of(line.element, regions) if at < seen else INVISIBLE_REGION
        outside.append((line, region))
    return outside


class _Kept:
    """Whether the body holds a line of the page: as one of its lines, inside one, or most of
    the line (trafilatura left out a widget's words inside it). Searches of the body stop at
    :data:`SEARCH_BUDGET` characters read, so that a hostile page stays linear: a line not
    searched for is listed as outside."""

    def __init__(self, body: str) -> None:
        self.lines = [line for line in body.splitlines() if line]
        self.exact = set(self.lines)
        self.joined = "\n".join(self.lines)
        self.words = set(self.joined.split())
        self.spent = 0
        # The body's lines by length: a line holds most of a page's line only when it is at
        # least 80% as long and no longer, so only that window is searched.
        self.by_length = sorted(self.lines, key=len)
        self.lengths = [len(k) for k in self.by_length]

    def holds(self, text: str) -> bool:
        if text in self.exact:
            return True
        if self.spent > SEARCH_BUDGET:
            return False
        # A word the body lacks rules out the search of the body for the line (most lines).
        if self.words.issuperset(text.split()):
            self.spent += len(self.joined)
            if text in self.joined:
                return True
        if len(text) <= _MOSTLY_MIN_CHARS:
            return False
        self.spent += len(text) * len(self.lines)
        size = len(text)
        window = self.by_length[bisect_left(self.lengths, 0.8 * size):
                                bisect_right(self.lengths, size)]
        return any(k in text for k in window)


def _region_of(element: etree._Element, known: dict[etree._Element, str | None]) -> str | None:
    """The innermost region around ``element`` (``known`` remembers those already read). Read
    upwards in a loop: a page may nest elements deeper than Python recurses."""
    path: list[etree._Element] = []
    node: etree._Element | None = element
    region: str | None = None
    while node is not None:
        region = known.get(node, _UNKNOWN)
        if region is not _UNKNOWN:
            break
        path.append(node)
        region = _region(node)
        if region is not None:
            break
        node = node.getparent()
    for seen in path:
        known[seen] = region
    return region


def _region(element: etree._Element) -> str | None:
    """The region an element opens: by its tag, else by its class or id."""
    region = _REGION_TAGS.get(element.tag)  # a comment's tag is a function: no region
    if region is not None:
        return region
    names = element.get("class") or element.get("id")
    return _named_region(names) if names else None


@lru_cache(maxsize=4096)
def _named_region(names: str) -> str | None:
    """The region a class or id names (a page repeats its classes: each read once)."""
    found = (_REGION_WORDS.get(w) for w in names.lower().translate(_WORD_BREAKS).split())
    return next((region for region in found if region is not None), None)
