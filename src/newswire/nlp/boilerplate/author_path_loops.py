"""Loops in Python that select what trafilatura's byline expressions select (``AUTHOR_XPATHS``,
``AUTHOR_DISCARD_XPATHS``, trafilatura 2.3.1), for :mod:`.trafilatura_paths`.

``//*`` is every element of the tree's document, its root included; ``rel='me'`` tests a
child element ``<rel>`` whose text is "me" (answered by XPath where such a child is, which no
real page has). Imports lxml and :mod:`.path_loops` only.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree  # type: ignore[import-untyped]

from newswire.nlp.boilerplate.path_loops import Select, on_empty, patterns

__all__ = ["author_boxes", "author_elements", "author_named", "not_bylines"]


def _document(tree: etree._Element) -> Iterator[etree._Element]:
    """Every element of ``tree``'s document, in document order (XPath's ``//*``)."""
    for element in tree.getroottree().getroot().iter():
        if isinstance(element.tag, str):
            yield element


_AUTHOR_TAGS = frozenset({"a", "address", "div", "link", "p", "span", "strong"})
_AUTHOR_TEST_IDS = ("AuthorCard", "AuthorURL")


def author_elements(path: str) -> Select:
    """``AUTHOR_XPATHS[0]``: elements marked as the author, and ``<author>`` elements."""
    (classes,) = patterns(path)
    classes_empty = on_empty(classes)

    def select(tree: etree._Element) -> list[etree._Element]:
        found = []
        for element in _document(tree):
            if element.tag == "author":
                found.append(element)
                continue
            if element.tag not in _AUTHOR_TAGS:
                continue
            get = element.get
            name = get("class")
            if (get("rel") == "author" or get("id") == "author" or name == "author"
                    or get("itemprop") == "author name"
                    or get("data-testid") in _AUTHOR_TEST_IDS
                    or (classes.search(name) if name else classes_empty)
                    or (element.find("rel") is not None and element.xpath("rel = 'me'"))):
                found.append(element)
        return found
    return select


_NAMED_TAGS = frozenset({"a", "div", "h3", "h4", "p", "span"})
_BYLINE_CLASSES = ("byline", "username", "byl", "BBL")


def author_named(path: str) -> Select:
    """``AUTHOR_XPATHS[1]``: bylines and author names by class, id or ``itemprop``."""
    ids, classes = patterns(path)
    ids_empty, classes_empty = on_empty(ids), on_empty(classes)

    def select(tree: etree._Element) -> list[etree._Element]:
        found = []
        for element in _document(tree):
            if element.tag not in _NAMED_TAGS:
                continue
            get = element.get
            i, name = get("id"), get("class")
            if (name in _BYLINE_CLASSES or "author" in get("itemprop", "")
                    or (ids.search(i) if i else ids_empty)
                    or (classes.search(name) if name else classes_empty)):
                found.append(element)
        return found
    return select


def author_boxes(path: str) -> Select:
    """``AUTHOR_XPATHS[2]``: any element whose class, id or data names an author or byline."""
    ids, classes = patterns(path)
    ids_empty, classes_empty = on_empty(ids), on_empty(classes)

    def select(tree: etree._Element) -> list[etree._Element]:
        found = []
        for element in _document(tree):
            get = element.get
            i, name = get("id"), get("class")
            if ("Byline" in get("data-component", "") or "author" in get("itemprop", "")
                    or (ids.search(i) if i else ids_empty)
                    or (classes.search(name) if name else classes_empty)):
                found.append(element)
        return found
    return select


_NOT_BYLINE_TAGS = ("a", "div", "section", "span")
_NOT_BYLINE_CLASSES = ("comments", "title", "date")


def not_bylines(path: str) -> Select:
    """``AUTHOR_DISCARD_XPATHS[0]``: comments, titles, dates and figures, pruned before the
    byline search."""
    ids, classes = patterns(path)
    ids_empty, classes_empty = on_empty(ids), on_empty(classes)

    def select(tree: etree._Element) -> list[etree._Element]:
        found = []
        for element in tree.iterdescendants(*_NOT_BYLINE_TAGS):
            get = element.get
            i, name = get("id"), get("class")
            if (i == "comments" or name in _NOT_BYLINE_CLASSES
                    or (ids.search(i) if i else ids_empty)
                    or (classes.search(name) if name else classes_empty)
                    or "Figure" in get("data-component", "")):
                found.append(element)
        return found
    return select
