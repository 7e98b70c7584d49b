"""The quote and entity stages' CPU time on fresh tuning articles, several source trees
interleaved in one run (review53b's tool; a bench script kept for the record).

Each tree runs in a child process (``PYTHONPATH=<src>:bench``): every chosen article is
enriched once through ``Pipeline.enrich`` (the docs and entities recorded as the pipeline
hands them to ``extract_entities`` and ``extract_quotes``), then both stages are re-run
over the recorded inputs, best CPU time of ``--repeat``. Rounds alternate the trees
(A B C, A B C, ...) so each sees the same load. Only tuning sets may be named.

    .venv/bin/python handoff/review53b-tools/stage_speed.py --articles zzzx,zzh \
        --tree base=/work/wt/base53/src --tree frqc=/tmp/review53b/trees/frqc53/src
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path("/work/wt/review53b/bench")


def child(articles: str, repeat: int, profile: str | None) -> None:
    """Parse the chosen articles once, then time both stages; print one JSON line."""
    sys.path.insert(0, str(BENCH))
    from fresh_halves import HALVES, chosen

    import newswire.nlp.pipeline as pipeline_module
    from newswire.models import RawArticle
    from newswire.nlp.pipeline import Pipeline

    prefixes = tuple(q for p in articles.split(",") if p for q in HALVES.get(p, (p,)))
    data = BENCH / "data" / "fresh"
    calls: list[tuple[str, tuple, dict]] = []
    real_entities, real_quotes = pipeline_module.extract_entities, pipeline_module.extract_quotes

    def entities(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(("e", args, kwargs))
        return real_entities(*args, **kwargs)

    def quotes(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(("q", args, kwargs))
        return real_quotes(*args, **kwargs)

    pipeline_module.extract_entities, pipeline_module.extract_quotes = entities, quotes
    pipeline = Pipeline()
    paths = sorted(p for p in data.glob("*.txt") if chosen(p.stem, prefixes))
    for path in paths:
        pipeline.enrich(RawArticle(id=path.stem, text=path.read_text(encoding="utf-8")))
    ents = [(a, k) for kind, a, k in calls if kind == "e"]
    quots = [(a, k) for kind, a, k in calls if kind == "q"]

    def once(stage, recorded) -> float:  # type: ignore[no-untyped-def]
        started = time.process_time()
        for args, kwargs in recorded:
            stage(*args, **kwargs)
        return time.process_time() - started

    once(real_quotes, quots)
    if profile:
        import cProfile
        cProfile.runctx("once(real_quotes, quots)", globals(), locals(), profile)
        cProfile.runctx("once(real_entities, ents)", globals(), locals(),
                        profile.replace(".prof", ".entities.prof"))
    q = min(once(real_quotes, quots) for _ in range(repeat))
    e = min(once(real_entities, ents) for _ in range(repeat))
    print(json.dumps({"articles": len(paths), "quotes_ms": 1000 * q / len(paths),
                      "entities_ms": 1000 * e / len(paths)}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", required=True)
    parser.add_argument("--tree", action="append", default=[], metavar="NAME=SRC")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--profile-dir", help="write a cProfile of one quote pass per tree")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--profile", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.articles, args.repeat, args.profile)
        return
    trees = dict(t.split("=", 1) for t in args.tree)
    results: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    for round_ in range(args.rounds):
        for name, src in trees.items():
            env = {**os.environ, "PYTHONPATH": f"{src}{os.pathsep}{BENCH}"}
            command = [sys.executable, __file__, "--child", "--articles", args.articles,
                       "--repeat", str(args.repeat)]
            if args.profile_dir and round_ == 0:
                command += ["--profile", f"{args.profile_dir}/{name}.prof"]
            out = subprocess.run(command, env=env, check=True, stdout=subprocess.PIPE,
                                 text=True).stdout.strip().splitlines()[-1]
            row = json.loads(out)
            load = Path("/proc/loadavg").read_text().split()[0]
            print(f"round {round_ + 1} {name:10} {row['articles']} articles  quotes "
                  f"{row['quotes_ms']:7.2f} ms/article  entities {row['entities_ms']:7.2f}"
                  f"  (load {load}, {time.strftime('%H:%M:%S', time.gmtime())} UTC)",
                  flush=True)
            results[name].append(row)
    base = next(iter(trees))
    best_base = min(r["quotes_ms"] for r in results[base])
    for name, rows in results.items():
        best = min(r["quotes_ms"] for r in rows)
        print(f"best {name:10} quotes {best:7.2f} ms/article ({best / best_base:.3f}x {base}), "
              f"entities {min(r['entities_ms'] for r in rows):7.2f}")


if __name__ == "__main__":
    main()
