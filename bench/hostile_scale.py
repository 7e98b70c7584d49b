"""How the worker's cost grows with hostile input: time, memory and event bytes at n..8n.

For each family of hostile input (link floods, quote floods, one huge sentence, thousands of
lines, names or datelines, HTML bombs and tables, huge JSON-LD, zero-width floods, plain
prose up to ``NEWSWIRE_MAX_ARTICLE_BYTES``), the payload a producer would send is decoded
and enriched as the worker does it (``decode_message``, ``Pipeline.enrich``, then every
event serialised and bounded as ``checked_outputs`` does), at sizes n, 2n, 4n and 8n, each
in a child forked from a parent with the models loaded (so each child's peak memory is its
own). Printed per size: seconds (wall and CPU: the machine is shared, CPU is what the flags
read), the child's resident memory before and at peak, the payload and event bytes and the
counts that make an event grow (links, removed lines, mentions, quotes).

A family is flagged when time or memory grows faster than linearly (doubling the input more
than ~2.6 times the cost, above a floor) or when its largest size takes over 20 s or 1 GB.

    nice -n 10 .venv/bin/python bench/hostile_scale.py                 # every family
    nice -n 10 .venv/bin/python bench/hostile_scale.py --only links_line quotes_para
    nice -n 10 .venv/bin/python bench/hostile_scale.py --profile html_table --n 8000
    nice -n 10 .venv/bin/python bench/hostile_scale.py --only links_line \
        --baseline-src /work/main/src       # the same families by another tree, side by side

The families are built in ``hostile_inputs.py``.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import resource
import select
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import Any

from hostile_inputs import FAMILIES, html, page, text
from machine import describe
from newswire.errors import NewswireError
from newswire.io import ingest
from newswire.nlp.pipeline import Pipeline
from newswire.settings import Settings
from newswire.stream import outputs as stream_outputs

TIMEOUT_S = 120.0
SLOW_S = 20.0
BIG_MB = 1000.0
#: Doubling the input may cost this much more before it counts as faster than linear.
GROWTH = 2.6


def counts(article: Any) -> dict[str, int]:
    """What makes an event grow: removed lines, links, entities, mentions, quotes."""
    return {
        "removed": len(article.boilerplate.removed_lines),
        "links": len(article.boilerplate.links),
        "entities": len(article.entities),
        "mentions": sum(len(e.mentions) for e in article.entities),
        "quotes": len(article.quotes),
    }


def worker_outputs(article: Any, settings: Settings) -> list[Any]:
    """The article's events as the worker makes them: bounded where the tree bounds them
    (``bounded_outputs``), all of them in a tree from before that (to measure it too)."""
    bounded = getattr(stream_outputs, "bounded_outputs", None)
    if bounded is None:
        return list(stream_outputs.article_outputs(article))
    return list(bounded(article, settings.max_message_bytes, settings.max_events_bytes))


def decode(payload: bytes, settings: Settings) -> Any:
    """``payload`` decoded as the worker decodes it, with the input limits the tree has."""
    limits = getattr(ingest, "InputLimits", None)
    if limits is None:  # a tree from before the url and source limits
        return ingest.decode_message(payload, settings.max_article_bytes, key=b"bench")
    return ingest.decode_message(payload, limits.of(settings), key=b"bench")


def rss_mb() -> float:
    status = Path("/proc/self/status").read_text().splitlines()
    return int(next(x for x in status if x.startswith("VmRSS")).split()[1]) / 1024


def measure(pipeline: Pipeline, payload: bytes, settings: Settings) -> dict[str, Any]:
    """Enrich ``payload`` as the worker does and serialise its events; what it cost."""
    before = rss_mb()
    started, cpu = time.perf_counter(), time.process_time()
    result: dict[str, Any] = {}
    try:
        raw = decode(payload, settings)
        article = pipeline.enrich(raw)
        outputs = worker_outputs(article, settings)
        result |= {"events": sum(len(o.value) for o in outputs),
                   "largest": max(len(o.value) for o in outputs), **counts(article)}
    except NewswireError as exc:
        result["error"] = type(exc).__name__
    result |= {"seconds": round(time.perf_counter() - started, 2),
               "cpu": round(time.process_time() - cpu, 2), "rss_before": round(before),
               "peak": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}
    return result


def in_child(pipeline: Pipeline, payload: bytes, settings: Settings) -> dict[str, Any]:
    """:func:`measure` in a forked child, killed after :data:`TIMEOUT_S`."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        try:
            out = json.dumps(measure(pipeline, payload, settings)).encode()
        except BaseException as exc:  # noqa: BLE001 - report the crash, whatever it is
            out = json.dumps({"error": f"crash {exc!r}"[:200]}).encode()
        os.write(write_end, out)
        os._exit(0)
    os.close(write_end)
    ready, _, _ = select.select([read_end], [], [], TIMEOUT_S)
    if not ready:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(read_end)
        return {"error": f"timeout {TIMEOUT_S:.0f}s", "seconds": TIMEOUT_S}
    chunks = []
    while chunk := os.read(read_end, 65536):
        chunks.append(chunk)
    os.close(read_end)
    os.waitpid(pid, 0)
    return dict(json.loads(b"".join(chunks) or b'{"error": "child died"}'))


def verdict(rows: list[dict[str, Any]]) -> str:
    """Why a family's growth or largest size is a problem ("" when it is not)."""
    flags = []
    last = rows[-1]
    if "timeout" in str(last.get("error", "")) or last.get("cpu", 0) > SLOW_S:
        flags.append("slow")
    if last.get("peak", 0) > BIG_MB:
        flags.append("memory")
    for a, b in pairwise(rows):
        if b.get("cpu", 0) > 1.0 and b["cpu"] > GROWTH * max(a.get("cpu", 0), 0.05):
            flags.append("time superlinear")
        grew, grew_before = b.get("peak", 0) - b.get("rss_before", 0), a.get("peak", 0) - a.get(
            "rss_before", 0)
        if grew > 100 and grew > GROWTH * max(grew_before, 10):
            flags.append("memory superlinear")
        if b.get("events", 0) > 1_000_000 and b["events"] > GROWTH * max(a.get("events", 1), 1):
            flags.append("events superlinear")
    return ", ".join(dict.fromkeys(flags))


def warm_up(pipeline: Pipeline, settings: Settings) -> None:
    """Load every model and lazy table once, before the children are forked."""
    for raw in (text("Alice Smith said \"we will win\" in Paris on Monday. " * 5),
                text("Marie Dupont a déclaré « nous allons gagner » à Paris lundi. " * 5),
                html(page("<p>Bob Jones met Carl Dahl.</p>"))):
        pipeline.enrich(decode(raw, settings))


def grow(name: str, make: Callable[[Any], bytes], sizes: list[Any], pipeline: Pipeline,
         settings: Settings, width: int = 20) -> list[dict[str, Any]]:
    """``make`` of each size measured in a child, each row printed; stops at a timeout."""
    rows = []
    for n in sizes:
        payload = make(n)
        row = {"n": n, "payload": len(payload), **in_child(pipeline, payload, settings)}
        rows.append(row)
        print(f"{name:{width}} {json.dumps(row)}", flush=True)
        if "timeout" in str(row.get("error", "")):
            break
    return rows


def run(families: list[str], scales: list[int], base: int | None
        ) -> list[tuple[str, dict[str, Any], str]]:
    """Each family at each scale; per family its largest row and its flags."""
    settings = Settings()
    print(describe(), flush=True)
    print(f"max_article_bytes={settings.max_article_bytes}", flush=True)
    pipeline = Pipeline(settings.model)
    warm_up(pipeline, settings)
    summary = []
    for family in families:
        make, n0 = FAMILIES[family]
        rows = grow(family, make, [(base or n0) * scale for scale in scales], pipeline, settings)
        flag = verdict(rows)
        summary.append((family, rows[-1], flag))
        print(f"{family:20} => {flag or 'ok'}", flush=True)
    return summary


def cells(row: dict[str, Any], flag: str) -> str:
    return (f"{row.get('seconds')} | {row.get('cpu', '-')} | {row.get('peak', '-')} | "
            f"{row.get('events', row.get('error', '-'))} | {flag or 'ok'}")


def print_summary(summary: list[tuple[str, dict[str, Any], str]]) -> None:
    print("\nfamily | largest n | payload B | s | cpu s | peak MB | event B | flag")
    for family, row, flag in summary:
        print(f"{family} | {row['n']} | {row['payload']} | {cells(row, flag)}")


def baseline_summary(src: Path, args: argparse.Namespace
                     ) -> list[tuple[str, dict[str, Any], str]]:
    """The same run by the newswire found in ``src`` (its own process)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "summary.json"
        command = [sys.executable, __file__, "--json", str(out), "--scales",
                   *map(str, args.scales), "--only", *(args.only or list(FAMILIES))]
        if args.n:
            command += ["--n", str(args.n)]
        subprocess.run(command, env={**os.environ, "PYTHONPATH": str(src)}, check=True)
        return [tuple(row) for row in json.loads(out.read_text())]  # type: ignore[misc]


def print_beside(src: Path, baseline: list[tuple[str, dict[str, Any], str]],
                 ours: list[tuple[str, dict[str, Any], str]]) -> None:
    print(f"\nbaseline = the newswire of {src}; this tree below it (largest n of each family)")
    print("family | tree | largest n | payload B | s | cpu s | peak MB | event B | flag")
    for (family, row, flag), (_, base_row, base_flag) in zip(ours, baseline, strict=True):
        print(f"{family} | baseline | {base_row['n']} | {base_row['payload']} | "
              f"{cells(base_row, base_flag)}")
        print(f"{family} | this tree | {row['n']} | {row['payload']} | {cells(row, flag)}")


def profile(family: str, n: int, top: int) -> None:
    settings = Settings()
    pipeline = Pipeline(settings.model)
    warm_up(pipeline, settings)
    payload = FAMILIES[family][0](n)
    profiler = cProfile.Profile()
    profiler.enable()
    print(measure(pipeline, payload, settings))
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", nargs="*", default=None, choices=sorted(FAMILIES))
    parser.add_argument("--scales", nargs="*", type=int, default=[1, 2, 4, 8])
    parser.add_argument("--n", type=int, default=None, help="base size (default: per family)")
    parser.add_argument("--profile", choices=sorted(FAMILIES), default=None)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--baseline-src", type=Path, default=None,
                        help="also run the newswire of DIR (e.g. /work/main/src), side by side")
    parser.add_argument("--json", type=Path, help=argparse.SUPPRESS)  # the baseline's child
    args = parser.parse_args()
    if args.profile:
        profile(args.profile, args.n or FAMILIES[args.profile][1] * 8, args.top)
        return
    baseline = baseline_summary(args.baseline_src, args) if args.baseline_src else None
    summary = run(args.only or list(FAMILIES), args.scales, args.n)
    if args.json:
        args.json.write_text(json.dumps(summary))
    print_summary(summary)
    if baseline is not None:
        print_beside(args.baseline_src, baseline, summary)


if __name__ == "__main__":
    main()
