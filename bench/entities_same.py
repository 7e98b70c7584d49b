"""Every field of every entity, and ``extract_entities``'s CPU time and calls, this tree
beside another.

A speed change to the entities stage must leave every entity as it was. This sends the
chosen fresh articles (tuning halves, sets or ids only) through ``Pipeline.enrich`` once,
keeps the arguments of each ``extract_entities`` call (the docs, the batch's reading of
capitals, the registry's knowledge, the dateline; the model is dropped: with the capitals
read, the stage does not use it), and then:

- ``--dump FILE``: writes each article's entities, every field (``model_dump_json``), one
  line an article, for ``cmp`` against the other tree's file (two passes: a second that
  differs is marked);
- ``--profile``: one cProfile pass per tree (CPU time), its total of calls printed and its
  stats written beside the dump prefix (``FILE.NAME.prof``) when one is given;
- ``--rounds N``: times ``extract_entities`` alone over every article, the trees taking
  turns (one child process each), and prints the best CPU time of each.

    nice .venv/bin/python bench/entities_same.py --fresh zs,zzz --calls /tmp/e.pickle \
        --baseline-src /work/wt/base55/src --dump /tmp/e --profile --rounds 5

``--calls`` keeps the calls in a pickle the first tree writes and the others read (each
tree then reads the same docs); ``--tree NAME=SRC`` adds a tree to the turns.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pickle
import pstats
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from machine import describe

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path("/tmp") / f"newswire-docs-{os.getuid()}.sqlite"
Call = tuple[str, tuple[Any, ...]]


def _calls(fresh: str) -> list[Call]:
    """(article, (title_doc, body_doc, context)) of each ``extract_entities`` call."""
    import newswire.nlp.pipeline as pipeline_module
    from fresh_eval import DATA, HALVES, chosen
    from newswire.models import RawArticle
    from newswire.nlp.doc_texts import text_of
    from newswire.nlp.entities.extract import Context
    from newswire.nlp.entities.spans.recase import read_capitals

    calls: list[Call] = []
    real = pipeline_module.extract_entities
    current = [""]

    def recording(title_doc: Any, body_doc: Any, context: Any) -> Any:
        capitals = context.capitals
        if capitals is None and context.model is not None and context.model.lang == "en":
            capitals = read_capitals(context.model,
                                     [(text_of(title_doc), text_of(body_doc))])[0]
        kept = Context(known=context.known, capitals=capitals, dateline=context.dateline)
        calls.append((current[0], (title_doc, body_doc, kept)))
        return real(title_doc, body_doc, context)

    pipeline_module.extract_entities = recording  # type: ignore[assignment]
    pipeline = pipeline_module.Pipeline()
    prefixes = tuple(q for p in fresh.split(",") if p for q in HALVES.get(p, (p,)))
    for path in sorted(p for p in DATA.glob("*.txt") if chosen(p.stem, prefixes)):
        current[0] = path.stem
        pipeline.enrich(RawArticle(id=path.stem, text=path.read_text(encoding="utf-8")))
    pipeline_module.extract_entities = real  # type: ignore[assignment]
    return calls


def _read_calls(args: argparse.Namespace) -> list[Call]:
    """The calls, from the articles or from the pickle a first read wrote."""
    if args.calls is not None and args.calls.exists():
        with args.calls.open("rb") as source:
            calls: list[Call] = pickle.load(source)
        return calls
    from doc_cache import install

    install(args.doc_cache)
    calls = _calls(args.fresh)
    if args.calls is None:
        return calls
    with args.calls.open("wb") as sink:
        pickle.dump(calls, sink)
    return _read_calls(args)


def _one_pass(calls: list[Call]) -> list[Any]:
    from newswire.nlp.entities.extract import extract_entities

    return [extract_entities(*call_args) for _, call_args in calls]


def child(args: argparse.Namespace) -> None:
    """Read the calls, then answer the parent: ``dump FILE``, ``time``, ``profile [FILE]``."""
    calls = _read_calls(args)
    print(f"ready {len(calls)}", flush=True)
    for line in sys.stdin:
        command, _, arg = line.strip().partition(" ")
        if command == "dump":
            first, second = _one_pass(calls), _one_pass(calls)
            with Path(arg).open("w", encoding="utf-8") as sink:
                for (article, _), entities, again in zip(calls, first, second, strict=True):
                    dumped = [e.model_dump_json() for e in entities]
                    if dumped != [e.model_dump_json() for e in again]:
                        dumped.append("SECOND PASS DIFFERS")
                    sink.write(json.dumps({"article": article, "entities": dumped}) + "\n")
            print("done", flush=True)
        elif command == "time":
            started = time.process_time()
            _one_pass(calls)
            print(f"{time.process_time() - started:.6f}", flush=True)
        elif command == "profile":
            _one_pass(calls)  # warm-up: lazy tables and memos of the words
            profiler = cProfile.Profile(time.process_time)
            profiler.enable()
            _one_pass(calls)
            profiler.disable()
            if arg:
                profiler.dump_stats(arg)
            print(pstats.Stats(profiler).total_calls, flush=True)  # type: ignore[attr-defined]


def _start(src: Path, args: argparse.Namespace) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": f"{src}{os.pathsep}{Path(__file__).parent}"}
    command = [sys.executable, __file__, "--child", "--fresh", args.fresh,
               "--doc-cache", str(args.doc_cache),
               *(("--calls", str(args.calls)) if args.calls else ())]
    return subprocess.Popen(command, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True)


def _ask(process: subprocess.Popen[str], command: str) -> str:
    assert process.stdin is not None
    assert process.stdout is not None
    process.stdin.write(command + "\n")
    process.stdin.flush()
    return process.stdout.readline().strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--fresh", default="", help="fresh halves, sets or ids (tuning only)")
    parser.add_argument("--baseline-src", type=Path)
    parser.add_argument("--tree", action="append", default=[], metavar="NAME=SRC")
    parser.add_argument("--doc-cache", type=Path, default=CACHE)
    parser.add_argument("--calls", type=Path, help="pickle of the calls (written when missing)")
    parser.add_argument("--dump", help="prefix of the files written (.new, .base, ...)")
    parser.add_argument("--profile", action="store_true", help="count each tree's calls")
    parser.add_argument("--rounds", type=int, default=0)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    trees = {"new": ROOT / "src"}
    if args.baseline_src is not None:
        trees["base"] = args.baseline_src
    trees.update((name, Path(src)) for name, src in (t.split("=", 1) for t in args.tree))
    processes: dict[str, subprocess.Popen[str]] = {}
    for name, src in trees.items():
        processes[name] = _start(src, args)
        assert processes[name].stdout is not None
        # One at a time: the first pickles the calls, the others read them.
        print(f"{name}: {processes[name].stdout.readline().strip()} calls", flush=True)
    if args.dump:
        for name, process in processes.items():
            _ask(process, f"dump {args.dump}.{name}")
        print(f"dumped {', '.join(f'{args.dump}.{n}' for n in processes)}")
    if args.profile:
        for name, process in processes.items():
            stats = f"{args.dump}.{name}.prof" if args.dump else ""
            print(f"  {name:5} calls under cProfile: {int(_ask(process, f'profile {stats}')):,}",
                  flush=True)
    if args.rounds:
        for process in processes.values():
            _ask(process, "time")  # warm-up
        best = {name: float("inf") for name in processes}
        for turn in range(args.rounds):
            seconds = {name: float(_ask(process, "time")) for name, process in processes.items()}
            for name, taken in seconds.items():
                best[name] = min(best[name], taken)
            print(f"  turn {turn + 1}: " + ", ".join(f"{n} {t:.3f} s" for n, t in seconds.items()),
                  flush=True)
        for name, seconds in best.items():
            ratio = f" ({seconds / best['base']:.3f}x base)" if "base" in best else ""
            print(f"  {name:5} best of {args.rounds}: {seconds:.3f} s CPU{ratio}")
    for process in processes.values():
        assert process.stdin is not None
        process.stdin.close()
        process.wait()
    print(describe())
    print(f"load average {os.getloadavg()}")


if __name__ == "__main__":
    main()
