"""trafilatura's costliest XPath expressions, answered by loops in Python inside newswire's call.

trafilatura (2.3.1) picks the elements it prunes, the block it reads first, what its page
text leaves out and where its byline search looks with XPath expressions whose class and id
tests are mostly EXSLT regular expressions (``re:test``): lxml answers each ``re:test`` with
a call into Python for every element the expression visits, and libxml2 tests every node of
``.//*`` against every predicate. The fifteen expressions below took about 9 ms a page (a
fifth of ``clean_html``; the code before issue 13 paid most of it too). The loops of
:mod:`.path_loops` and :mod:`.author_path_loops` give the same elements, in the same order,
in a third of the time (checked call by call on every WCXB dev and Zyte page).

Each expression's text is checked against the one its loop was written for (:data:`_LOOPS`);
a release that changes one leaves all of trafilatura's expressions in place (slower, same
output) and ``test_trafilatura_paths`` fails to say the loops have to be redone. They answer
only inside :func:`python_paths` (newswire's calls): trafilatura used elsewhere in the process
(the benches' "trafilatura alone") evaluates its own XPath.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from importlib import import_module

from lxml import etree  # type: ignore[import-untyped]

from newswire.nlp.boilerplate import author_path_loops as authors
from newswire.nlp.boilerplate import path_loops as loops
from newswire.nlp.boilerplate.path_loops import Select

__all__ = ["PythonPath", "guard_holds", "python_paths"]

_LOG = logging.getLogger(__name__)
_ACTIVE: ContextVar[bool] = ContextVar("newswire_python_paths", default=False)
_XPATHS, _BASELINE = "trafilatura.xpaths", "trafilatura.baseline"
#: Each loop by the expression it stands for (module, name, index in the list or None), with
#: the SHA-256 (first 16 hex digits) of that expression's text in trafilatura 2.3.1.
_LOOPS: dict[tuple[str, str, int | None], tuple[str, Callable[[str], Select]]] = {
    (_XPATHS, "OVERALL_DISCARD_XPATH", 0): ("a837e58a1b1ea116", loops.overall_discard),
    (_XPATHS, "OVERALL_DISCARD_XPATH", 1): ("c1d5b70b8cd03783", loops.hidden_or_replies),
    (_XPATHS, "REMOVE_COMMENTS_AND_LISTS_XPATH", 0): ("9cc18d34e6e2d258",
                                                      loops.comment_sections),
    (_XPATHS, "RAW_TREE_PRUNE_XPATH", 0): ("01e7c660fd6406f2", loops.appended_articles),
    (_XPATHS, "RAW_TREE_PRUNE_XPATH", 1): ("3c7afe92279543d5", loops.share_buttons),
    (_XPATHS, "BODY_XPATH", 0): ("caaa561ceca17064", loops.article_body),
    (_XPATHS, "BODY_XPATH", 2): ("6c9b5e1fdc092943", loops.story_body),
    (_XPATHS, "BODY_XPATH", 3): ("10a7ceacc0ff8cdf", loops.content_block),
    (_XPATHS, "TEASER_DISCARD_XPATH", 0): ("ebb02f066626551d",
                                           loops.named(loops.BOXES, "teaser", "T")),
    (_XPATHS, "DISCARD_IMAGE_ELEMENTS", 0): ("cb1ab981e44913f7",
                                             loops.named(loops.BOXES, "caption")),
    (_BASELINE, "BASIC_CLEAN_XPATH", None): ("db6c25acd08aef99", loops.cleared_for_text),
    (_XPATHS, "AUTHOR_XPATHS", 0): ("4d49fee6aa1c77f4", authors.author_elements),
    (_XPATHS, "AUTHOR_XPATHS", 1): ("6120fddc3d75e8ea", authors.author_named),
    (_XPATHS, "AUTHOR_XPATHS", 2): ("4ff2ef32ff7c0e5f", authors.author_boxes),
    (_XPATHS, "AUTHOR_DISCARD_XPATHS", 0): ("82f43e48c571d06b", authors.not_bylines),
}


class PythonPath:
    """Stands in for one of trafilatura's XPath objects: the loop inside
    :func:`python_paths`, the XPath itself elsewhere.

    It fails open: a call the loop was not written for (XPath variables, a context that is
    no element, as a later trafilatura might pass) or a loop that raises gets the XPath's
    own answer for that call, slower and the same. The loops only read the tree: nothing
    is left half done.
    """

    def __init__(self, xpath: etree.XPath, select: Select) -> None:
        self.xpath = xpath
        self.path = xpath.path
        self.select = select
        self.failed = False

    def __call__(self, tree: etree._Element, **variables: object) -> list[etree._Element]:
        if _ACTIVE.get() and not variables:
            try:
                return self.select(tree)
            except Exception:  # noqa: BLE001 - the XPath below gives this call's answer
                if not self.failed:  # said once, not for every page
                    self.failed = True
                    _LOG.warning("loop for trafilatura's %.70s failed; its XPath answers",
                                 " ".join(self.path.split()), exc_info=True)
        found: list[etree._Element] = self.xpath(tree, **variables)
        return found


def _get(module: str, name: str, index: int | None) -> object:
    """What ``module.name`` (or its item ``index``) holds now, or None (also when a
    trafilatura release has no such module: the guard then fails, nothing is replaced)."""
    try:
        held = getattr(import_module(module), name, None)
    except ImportError:
        return None
    if index is None:
        return held
    return held[index] if isinstance(held, list) and len(held) > index else None


def _put(module: str, name: str, index: int | None, expression: object) -> None:
    if index is None:
        setattr(import_module(module), name, expression)
    else:
        getattr(import_module(module), name)[index] = expression


def guard_holds() -> bool:
    """Whether the installed trafilatura has the expressions the loops were written for."""
    for key, (digest, _) in _LOOPS.items():
        expression = _get(*key)
        if isinstance(expression, PythonPath):
            expression = expression.xpath
        path = getattr(expression, "path", None)
        if not isinstance(expression, etree.XPath) or not isinstance(path, str) or (
                hashlib.sha256(path.encode()).hexdigest()[:16] != digest):
            return False
    return True


_INSTALLED: list[bool] = []


def _install() -> None:
    """Put a :class:`PythonPath` in each expression's place (in trafilatura's lists, which
    every module that imported one shares, or in the module that calls it), once, when
    :func:`guard_holds`. Idempotent: two threads installing at once put each loop once."""
    if _INSTALLED:
        return
    holds = guard_holds()
    for key, (_, make) in _LOOPS.items() if holds else ():
        original = _get(*key)
        if isinstance(original, etree.XPath):
            _put(*key, PythonPath(original, make(original.path)))
    _INSTALLED.append(holds)


@contextmanager
def python_paths() -> Iterator[None]:
    """Within this block, the replaced expressions are answered by their loops."""
    _install()
    token = _ACTIVE.set(True)
    try:
        yield
    finally:
        _ACTIVE.reset(token)
