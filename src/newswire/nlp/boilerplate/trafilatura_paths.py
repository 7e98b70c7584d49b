"""trafilatura's costliest XPath expressions, answered by a loop in Python inside newswire's call.

trafilatura (2.3.1) picks the elements it prunes, and the block it reads first, with XPath
expressions whose class and id tests are EXSLT regular expressions (``re:test``). lxml
answers each ``re:test`` with a call into Python for every element the expression visits:
the five expressions below took about 7 ms a page (about 15% of ``clean_html``; the
code before issue 13 paid them too). A loop over the same elements with the same regular
expressions gives the same elements, in the same order, in about a third of the time.

The XPath semantics kept: ``re:test(@id|@class, p)`` reads the first of the two attributes
in the element's source order (XPath's string of a node-set is its first node); a missing
attribute reads as ``""``; ``.//*[...][1]`` keeps, of each parent's children that match,
the first. Each expression's text is checked against the one these loops were written for
(:data:`_LOOPS`); a release that changes one leaves trafilatura's expressions in place
(slower, same output) and ``test_trafilatura_paths`` fails to say they have to be redone.
They answer only inside :func:`python_paths` (newswire's call): trafilatura used elsewhere
in the process (the benches' "trafilatura alone") evaluates its own XPath.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from lxml import etree  # type: ignore[import-untyped]

__all__ = ["PythonPath", "guard_holds", "python_paths"]

Select = Callable[[etree._Element], list[etree._Element]]
_ACTIVE: ContextVar[bool] = ContextVar("newswire_python_paths", default=False)
#: The blocks trafilatura's discard expressions test (``self::div or self::item ...``).
_BOXES = ("div", "item", "list", "p", "section", "span")
_RE_TEST = re.compile(r"re:test\([^,]+,\s*'([^']*)'(?:,\s*'([^']*)')?\)")


def _patterns(path: str) -> list[re.Pattern[str]]:
    """The regular expressions of an expression's ``re:test`` calls, in order of writing,
    compiled as lxml compiles them (flag ``i``: ignoring case)."""
    return [re.compile(p, re.IGNORECASE if "i" in flags else 0)
            for p, flags in _RE_TEST.findall(path)]


def _value(value: str | None) -> str:
    return "" if value is None else value


def _first(element: etree._Element, one: str, other: str) -> str:
    """XPath's ``string(@one|@other)``: the first of the two in source order, else ``""``."""
    a: str | None = element.get(one)
    b: str | None = element.get(other)
    if a is None or b is None:
        return _value(b if a is None else a)
    keys = element.keys()
    return a if keys.index(one) < keys.index(other) else b


def _overall_discard(path: str) -> Select:
    """Blocks whose id, class, role or data attributes name a box of boilerplate."""
    consent, ids, classes = _patterns(path)

    def select(tree: etree._Element) -> list[etree._Element]:
        found = []
        for element in tree.iterdescendants(*_BOXES):
            get = element.get
            role = get("role")
            if (get("data-lp-replacement-content") is not None
                    or (role is not None and "nav" in role.replace("N", "n"))
                    or "MostPopularStories" in _value(get("data-component"))
                    or consent.search(_first(element, "id", "class"))
                    or ids.search(_value(get("id")))
                    or classes.search(_value(get("class")))):
                found.append(element)
        return found
    return select


def _hidden_or_replies(path: str) -> Select:
    """Any element hidden by its style or attributes, or a comment form's title or reply."""
    hidden, ids, classes = _patterns(path)

    def select(tree: etree._Element) -> list[etree._Element]:
        found = []
        for element in tree.iterdescendants():
            if not isinstance(element.tag, str):  # a comment or processing instruction
                continue
            get = element.get
            style, name = _value(get("style")), get("class")
            if (name == "comments-title"
                    or _first(element, "id", "class").startswith("reply-")
                    or hidden.search(_first(element, "id", "style"))
                    or "display:none" in style or "display: none" in style
                    or ids.search(_value(get("id")))
                    or classes.search(_value(name))
                    or get("aria-hidden") == "true"):
                found.append(element)
        return found
    return select


def _comment_sections(path: str) -> Select:
    """Comment sections; a list only when its own id or class says comments."""
    ids, classes, list_ids, list_classes = _patterns(path)

    def select(tree: etree._Element) -> list[etree._Element]:
        found = []
        for element in tree.iterdescendants("div", "list", "section", "details", "ol", "ul"):
            i, c = _value(element.get("id")), _value(element.get("class"))
            if (ids.search(i) or classes.search(c)) and (
                    element.tag not in ("ol", "ul") or list_ids.search(i)
                    or list_classes.search(c)):
                found.append(element)
        return found
    return select


def _appended_articles(path: str) -> Select:
    """Infinite-scroll containers of follow-up articles, unless they hold the ``<h1>``."""
    ids, classes, box_ids, box_classes = _patterns(path)

    def select(tree: etree._Element) -> list[etree._Element]:
        found = []
        for element in tree.iterdescendants("div", "section", "aside"):
            i, c = _value(element.get("id")), _value(element.get("class"))
            if (ids.search(i) or classes.search(c)) and (
                    element.find(".//h1") is None or box_ids.search(i)
                    or box_classes.search(c)):
                found.append(element)
        return found
    return select


_BODY_CLASSES = ("post", "entry")


def _article_body(path: str) -> Select:
    """Blocks named as the article's body: the first such child of each parent."""
    ids, classes = _patterns(path)

    def select(tree: etree._Element) -> list[etree._Element]:
        found = []
        parents: set[etree._Element] = set()
        for element in tree.iterdescendants("article", "div", "main", "section"):
            get = element.get
            name = get("class")
            if (name in _BODY_CLASSES or get("itemprop") == "articleBody"
                    or get("id") == "articleContent" or ids.search(_value(get("id")))
                    or classes.search(_value(name))):
                parent = element.getparent()
                if parent not in parents:
                    parents.add(parent)
                    found.append(element)
        return found
    return select


def _story_body(path: str) -> Select:
    """The first block named as the story or its text (``(.//*[...])[1]``)."""
    ids, full_text, classes = _patterns(path)
    classes_named = ("postarea", "art-postcontent", "text", "cell", "story")

    def select(tree: etree._Element) -> list[etree._Element]:
        for element in tree.iterdescendants("article", "div", "main", "section"):
            get = element.get
            i, name = get("id"), _value(get("class"))
            if (get("role") == "article" or i in ("article", "story")
                    or name in classes_named
                    or ids.search(_value(i)) or full_text.search(name)
                    or classes.search(name)):
                return [element]
        return []
    return select


def _content_block(path: str) -> Select:
    """The first block named as the page's content (``(.//*[...])[1]``)."""
    ids, classes = _patterns(path)

    def select(tree: etree._Element) -> list[etree._Element]:
        for element in tree.iterdescendants("article", "div", "main", "section"):
            i, name = _value(element.get("id")), _value(element.get("class"))
            if (element.get("id") == "content" or element.get("class") == "content"
                    or ids.search(i) or classes.search(name)
                    or "main-content" in i.replace("C", "c").replace("M", "m")
                    or "main-content" in name.replace("C", "c").replace("M", "m")
                    or "page-content" in name.replace("C", "c").replace("P", "p")):
                return [element]
        return []
    return select


def _named(tags: tuple[str, ...], word: str, upper: str = "") -> Callable[[str], Select]:
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


def _share_buttons(_path: str) -> Select:
    """Elementor's share buttons (a class test only)."""
    def select(tree: etree._Element) -> list[etree._Element]:
        return [element for element in tree.iterdescendants("div", "section", "aside")
                if "elementor-share-buttons" in _value(element.get("class"))]
    return select


#: Each loop by the expression it stands for, with the SHA-256 (first 16 hex digits) of that
#: expression's text in trafilatura 2.3.1.
_LOOPS: dict[tuple[str, int], tuple[str, Callable[[str], Select]]] = {
    ("OVERALL_DISCARD_XPATH", 0): ("a837e58a1b1ea116", _overall_discard),
    ("OVERALL_DISCARD_XPATH", 1): ("c1d5b70b8cd03783", _hidden_or_replies),
    ("REMOVE_COMMENTS_AND_LISTS_XPATH", 0): ("9cc18d34e6e2d258", _comment_sections),
    ("RAW_TREE_PRUNE_XPATH", 0): ("01e7c660fd6406f2", _appended_articles),
    ("RAW_TREE_PRUNE_XPATH", 1): ("3c7afe92279543d5", _share_buttons),
    ("BODY_XPATH", 0): ("caaa561ceca17064", _article_body),
    ("BODY_XPATH", 2): ("6c9b5e1fdc092943", _story_body),
    ("BODY_XPATH", 3): ("10a7ceacc0ff8cdf", _content_block),
    ("TEASER_DISCARD_XPATH", 0): ("ebb02f066626551d", _named(_BOXES, "teaser", "T")),
    ("DISCARD_IMAGE_ELEMENTS", 0): ("cb1ab981e44913f7", _named(_BOXES, "caption")),
}


class PythonPath:
    """Stands in for one of trafilatura's XPath objects: the loop inside
    :func:`python_paths`, the XPath itself elsewhere."""

    def __init__(self, xpath: etree.XPath, select: Select) -> None:
        self.xpath = xpath
        self.path = xpath.path
        self.select = select

    def __call__(self, tree: etree._Element) -> list[etree._Element]:
        if _ACTIVE.get():
            return self.select(tree)
        found: list[etree._Element] = self.xpath(tree)
        return found


def _original(name: str, index: int) -> etree.XPath | None:
    """trafilatura's expression ``name[index]`` (under its loop, once installed)."""
    import trafilatura.xpaths

    expressions = getattr(trafilatura.xpaths, name, None)
    if not isinstance(expressions, list) or len(expressions) <= index:
        return None
    expression = expressions[index]
    return expression.xpath if isinstance(expression, PythonPath) else expression


def guard_holds() -> bool:
    """Whether the installed trafilatura has the expressions the loops were written for."""
    return all(
        (expression := _original(name, index)) is not None
        and hashlib.sha256(str(getattr(expression, "path", "")).encode()).hexdigest()[:16]
        == digest
        for (name, index), (digest, _) in _LOOPS.items())


_INSTALLED: list[bool] = []


def _install() -> None:
    """Put a :class:`PythonPath` in each expression's place in trafilatura's lists (every
    module that imported a list sees it), once, when :func:`guard_holds`."""
    if _INSTALLED:
        return
    _INSTALLED.append(guard_holds())
    if not _INSTALLED[0]:
        return
    import trafilatura.xpaths

    for (name, index), (_, make) in _LOOPS.items():
        expressions = getattr(trafilatura.xpaths, name)
        original = expressions[index]
        expressions[index] = PythonPath(original, make(original.path))


@contextmanager
def python_paths() -> Iterator[None]:
    """Within this block, the replaced expressions are answered by their loops."""
    _install()
    token = _ACTIVE.set(True)
    try:
        yield
    finally:
        _ACTIVE.reset(token)
