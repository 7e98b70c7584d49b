"""Ablation of ``clean_html``'s post-processing on WCXB dev: each rule switched off in turn.

For every rule or stage after trafilatura (cookie boxes, the ``<main>`` reading, the gaps
put back, collapsed panels, repeats, widget lines, the block rules of articles, each line
rule by name...), ``clean_html`` runs again on every page with that rule switched off by
monkeypatching this process only (no setting of the product), and word F1 is printed by half
and kind: the rule's gain is newswire minus newswire without it. A rule whose gain is not
positive on the check half (even ids), or that pays on one kind and costs another more, is a
candidate to drop. "pages" is how many pages' bodies the rule changes (tune / check).
Zyte's 181 news pages (4-gram shingle F1, ``boilerplate_eval``) are printed too: the floor.

trafilatura's body and the page's metadata and kind are computed once a page and reused
(they do not depend on the rules switched, except the cookie boxes and the fallbacks, which
key the cache on the tree's size and the ``fast`` flag); the first run (all rules on) is the
reference and is checked to give what ``clean_html`` gives.

trafilatura's own options (``favor_precision``, ``favor_recall``, tables, comments,
``deduplicate``; ``OPTIONS``) are run the same way, each its own extraction of every page, and
printed the other way round (the setting minus the current one: positive, it would pay) with
trafilatura's CPU time per page under each (``--options`` only those, ``--no-options`` none).

Usage: ``python bench/boilerplate_ablation.py [--limit N] [--kinds K,K] [--only NAME,NAME]
[--dump DIR] [--split id,site,unseen]`` (``--dump`` writes the reference bodies and
trafilatura alone's per page; ``--split``: ``wcxb.halves``, each split's table printed, the
first as the rules run). Each table starts with trafilatura alone's F1 (newswire's settings,
comments off) on both parts beside newswire's.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from copy import deepcopy
from pathlib import Path
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

import boilerplate_eval
import wcxb
from newswire.nlp.boilerplate import clean, html_blocks
from newswire.nlp.boilerplate import html as html_
from newswire.nlp.boilerplate.html_tree import node_count

COLUMNS = ("article", "listing", "collection", "forum", "product", "documentation", "service")
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
    read_main = html_._main_element_body

    def some(tree: Any, body: Any, url: str | None, kind: Any = None) -> Any:
        if CACHE.kind is None and html_.headline_slug(url):
            return body
        return read_main(tree, body, url, kind)
    return (html_, "_main_element_body", some)


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
        html_.MAIN_ELEMENT_KINDS, ((html_, "MAIN_ELEMENT_CHROME", _NOTHING),)),
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
    "forum posts container": (frozenset({"forum"}), ((html_, "posts_container", lambda _t: None),)),
    "html embeds (w-embed) unmarked": (None, ((html_, "unmark_html_embeds", lambda _t: None),)),
    "empty when no article (has_article)": (None, ((html_, "has_article", lambda _body: True),)),
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


def run(pages: list[wcxb.Page], zyte: dict[str, str], rules: Counter[str] | None = None,
        told: frozenset[str | None] | None = None, ref: tuple[dict[str, str], ...] = ({}, {}),
        ) -> tuple[dict[str, str], dict[str, str]]:
    """Bodies of every WCXB and Zyte page, with whatever is patched now; ``rules`` counts
    the WCXB lines removed by each rule. With ``told``, pages of other told kinds are not
    run again: their bodies are the reference's (``ref``)."""
    wcxb_bodies, zyte_bodies = {}, {}
    for page in pages:
        if told is not None and CACHE.meta[page.key][1] not in told:
            wcxb_bodies[page.key] = ref[0][page.key]
            continue
        CACHE.key = page.key
        cleaned = clean.clean_html(page.html, page.url)
        wcxb_bodies[page.key] = cleaned.body
        if rules is not None:
            rules.update(r.rule for r in cleaned.boilerplate.removed_lines)
    for key, html in zyte.items():
        CACHE.key = f"zyte-{key}"
        if told is not None and CACHE.meta[CACHE.key][1] not in told:
            zyte_bodies[key] = ref[1][key]
            continue
        zyte_bodies[key] = clean.clean_html(html).body
    return wcxb_bodies, zyte_bodies


def f1s(pages: list[wcxb.Page], bodies: dict[str, str]) -> dict[str, float]:
    return {p.key: wcxb.word_f1(p.gold.get("main_content") or "", bodies[p.key]) for p in pages}


def cells(part: list[wcxb.Page], scores: dict[str, float]) -> list[float]:
    """Mean F1 by kind, then over all pages of the part."""
    by_kind = [_mean(scores[p.key] for p in part if p.kind == k) for k in COLUMNS]
    return [*by_kind, _mean(scores[p.key] for p in part)]


def zyte_f1(truth: dict[str, str], bodies: dict[str, str]) -> float:
    return boilerplate_eval.scores(
        [boilerplate_eval.tp_fp_fn(truth[k], bodies[k]) for k in bodies])[0]


def _mean(values: Any) -> float:
    items = list(values)
    return statistics.mean(items) if items else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int)
    parser.add_argument("--kinds")
    parser.add_argument("--only", help="only the switches whose name contains one of these")
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--no-zyte", action="store_true")
    parser.add_argument("--options", action="store_true", help="trafilatura's options only")
    parser.add_argument("--no-options", action="store_true")
    parser.add_argument("--split", default="id",
                        help=f"how to cut WCXB in two, comma-separated: {', '.join(wcxb.SPLITS)}"
                             " (the rows of the first as they come, the others' at the end)")
    parser.add_argument("--cache", type=Path,
                        help="keep trafilatura's bodies and the metadata in this file")
    args = parser.parse_args()
    pages = wcxb.load(limit=args.limit)
    if args.kinds:
        pages = [p for p in pages if p.kind in args.kinds.split(",")]
    truth, zyte = ({}, {}) if args.no_zyte else boilerplate_eval.load(boilerplate_eval.DATA)
    if args.cache and args.cache.exists():
        CACHE.load(args.cache)
    with patched((html_, "page_metadata", CACHE.page_metadata),
                 (html_, "trafilatura_body", CACHE.trafilatura_body)):
        return report(args, pages, truth, zyte)


#: Removed-line rules that are no block verdict (the page's outside text, the page rules):
#: switching their verdicts off changes nothing, so they are not ablated as line rules.
NOT_VERDICTS = frozenset({"widget", "repeated-block", "repeated-line", "kept-box"})


Switches = dict[str, tuple[frozenset[str | None] | None, tuple[Change, ...]]]


def line_rule_switches(rules: Counter[str]) -> Switches:
    """One switch per block-verdict rule seen at least ``MIN_RULE_LINES`` times."""
    return {f"line rule: {name} ({n})": (ART, (verdicts_without({name}),))
            for name, n in rules.most_common()
            if n >= MIN_RULE_LINES and name not in NOT_VERDICTS and not name.startswith("page")}


Result = tuple[dict[str, float], set[str], float]


def report(args: argparse.Namespace, pages: list[wcxb.Page], truth: dict[str, str],
           zyte: dict[str, str]) -> int:
    rules: Counter[str] = Counter()
    ref, ref_zyte = run(pages, zyte, rules)
    sample = pages[::7]
    again, _ = run(sample, {})
    assert again == {p.key: ref[p.key] for p in sample}, "the cache changes the output"
    if args.cache:
        CACHE.save(args.cache)
    ref_f1 = f1s(pages, ref)
    if args.dump:
        dump(args.dump, pages, ref)
    switches = dict(SWITCHES) | line_rule_switches(rules)
    if args.only:
        switches = {k: v for k, v in switches.items()
                    if any(o and o in k for o in args.only.split(","))}
    if args.options:
        switches = {}
    splits = args.split.split(",")
    alone = trafilatura_alone(pages)
    results: dict[str, Result] = {}
    for number, split in enumerate(splits):
        parts = wcxb.halves(pages, split)
        header(parts, pages, ref_f1, alone, truth, ref_zyte)
        if number == 0:
            for name, (told, changes) in switches.items():
                with patched(*changes):
                    bodies, zyte_bodies = run(pages, zyte, told=told, ref=(ref, ref_zyte))
                zyte_gain = (1000 * (zyte_f1(truth, ref_zyte) - zyte_f1(truth, zyte_bodies))
                             if zyte else float("nan"))
                results[name] = (f1s(pages, bodies),
                                 {p.key for p in pages if bodies[p.key] != ref[p.key]}, zyte_gain)
                gain_row(name, parts, ref_f1, results[name])
        else:
            for name, result in results.items():
                gain_row(name, parts, ref_f1, result)
    if not args.no_options:
        options_report(pages, truth, zyte, (ref, ref_zyte), ref_f1)
    return 0


def trafilatura_alone(pages: list[wcxb.Page]) -> dict[str, float]:
    """Word F1 of trafilatura alone with newswire's settings (balanced, fallbacks, tables,
    no comments) on every page: the floor each half's rules are to beat."""
    import trafilatura

    return {p.key: wcxb.word_f1(p.gold.get("main_content") or "",
                                trafilatura.extract(p.html, url=p.url, include_comments=False)
                                or "") for p in pages}


def header(parts: list[tuple[str, list[wcxb.Page]]], pages: list[wcxb.Page],
           ref_f1: dict[str, float], alone: dict[str, float], truth: dict[str, str],
           ref_zyte: dict[str, str]) -> None:
    """The two parts' names and sizes, newswire's and trafilatura alone's F1 on each."""
    (first, a), (second, b) = parts
    print(f"\nWCXB dev {len(pages)} pages; A = {first} ({len(a)} pages), B = {second} "
          f"({len(b)}); gain = newswire - newswire without the rule (x1000 word F1); "
          "Zyte floor 0.97")
    for name, scores in (("newswire", ref_f1), ("trafilatura alone, no comments", alone)):
        print(f"{name + ':':<32} A " + " ".join(f"{c:.4f}" for c in cells(a, scores))
              + " | B " + " ".join(f"{c:.4f}" for c in cells(b, scores)))
    if truth:
        print(f"Zyte newswire {zyte_f1(truth, ref_zyte):.4f}")
    head = "".join(f"{k[:5]:>6}" for k in (*COLUMNS, "all"))
    print(f"{'rule':<44}{'pages A/B':>10} |    A{head} |    B{head} | Zyte")


def gain_row(name: str, parts: list[tuple[str, list[wcxb.Page]]], ref_f1: dict[str, float],
             result: Result) -> None:
    """One switch's gain on each part, by kind and over all, and on Zyte."""
    scores, moved, zyte_gain = result
    touched = "/".join(str(sum(p.key in moved for p in part)) for _, part in parts)
    gains = [[1000 * (r - o) for r, o in zip(cells(part, ref_f1), cells(part, scores),
                                              strict=True)] for _, part in parts]
    print(f"{name:<44}{touched:>10} |     " + "".join(f"{g:6.1f}" for g in gains[0])
          + " |     " + "".join(f"{g:6.1f}" for g in gains[1]) + f" | {zyte_gain:5.1f}",
          flush=True)


def options_report(pages: list[wcxb.Page], truth: dict[str, str], zyte: dict[str, str],
                   ref: tuple[dict[str, str], dict[str, str]], ref_f1: dict[str, float]) -> None:
    """Each of trafilatura's ``OPTIONS`` instead of newswire's setting: the setting minus the
    current one (x1000 word F1), and trafilatura's CPU ms per extraction."""
    head = "".join(f"{k[:5]:>6}" for k in (*COLUMNS, "all"))
    print(f"\ntrafilatura option (gain = with it - current){'':<2}{'ms/page':>10} | tune{head}"
          f" | check{head} | Zyte")
    calls = CACHE.calls[""]
    per_page = CACHE.seconds.get("", 0.0) / calls * 1000 if calls else float("nan")
    print(f"{'current (balanced, fallbacks, tables)':<46}{per_page:>10.1f}")
    for name, options in OPTIONS.items():
        with trafilatura_option(name, options):
            bodies, zyte_bodies = run(pages, zyte)
        scores = f1s(pages, bodies)
        gains = [[1000 * (o - r) for r, o in zip(cells(part, ref_f1), cells(part, scores),
                                                  strict=True)]
                 for _, part in wcxb.halves(pages)]
        zyte_gain = (1000 * (zyte_f1(truth, zyte_bodies) - zyte_f1(truth, ref[1]))
                     if zyte else float("nan"))
        per_page = CACHE.seconds.get(name, 0.0) / max(CACHE.calls[name], 1) * 1000
        print(f"{name:<46}{per_page:>10.1f} | tune" + "".join(f"{g:6.1f}" for g in gains[0])
              + " | check" + "".join(f"{g:6.1f}" for g in gains[1]) + f" | {zyte_gain:5.1f}",
              flush=True)


def dump(folder: Path, pages: list[wcxb.Page], ref: dict[str, str]) -> None:
    """The reference bodies and trafilatura alone's, per page, for a look at the tune half."""
    import trafilatura

    folder.mkdir(parents=True, exist_ok=True)
    alone = {p.key: trafilatura.extract(p.html, url=p.url) or "" for p in pages}
    kinds = {p.key: CACHE.meta[p.key][1] for p in pages}
    (folder / "bodies.json").write_text(json.dumps(
        {"newswire": ref, "trafilatura": alone, "told": kinds}), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
