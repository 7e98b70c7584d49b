"""Loops in Python that select what trafilatura's XPath expressions select (trafilatura 2.3.1):
the same elements, in document order, for :mod:`.trafilatura_paths` to stand in with.

The XPath semantics kept: ``re:test(@id|@class, p)`` reads the first of the two attributes
in the element's source order (XPath's string of a node-set is its first node); a missing
attribute reads as ``""``; ``.//*[...][1]`` keeps, of each parent's children that match,
the first; ``(.//*[...])[1]`` the first in the document. Imports lxml only.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree  # type: ignore[import-untyped]

__all__ = [
    "BOXES", "Select", "appended_articles", "article_body", "cleared_for_text",
    "comment_sections", "content_block", "first_of", "hidden_or_replies", "named", "on_empty",
    "overall_discard", "patterns", "share_buttons", "story_body", "value",
]

Select = Callable[[etree._Element], list[etree._Element]]
#: The blocks trafilatura's discard expressions test (``self::div or self::item ...``).
BOXES = ("div", "item", "list", "p", "section", "span")
_RE_TEST = re.compile(r"re:test\([^,]+,\s*'([^']*)'(?:,\s*'([^']*)')?\)")


def patterns(path: str) -> list[re.Pattern[str]]:
    """The regular expressions of an expression's ``re:test`` calls, in order of writing,
    compiled as lxml compiles them (flag ``i``: ignoring case)."""
    return [re.compile(p, re.IGNORECASE if "i" in flags else 0)
            for p, flags in _RE_TEST.findall(path)]


def on_empty(pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` finds a match in ``""``: what a missing or empty attribute reads
    as, answered once per expression, so that the loops search only attributes with text
    (most elements have no id or class)."""
    return pattern.search("") is not None


def value(attribute: str | None) -> str:
    """An attribute as XPath reads it in ``contains`` or ``re:test``: missing is ``""``."""
    return "" if attribute is None else attribute


def first_of(element: etree._Element, one: str, other: str) -> str:
    """XPath's ``string(@one|@other)``: the first of the two in source order, else ``""``."""
    a: str | None = element.get(one)
    b: str | None = element.get(other)
    if a is None or b is None:
        return value(b if a is None else a)
    keys = element.keys()
    return a if keys.index(one) < keys.index(other) else b


def overall_discard(path: str) -> Select:
    """Blocks whose id, class, role or data attributes name a box of boilerplate."""
    consent, ids, classes = patterns(path)
    consent_empty, ids_empty, classes_empty = map(on_empty, (consent, ids, classes))

    def select(tree: etree._Element) -> list[etree._Element]:
        found = []
        for element in tree.iterdescendants(*BOXES):
            get = element.get
            role = get("role")
            i, c = get("id"), get("class")
            either = (first_of(element, "id", "class") if i is not None and c is not None
                      else c if i is None else i)
            if (get("data-lp-replacement-content") is not None
                    or (role is not None and "nav" in role.replace("N", "n"))
                    or "MostPopularStories" in get("data-component", "")
                    or (consent.search(either) if either else consent_empty)
                    or (ids.search(i) if i else ids_empty)
                    or (classes.search(c) if c else classes_empty)):
                found.append(element)
        return found
    return select


def hidden_or_replies(path: str) -> Select:
    """Any element hidden by its style or attributes, or a comment form's title or reply."""
    hidden, ids, classes = patterns(path)
    hidden_empty, ids_empty, classes_empty = map(on_empty, (hidden, ids, classes))

    def select(tree: etree._Element) -> list[etree._Element]:
        found = []
        for element in tree.iterdescendants():
            if not isinstance(element.tag, str):  # a comment or processing instruction
                continue
            get = element.get
            style, name, i = get("style"), get("class"), get("id")
            if i is None and name is None and style is None:  # most elements: no id, class, style
                if hidden_empty or ids_empty or classes_empty or get("aria-hidden") == "true":
                    found.append(element)
                continue
            id_or_style = first_of(element, "id", "style") if i is not None else style
            if (name == "comments-title"
                    or first_of(element, "id", "class").startswith("reply-")
                    or (hidden.search(id_or_style) if id_or_style else hidden_empty)
                    or (style is not None and ("display:none" in style
                                               or "display: none" in style))
                    or (ids.search(i) if i else ids_empty)
                    or (classes.search(name) if name else classes_empty)
                    or get("aria-hidden") == "true"):
                found.append(element)
        return found
    return select


def comment_sections(path: str) -> Select:
    """Comment sections; a list only when its own id or class says comments."""
    ids, classes, list_ids, list_classes = patterns(path)
    empty = tuple(map(on_empty, (ids, classes, list_ids, list_classes)))
    ids_empty, classes_empty, list_ids_empty, list_classes_empty = empty

    def select(tree: etree._Element) -> list[etree._Element]:
        found = []
        for element in tree.iterdescendants("div", "list", "section", "details", "ol", "ul"):
            i, c = element.get("id"), element.get("class")
            if ((ids.search(i) if i else ids_empty)
                    or (classes.search(c) if c else classes_empty)) and (
                    element.tag not in ("ol", "ul")
                    or (list_ids.search(i) if i else list_ids_empty)
                    or (list_classes.search(c) if c else list_classes_empty)):
                found.append(element)
        return found
    return select


def appended_articles(path: str) -> Select:
    """Infinite-scroll containers of follow-up articles, unless they hold the ``<h1>``."""
    ids, classes, box_ids, box_classes = patterns(path)
    empty = tuple(map(on_empty, (ids, classes, box_ids, box_classes)))
    ids_empty, classes_empty, box_ids_empty, box_classes_empty = empty

    def select(tree: etree._Element) -> list[etree._Element]:
        found = []
        for element in tree.iterdescendants("div", "section", "aside"):
            i, c = element.get("id"), element.get("class")
            if ((ids.search(i) if i else ids_empty)
                    or (classes.search(c) if c else classes_empty)) and (
                    element.find(".//h1") is None
                    or (box_ids.search(i) if i else box_ids_empty)
                    or (box_classes.search(c) if c else box_classes_empty)):
                found.append(element)
        return found
    return select


_BODY_CLASSES = ("post", "entry")


def article_body(path: str) -> Select:
    """Blocks named as the article's body: the first such child of each parent."""
    ids, classes = patterns(path)
    ids_empty, classes_empty = on_empty(ids), on_empty(classes)

    def select(tree: etree._Element) -> list[etree._Element]:
        found = []
        parents: set[etree._Element] = set()
        for element in tree.iterdescendants("article", "div", "main", "section"):
            get = element.get
            name, i = get("class"), get("id")
            if (name in _BODY_CLASSES or get("itemprop") == "articleBody"
                    or i == "articleContent" or (ids.search(i) if i else ids_empty)
                    or (classes.search(name) if name else classes_empty)):
                parent = element.getparent()
                if parent not in parents:
                    parents.add(parent)
                    found.append(element)
        return found
    return select


def story_body(path: str) -> Select:
    """The first block named as the story or its text (``(.//*[...])[1]``)."""
    ids, full_text, classes = patterns(path)
    ids_empty, full_text_empty, classes_empty = map(on_empty, (ids, full_text, classes))
    classes_named = ("postarea", "art-postcontent", "text", "cell", "story")

    def select(tree: etree._Element) -> list[etree._Element]:
        for element in tree.iterdescendants("article", "div", "main", "section"):
            get = element.get
            i, name = get("id"), get("class", "")
            if (get("role") == "article" or i in ("article", "story")
                    or name in classes_named
                    or (ids.search(i) if i else ids_empty)
                    or (full_text.search(name) if name else full_text_empty)
                    or (classes.search(name) if name else classes_empty)):
                return [element]
        return []
    return select


def content_block(path: str) -> Select:
    """The first block named as the page's content (``(.//*[...])[1]``)."""
    ids, classes = patterns(path)
    ids_empty, classes_empty = on_empty(ids), on_empty(classes)

    def select(tree: etree._Element) -> list[etree._Element]:
        for element in tree.iterdescendants("article", "div", "main", "section"):
            i, name = element.get("id", ""), element.get("class", "")
            if (i == "content" or name == "content"
                    or (ids.search(i) if i else ids_empty)
                    or (classes.search(name) if name else classes_empty)
                    or "main-content" in i.replace("C", "c").replace("M", "m")
                    or "main-content" in name.replace("C", "c").replace("M", "m")
                    or "page-content" in name.replace("C", "c").replace("P", "p")):
                return [element]
        return []
    return select


def named(tags: tuple[str, ...], word: str, upper: str = "") -> Callable[[str], Select]:
    """Elements of ``tags`` whose id or class holds ``word`` (after ``translate`` of
    ``upper`` to lower case, where the expression does that)."""
    def make(_path: str) -> Select:
        def select(tree: etree._Element) -> list[etree._Element]:
            found = []
            for element in tree.iterdescendants(*tags):
                for name in (element.get("id"), element.get("class")):
                    if name is not None and word in (
                            name.replace(upper, upper.lower()) if upper else name):
                        found.append(element)
                        break
            return found
        return select
    return make


def share_buttons(_path: str) -> Select:
    """Elementor's share buttons (a class test only)."""
    def select(tree: etree._Element) -> list[etree._Element]:
        return [element for element in tree.iterdescendants("div", "section", "aside")
                if "elementor-share-buttons" in element.get("class", "")]
    return select


_CLEARED_TAGS = frozenset({"aside", "fencedframe", "footer", "script", "style", "svg", "template"})


def cleared_for_text(path: str) -> Select:
    """What trafilatura's page text leaves out (``BASIC_CLEAN_XPATH``): asides, footers,
    scripts, styles, svgs, templates, ``div`` footers, cookie and consent banners."""
    classes, ids = patterns(path)
    classes_empty, ids_empty = on_empty(classes), on_empty(ids)

    def select(tree: etree._Element) -> list[etree._Element]:
        found = []
        for element in tree.iterdescendants():
            tag = element.tag
            if not isinstance(tag, str):  # a comment or processing instruction
                continue
            c, i = element.get("class"), element.get("id")
            if (tag in _CLEARED_TAGS
                    or (tag == "div" and "footer" in first_of(element, "class", "id"))
                    or (classes.search(c) if c else classes_empty)
                    or (ids.search(i) if i else ids_empty)):
                found.append(element)
        return found
    return select
