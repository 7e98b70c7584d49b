"""The pathological inputs the issues name, timed at n, 2n, 4n and 8n: a thousand paragraphs
of alternating quotes (issue 14), quotes nested ten deep (issue 14) and a 50 MB page (issue
13), each decoded, enriched and turned into events as the worker does it
(``hostile_scale.measure``, in a child forked after the models are loaded).

The page is read with ``NEWSWIRE_MAX_ARTICLE_BYTES`` raised to 64 MB (by default the worker
refuses anything over 2 MB before reading it: what a user who raised the limit gets). The
alternating paragraphs are the shape ``tests/nlp/quotes/test_resolution.py`` pins: a cued
quote, then a quote alone that continues it. A case is flagged as in ``hostile_scale.py``
(doubling the input costing more than ~2.6 times the CPU, or the largest over 20 s or 1 GB).

    nice -n 10 .venv/bin/python bench/pathological.py --baseline-src /work/wt/base26/src
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import hostile_scale
from hostile_inputs import nested_quotes
from hostile_scale import grow, verdict, warm_up
from machine import describe
from newswire.nlp.pipeline import Pipeline
from newswire.settings import Settings

MB = 1_000_000
#: A 50 MB page is cut to 6 MB of HTML, about 15 s of CPU: more than hostile_scale's 120 s of
#: wall clock on a loaded machine.
hostile_scale.TIMEOUT_S = 600.0
PARAGRAPH = ("<p>The council voted on Monday to approve the new budget for schools and roads, "
             "said the mayor after a long debate in the city hall.</p>")


def alternating(paragraphs: int) -> bytes:
    """``paragraphs`` lines: a cued quote, then an uncued one that continues it, and so on."""
    lines = (f"“Point number {i} stands,” said {'Jane Doe' if i % 4 == 0 else 'John Roe'}."
             if i % 2 == 0 else f"“And point {i} follows from it.”" for i in range(paragraphs))
    return json.dumps({"text": "\n".join(lines)}).encode()


def nested(sentences: int) -> bytes:
    """``sentences`` sentences with quotes ten deep in four kinds of marks."""
    return json.dumps({"title": "Nested", "text": " ".join(
        nested_quotes(10) for _ in range(sentences))}).encode()


def big_page(megabytes: float) -> bytes:
    """An article of 20 paragraphs, then empty ``<div>`` elements up to ``megabytes``."""
    filler = "<div>x</div>" * int((megabytes * MB) / len("<div>x</div>"))
    return json.dumps({"html": f"<html><body><article>{PARAGRAPH * 20}</article>{filler}"
                               "</body></html>"}).encode()


#: name -> (payload of size n, the sizes n..8n).
CASES: dict[str, tuple[Callable[[Any], bytes], list[float]]] = {
    "alternating_quotes (paragraphs)": (alternating, [125, 250, 500, 1000]),
    "nested_quotes_10 (sentences)": (nested, [125, 250, 500, 1000]),
    "page (MB of html)": (big_page, [6.25, 12.5, 25, 50]),
}


def run() -> list[tuple[str, dict[str, Any], str]]:
    """Each case at each size; per case its largest row and its flag."""
    settings = Settings(max_article_bytes=64 * MB)
    print(describe(), flush=True)
    pipeline = Pipeline(settings.model)
    warm_up(pipeline, settings)
    summary = []
    for case, (make, sizes) in CASES.items():
        rows = grow(case, make, sizes, pipeline, settings, width=32)
        summary.append((case, rows[-1], verdict(rows) or "ok"))
    return summary


def baseline(src: Path) -> list[tuple[str, dict[str, Any], str]]:
    """The same run by the newswire found in ``src`` (its own process)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "summary.json"
        subprocess.run([sys.executable, __file__, "--json", str(out)],
                       env={**os.environ, "PYTHONPATH": str(src)}, check=True)
        return [tuple(row) for row in json.loads(out.read_text())]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baseline-src", type=Path, default=None,
                        help="also run the newswire of DIR (e.g. /work/wt/base26/src)")
    parser.add_argument("--json", type=Path, help=argparse.SUPPRESS)  # the baseline's child
    args = parser.parse_args()
    base = baseline(args.baseline_src) if args.baseline_src else None
    ours = run()
    if args.json:
        args.json.write_text(json.dumps(ours))
        return
    print("\ncase | tree | largest n | payload B | wall s | cpu s | peak MB | event B | flag")
    for index, (case, row, flag) in enumerate(ours):
        trees = [("base", *base[index][1:]), ("this tree", row, flag)] if base else [
            ("this tree", row, flag)]
        for tree, cells, mark in trees:
            print(f"{case} | {tree} | {cells['n']} | {cells['payload']} | {cells.get('seconds')}"
                  f" | {cells.get('cpu')} | {cells.get('peak')} | "
                  f"{cells.get('events', cells.get('error'))} | {mark}")


if __name__ == "__main__":
    main()
