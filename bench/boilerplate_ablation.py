"""Ablation of ``clean_html``'s post-processing on WCXB dev: each rule switched off in turn.

For every rule or stage after trafilatura (cookie boxes, the ``<main>`` reading, the gaps
put back, collapsed panels, repeats, widget lines, the block rules of articles, each line
rule by name...), ``clean_html`` runs again on every page with that rule switched off by
monkeypatching this process only (no setting of the product), and word F1 is printed by half
and kind: the rule's gain is newswire minus newswire without it. A rule whose gain is not
positive on the check half (even ids), or that pays on one kind and costs another more, is a
candidate to drop. "pages" is how many pages' bodies the rule changes (tune / check).
Zyte's 181 news pages (4-gram shingle F1, ``zyte_pages``) are printed too: the floor.

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
comments off) on both parts beside newswire's. The switches, trafilatura's options and the
cache live in ``ablation_switches.py``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import wcxb
import zyte_pages
from ablation_switches import (
    CACHE,
    OPTIONS,
    SWITCHES,
    line_rule_switches,
    patched,
    trafilatura_option,
)
from newswire.nlp.boilerplate import clean
from newswire.nlp.boilerplate import html as html_

COLUMNS = ("article", "listing", "collection", "forum", "product", "documentation", "service")


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
    return zyte_pages.scores(
        [zyte_pages.tp_fp_fn(truth[k], bodies[k]) for k in bodies])[0]


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
    truth, zyte = ({}, {}) if args.no_zyte else zyte_pages.load(zyte_pages.DATA)
    if args.cache and args.cache.exists():
        CACHE.load(args.cache)
    with patched((html_, "page_metadata", CACHE.page_metadata),
                 (html_, "trafilatura_body", CACHE.trafilatura_body)):
        return report(args, pages, truth, zyte)


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
