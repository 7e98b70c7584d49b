"""CPU time of ``clean_html`` per WCXB dev page, of several ``src/`` trees interleaved.

Each tree (and trafilatura alone: ``extract(html, url=url)``, its defaults) runs in its own
worker process, which loads the pages and warms up on the first ``--warm`` of them (imports,
dateparser's locales, compiled patterns: paid once per worker, not per page). The driver
then hands the same batch of pages to each worker in turn, batch after batch, the order of
the workers rotating from one batch to the next: other processes sharing the cores slow
every tree alike. Printed: the machine, CPU ms per page of each, and their ratios.

Usage: ``python bench/clean_html_speed.py --src new=src --src base=/work/wt/base22/src
[--src pre13=/work/wt/pre13/src] [--trafilatura] [--limit 400] [--batch 20] [--rounds 3]
[--stride 7] [--wcxb DIR]``
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def worker(src: str, limit: int, warm: int, data: str | None = None, stride: int = 1) -> None:
    """Read batches (first, last page index) on stdin; write each batch's CPU seconds."""
    if src != "trafilatura":
        sys.path.insert(0, src)
    sys.path.insert(0, str(BENCH))
    import wcxb

    pages = wcxb.load(Path(data) if data else wcxb.DATA, limit=(warm + limit) * stride)[::stride]
    if len(pages) < warm + limit:  # else the parent reads an empty line and fails obscurely
        raise SystemExit(f"only {len(pages)} pages at --stride {stride}: lower --limit "
                         f"to {len(pages) - warm} or --stride")
    if src == "trafilatura":
        import trafilatura

        def run(i: int) -> object:
            return trafilatura.extract(pages[i].html, url=pages[i].url)
    else:
        from newswire.nlp.boilerplate.clean import clean_html

        def run(i: int) -> object:
            return clean_html(pages[i].html, pages[i].url)
    for i in range(warm):
        run(i)
    # dateparser compiles each locale's patterns the first time a string reaches it (seconds
    # for all of them): once per worker, so before the timed pages.
    from htmldate.extractors import _external_date

    _external_date("qqq 12 zzz")
    print("ready", flush=True)
    for request in sys.stdin:
        first, last = json.loads(request)
        started = time.process_time()
        for i in range(warm + first, warm + last):
            run(i)
        print(json.dumps(time.process_time() - started), flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", action="append", default=[], help="NAME=DIR, repeatable")
    parser.add_argument("--trafilatura", action="store_true", help="trafilatura alone too")
    parser.add_argument("--limit", type=int, default=400, help="pages timed")
    parser.add_argument("--warm", type=int, default=20, help="pages run first, untimed")
    parser.add_argument("--batch", type=int, default=20)
    parser.add_argument("--stride", type=int, default=1,
                        help="every Nth page (WCXB dev is sorted by kind: articles first)")
    parser.add_argument("--rounds", type=int, default=1,
                        help="time every page this many times (the ratios of each round too)")
    parser.add_argument("--wcxb", help="WCXB dev (default: ../shared beside the checkout)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.limit, args.warm, args.wcxb, args.stride)
        return 0
    sys.path.insert(0, str(BENCH))
    from machine import machine

    trees = dict(s.split("=", 1) for s in args.src)
    if args.trafilatura:
        trees["trafilatura"] = "trafilatura"
    workers = {}
    for name, src in trees.items():
        command = [sys.executable, __file__, "--worker", str(Path(src).resolve())
                   if src != "trafilatura" else src,
                   "--limit", str(args.limit), "--warm", str(args.warm),
                   "--stride", str(args.stride),
                   *(["--wcxb", str(Path(args.wcxb).resolve())] if args.wcxb else [])]
        workers[name] = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONPATH": ""})
    for proc in workers.values():
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
    names = list(workers)
    rounds = [_timed_round(workers, names, args.limit, args.batch) for _ in range(args.rounds)]
    seconds = {name: sum(r[name] for r in rounds) / len(rounds) for name in names}
    for proc in workers.values():
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait()
    print(json.dumps(machine()))
    print(f"{args.limit} WCXB dev pages (every {args.stride}th; after {args.warm} untimed), "
          f"batches of {args.batch}, "
          f"interleaved, {args.rounds} round(s); CPU ms per page (mean of the rounds):")
    for name in names:
        ms = 1000 * seconds[name] / args.limit
        ratios = "  ".join(f"{ms / (1000 * seconds[o] / args.limit):.2f}x {o}"
                           for o in names if o != name)
        print(f"  {name:<12} {ms:7.1f} ms   {ratios}")
    if len(rounds) > 1:
        first = names[0]
        for name in names[1:]:
            each = "  ".join(f"{r[first] / r[name]:.2f}" for r in rounds)
            print(f"  {first} / {name} by round: {each}")
    return 0


def _timed_round(workers: dict[str, subprocess.Popen[str]], names: list[str], limit: int,
                 batch: int) -> dict[str, float]:
    """One pass over the pages, batch after batch, the workers' order rotating: CPU seconds
    of each worker."""
    seconds = dict.fromkeys(names, 0.0)
    for n, first in enumerate(range(0, limit, batch)):
        last = min(first + batch, limit)
        for name in names[n % len(names):] + names[:n % len(names)]:
            proc = workers[name]
            assert proc.stdin is not None
            assert proc.stdout is not None
            proc.stdin.write(json.dumps([first, last]) + "\n")
            proc.stdin.flush()
            seconds[name] += float(proc.stdout.readline())
    return seconds


if __name__ == "__main__":
    raise SystemExit(main())
