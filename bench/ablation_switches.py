"""What ``boilerplate_ablation.py`` switches off, and the cache its runs share.

Each switch names the page kinds it can change and the attributes of ``clean_html``'s modules
it patches for one run (this process only): the rules and stages after trafilatura, one per
block-verdict line rule seen often enough, and trafilatura's own options. ``CACHE`` keeps
trafilatura's body and the page's metadata per page, so that a switched run redoes only what
the switch can change.
"""

from __future__ import annotations

import pickle
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from copy import deepcopy
from pathlib import Path
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

from newswire.nlp.boilerplate import clean, html_blocks, main_element_text
from newswire.nlp.boilerplate import html as html_
from newswire.nlp.boilerplate.html_tree import node_count

__all__ = ["CACHE", "MIN_RULE_LINES", "NOT_VERDICTS", "OPTIONS", "SWITCHES", "Cache", "Change",
           "Switches", "line_rule_switches", "patched", "trafilatura_option"]

_NOTHING = re.compile(r"(?!x)x")
Change = tuple[Any, str, Any]


class _Every(frozenset[Any]):
    """A set of page kinds that holds every kind (and None)."""

    def __contains__(self, item: object) -> bool:
        return True


class Cache:
    """trafilatura's body and the page metadata of the page being cleaned, computed once."""

    def __init__(self) -> None:
        self.key = ""
        self.kind: str | None = None
        self.meta: dict[str, Any] = {}
        self.bodies: dict[tuple[str, bool, int], Any] = {}
        self._page_metadata = html_.page_metadata
        self._trafilatura_body = html_.trafilatura_body
        #: The trafilatura option set in force ("" = newswire's) and CPU seconds per set.
        self.option = ""
        self.seconds: dict[str, float] = {}
        self.calls: Counter[str] = Counter()

    def page_metadata(self, tree: Any, url: str | None) -> Any:
        if self.key not in self.meta:
            self.meta[self.key] = self._page_metadata(tree, url)
        self.kind = self.meta[self.key][1]
        return self.meta[self.key]

    def trafilatura_body(self, tree: Any, url: str | None, fast: bool = False) -> Any:
        key = (f"{self.option}|{self.key}" if self.option else self.key, fast, node_count(tree))
        if key not in self.bodies:
            start = time.process_time()
            self.bodies[key] = self._trafilatura_body(tree, url, fast)
            spent = time.process_time() - start
            self.seconds[self.option] = self.seconds.get(self.option, 0.0) + spent
            self.calls[self.option] += 1
        body = self.bodies[key]
        return deepcopy(body) if body is not None else None


    def save(self, path: Path) -> None:
        bodies = {k: (etree.tostring(b) if b is not None else None)
                  for k, b in self.bodies.items()}
        path.write_bytes(pickle.dumps((self.meta, bodies)))

    def load(self, path: Path) -> None:
        self.meta, bodies = pickle.loads(path.read_bytes())
        parser = etree.XMLParser(recover=True, huge_tree=True)
        for key, text in bodies.items():
            body = etree.fromstring(text, parser) if text is not None else None
            # A body that does not read back byte for byte is extracted again.
            if body is None or etree.tostring(body) == text:
                self.bodies[key] = body


CACHE = Cache()


@contextmanager
def patched(*changes: tuple[Any, str, Any]) -> Iterator[None]:
    """Set attributes for the time of one run, then put the old values back."""
    old = [(obj, name, getattr(obj, name)) for obj, name, _ in changes]
    for obj, name, value in changes:
        setattr(obj, name, value)
    try:
        yield
    finally:
        for obj, name, value in old:
            setattr(obj, name, value)


def gaps_without(keep: Callable[[str | None, Any], bool]) -> Change:
    """``restore_between`` that puts back only the dropped blocks ``keep`` accepts."""
    restore = html_.restore_between

    def restore_some(body: Any, dropped: list[Any]) -> None:
        restore(body, [d for d in dropped if keep(CACHE.kind, d)])
    return (html_, "restore_between", restore_some)


def main_without_headlines() -> Change:
    """The ``<main>`` reading, not on untold pages whose URL ends in a headline."""
    read_main = html_.main_element_body

    def some(tree: Any, body: Any, url: str | None, kind: Any = None) -> Any:
        if CACHE.kind is None and html_.headline_slug(url):
            return body
        return read_main(tree, body, url, kind)
    return (html_, "main_element_body", some)


def _teaser_unless(tag: str) -> Callable[[Any], bool]:
    """The link-teaser test, never true of blocks of ``tag``."""
    is_teaser = html_blocks._is_link_teaser
    return lambda block: block.tag != tag and is_teaser(block)


def verdicts_without(rules: set[str]) -> Change:
    """Block verdicts with the removals of ``rules`` undone (those lines are kept)."""
    decide = html_blocks.verdicts

    def some(extracted: Any, learned: Any) -> list[Any]:
        return [None if v is not None and v.rule in rules else v
                for v in decide(extracted, learned)]
    return (clean, "block_verdicts", some)


ART: frozenset[str | None] = frozenset({"article"})
OTHER_GAPS = html_.BETWEEN_KINDS - ART
#: Each switch: the page kinds told (None: not told) it can change, and what it patches.
SWITCHES: dict[str, tuple[frozenset[str | None] | None, tuple[Change, ...]]] = {
    "cookie/consent boxes (not articles)": (
        None, ((html_, "drops_boxes", lambda _kind: False),)),
    "<main> reading (listing, forum, untold)": (
        html_.MAIN_ELEMENT_KINDS, ((html_, "MAIN_ELEMENT_KINDS", frozenset()),)),
    "<main> reading: untold, headline URL": (frozenset({None}), (main_without_headlines(),)),
    "<main> chrome names (filter, sidebar..)": (
        html_.MAIN_ELEMENT_KINDS, ((main_element_text, "MAIN_ELEMENT_CHROME", _NOTHING),)),
    "no fallbacks on collections": (html_.FAST_KINDS, ((html_, "FAST_KINDS", frozenset()),)),
    "continuation boxes (article, untold)": (
        html_.CONTINUATION_KINDS, ((html_, "CONTINUATION_KINDS", frozenset()),)),
    "gaps: all": (None, (gaps_without(lambda _kind, _d: False),)),
    "gaps: articles, subheadings": (ART, (gaps_without(
        lambda kind, d: not (kind == "article" and d.heading)),)),
    "gaps: articles, paragraphs+items": (ART, (gaps_without(
        lambda kind, d: not (kind == "article" and not d.heading)),)),
    "gaps: untold, headline URL": (
        frozenset({None}), (gaps_without(lambda kind, _d: kind is not None),)),
    "gaps: listing/forum/product/doc": (OTHER_GAPS, (gaps_without(
        lambda kind, _d: kind not in OTHER_GAPS),)),
    "kept boxes (author, CTA...; articles)": (
        frozenset({"article", None}), ((html_, "drop_kept_boxes", lambda *_: []),)),
    "widget lines (forum)": (
        html_.WIDGET_LINE_KINDS, ((html_, "WIDGET_LINE_KINDS", frozenset()),)),
    "repeats: all": (html_.REPEAT_KINDS | html_.LINE_REPEAT_KINDS, (
        (html_, "REPEAT_KINDS", frozenset()), (html_, "LINE_REPEAT_KINDS", frozenset()))),
    "repeats: single blocks (forum..)": (
        html_.LINE_REPEAT_KINDS, ((html_, "LINE_REPEAT_KINDS", frozenset()),)),
    "block rules: all (articles)": (
        ART, ((html_blocks, "BLOCK_RULE_KINDS", frozenset()),)),
    "block: link teasers": (ART, ((html_blocks, "_is_link_teaser", lambda _block: False),)),
    "block: link teasers, list items": (ART, ((html_blocks, "_is_link_teaser",
                                               _teaser_unless("item")),)),
    "block: link teasers, paragraphs": (ART, ((html_blocks, "_is_link_teaser",
                                               _teaser_unless("p")),)),
    "block: teaser lists": (ART, ((html_blocks, "_mark_teaser_lists", lambda *_: None),)),
    "block: after promo headings": (ART, (
        (html_blocks, "_mark_after_promo_headings", lambda *_: None),)),
    "block: title + standfirst": (ART, ((html_blocks, "_mark_page_header", lambda *_: None),)),
    "block: author's card": (ART, ((html_blocks, "_mark_author_bio", lambda *_: None),)),
    "line rules on other kinds (cookies, forum dates)": (
        frozenset(html_blocks.KIND_LINE_RULES), ((html_blocks, "KIND_LINE_RULES", {}),)),
    "block: bare URL kept before prose": (ART, (
        (html_blocks, "_keep_links_inside_body", lambda *_: None),)),
    "forum posts container": (frozenset({"forum"}), (
        (main_element_text, "posts_container", lambda _t: None),)),
    "html embeds (w-embed) unmarked": (None, ((html_, "unmark_html_embeds", lambda _t: None),)),
    "empty when no article (has_article)": (None, ((clean, "has_article", lambda _body: True),)),
    "trafilatura fallbacks (every page)": (None, ((html_, "FAST_KINDS", _Every()),)),
}
#: trafilatura's own options, each instead of newswire's (balanced, fallbacks, tables, no
#: comments, no deduplication); ``fast`` is the "fallbacks (every page)" switch above.
OPTIONS: dict[str, dict[str, Any]] = {
    "newswire's own, extracted again": {},  # its time beside the others' (gain 0)
    "favor_precision": {"favor_precision": True},
    "favor_recall": {"favor_recall": True},
    "include_tables=False": {"include_tables": False},
    "include_comments=True": {"include_comments": True},
    "deduplicate": {"deduplicate": True},
    "no fallbacks (fast) everywhere": {"fast": True},
}


@contextmanager
def trafilatura_option(name: str, options: dict[str, Any]) -> Iterator[None]:
    """trafilatura's ``bare_extraction`` called with ``options`` over newswire's, its bodies
    cached apart under ``name``."""
    import trafilatura

    bare = trafilatura.bare_extraction

    def with_options(*args: Any, **kwargs: Any) -> Any:
        return bare(*args, **(kwargs | options))
    CACHE.option = name
    try:
        with patched((trafilatura, "bare_extraction", with_options)):
            yield
    finally:
        CACHE.option = ""


#: Removed-line rule names of the block verdicts, each ablated alone when seen this often.
MIN_RULE_LINES = 5


#: Removed-line rules that are no block verdict (the page's outside text, the page rules):
#: switching their verdicts off changes nothing, so they are not ablated as line rules.
NOT_VERDICTS = frozenset({"widget", "repeated-block", "repeated-line", "kept-box"})


Switches = dict[str, tuple[frozenset[str | None] | None, tuple[Change, ...]]]


def line_rule_switches(rules: Counter[str]) -> Switches:
    """One switch per block-verdict rule seen at least ``MIN_RULE_LINES`` times."""
    return {f"line rule: {name} ({n})": (ART, (verdicts_without({name}),))
            for name, n in rules.most_common()
            if n >= MIN_RULE_LINES and name not in NOT_VERDICTS and not name.startswith("page")}
