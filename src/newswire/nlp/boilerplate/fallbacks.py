"""trafilatura's fallbacks (readability, jusText) only where its own body looks deficient.

trafilatura (balanced, not ``fast``) hands every page's own extraction to
``trafilatura.external.compare_extraction``, which runs readability over a copy of the raw
page and keeps readability's text when its own is empty, when readability's is more than
twice as long, or when its own body has no paragraph text or more tables than paragraphs;
jusText runs when its text is under ``min_extracted_size`` or holds an element jusText's
test sanitises. That is about 8% of a page's cleaning time, and it changes the text of one
page in eleven, two thirds of them pages whose body one of the structural tests flags.

:func:`fallbacks_may_change` keeps every test but the length one: the comparison runs when
the own text is short, has no paragraph text, more tables than paragraphs, or an element
jusText sanitises. A page whose own body passes all of them keeps it, even where
readability would have read more than twice as much text (48 of 1,477 comparisons on WCXB
dev; word F1, all pages: tune -0.0002, check +0.0002; ``handoff/speed32.md``), and
readability is not run on it (90% of the comparisons).

The skip uses trafilatura's internals: ``trafilatura.core._extract_and_compare`` is
replaced by a copy that skips the comparison, and the copy of the raw page made for it;
``trafilatura.core._prepare_tree`` by one that leaves out the copy of the cleaned tree only
the comparison reads (jusText's input), made when the comparison runs (``handoff/speed34.md``).
They are installed only when the source of those functions, of their callers and of the
tests copied above is the one they were copied from (:data:`_KNOWN_SOURCES`, trafilatura
2.3.1). A release that changes them leaves trafilatura untouched (fallbacks on every page:
slower, as before) and ``test_fallbacks`` fails to say the guard has to be re-checked.
Both apply only inside :func:`skipping_idle_fallbacks` (newswire's call): trafilatura used
elsewhere in the process (the benches' "trafilatura alone") is untouched.
"""

from __future__ import annotations

import hashlib
import inspect
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from copy import copy
from importlib import import_module
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

__all__ = ["fallbacks_may_change", "guard_holds", "skipping_idle_fallbacks"]

_PARAGRAPH_TEXT = etree.XPath(".//p//text()")
#: SHA-256 (first 16 hex digits) of the source of each trafilatura function the skip relies
#: on, as in trafilatura 2.3.1: the call site, the comparison and its tests.
_CALL_SITE = "trafilatura.core._extract_and_compare"
_PREPARE = "trafilatura.core._prepare_tree"
_KNOWN_SOURCES = {
    _CALL_SITE: "f7d056c2118222e8",
    _PREPARE: "9595f0642825c2c7",
    "trafilatura.core.trafilatura_sequence": "f03dc4d2946dacbd",
    "trafilatura.core._recall_retry": "59594c39714f57be",
    "trafilatura.external.compare_extraction": "2d3d1ffea3ba469f",
    "trafilatura.external._prefer_readability": "f6ee688e9ae60074",
}
_SKIPPING: ContextVar[bool] = ContextVar("newswire_skipping_fallbacks", default=False)


def fallbacks_may_change(body: etree._Element, text: str, min_size: int) -> bool:
    """Whether trafilatura's comparison (balanced focus) is run on its own ``body``: when
    the text is under ``min_size`` or the body holds an element jusText's test sanitises
    (jusText is tried), or when the body has no paragraph text or more tables than
    paragraphs (readability's text is preferred when long enough)."""
    from trafilatura.external import SANITIZED_XPATH

    if len(text) < min_size or not _PARAGRAPH_TEXT(body) or body.xpath(SANITIZED_XPATH):
        return True
    return len(body.findall(".//table")) > len(body.findall(".//p"))


@contextmanager
def skipping_idle_fallbacks() -> Iterator[None]:
    """Within this block, trafilatura's comparison runs only where
    :func:`fallbacks_may_change` says (when the guard holds)."""
    _install()
    token = _SKIPPING.set(True)
    try:
        yield
    finally:
        _SKIPPING.reset(token)


def _source_hash(dotted: str) -> str | None:
    module_name, _, name = dotted.rpartition(".")
    try:
        function = _ORIGINALS.get(dotted) or getattr(import_module(module_name), name)
        return hashlib.sha256(inspect.getsource(function).encode()).hexdigest()[:16]
    except (ImportError, AttributeError, OSError, TypeError):
        return None


def guard_holds() -> bool:
    """Whether the installed trafilatura has the functions the skip was written for."""
    return all(_source_hash(name) == digest for name, digest in _KNOWN_SOURCES.items())


#: trafilatura's own functions that :func:`_install` replaced, by dotted name.
_ORIGINALS: dict[str, Any] = {}
_GUARD: list[bool] = []


def _install() -> None:
    """Put :func:`_extract_and_compare` in trafilatura's place once, when
    :func:`guard_holds` (checked once)."""
    if not _GUARD:
        _GUARD.append(guard_holds())
    if not _GUARD[0]:
        return
    import trafilatura.core

    if trafilatura.core._extract_and_compare is not _extract_and_compare:
        _ORIGINALS[_CALL_SITE] = trafilatura.core._extract_and_compare
        trafilatura.core._extract_and_compare = _extract_and_compare
    if trafilatura.core._prepare_tree is not _prepare_tree:
        _ORIGINALS[_PREPARE] = trafilatura.core._prepare_tree
        trafilatura.core._prepare_tree = _prepare_tree


def _lazy_backup(options: Any) -> bool:
    """Whether the cleaned tree's backup is made only when the comparison needs it: inside
    :func:`skipping_idle_fallbacks`, balanced focus, comments off. There trafilatura reads
    the backup only in the comparison (jusText's input), and nothing changes the raw tree
    between :func:`_prepare_tree` and :func:`_extract_and_compare`."""
    return _SKIPPING.get() and options.focus == "balanced" and not options.comments


def _prepare_tree(tree: etree._Element, options: Any, url: str | None
                  ) -> tuple[etree._Element, etree._Element | None]:
    """trafilatura's ``core._prepare_tree`` (2.3.1: the cleaned and converted tree, and a copy
    of the cleaned one before conversion for jusText), without the copy (None) where
    :func:`_lazy_backup` says: the comparison is skipped on 90% of pages, and that copy
    cost 1.4 ms a page; :func:`_extract_and_compare` cleans the raw tree again when it runs."""
    from trafilatura.htmlprocessing import convert_tags, tree_cleaning

    if not _lazy_backup(options):
        prepared: tuple[etree._Element, etree._Element | None] = _ORIGINALS[_PREPARE](
            tree, options, url)
        return prepared
    return convert_tags(tree_cleaning(copy(tree), options), options, url), None


def _extract_and_compare(cleaned_tree: etree._Element,
                         cleaned_tree_backup: etree._Element | None,
                         tree: etree._Element, options: Any) -> tuple[etree._Element, str]:
    """trafilatura's ``core._extract_and_compare`` (2.3.1, the main extractor then the
    comparison unless ``fast``), whose comparison, and the copy of the raw page it is
    given, are skipped inside :func:`skipping_idle_fallbacks` where
    :func:`fallbacks_may_change` says no. Only for the balanced focus: trafilatura's recall
    retry compares with other tests. A backup :func:`_prepare_tree` did not make is made
    here, from the raw tree, as it would have been (the same cleaning of a copy)."""
    from trafilatura.external import compare_extraction
    from trafilatura.htmlprocessing import tree_cleaning
    from trafilatura.main_extractor import extract_content

    postbody: etree._Element
    temp_text: str
    postbody, temp_text = extract_content(cleaned_tree, options)
    if options.fast:
        return postbody, temp_text
    if (_SKIPPING.get() and options.focus == "balanced"
            and not fallbacks_may_change(postbody, temp_text, options.min_extracted_size)):
        return postbody, temp_text
    if cleaned_tree_backup is None:
        cleaned_tree_backup = tree_cleaning(copy(tree), options)
    postbody, temp_text = compare_extraction(
        cleaned_tree_backup, copy(tree), postbody, temp_text, options)
    return postbody, temp_text
