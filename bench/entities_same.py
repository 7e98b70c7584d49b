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
import pickle
import pstats
import time
from pathlib import Path
from typing import Any

from interleave import add_tree_arguments, ask, best_of, cpu_seconds, finish, serve, start_trees

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

    def dump(arg: str) -> str:
        first, second = _one_pass(calls), _one_pass(calls)
        with Path(arg).open("w", encoding="utf-8") as sink:
            for (article, _), entities, again in zip(calls, first, second, strict=True):
                dumped = [e.model_dump_json() for e in entities]
                if dumped != [e.model_dump_json() for e in again]:
                    dumped.append("SECOND PASS DIFFERS")
                sink.write(json.dumps({"article": article, "entities": dumped}) + "\n")
        return "done"

    def profile(arg: str) -> str:
        _one_pass(calls)  # warm-up: lazy tables and memos of the words
        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
        _one_pass(calls)
        profiler.disable()
        if arg:
            profiler.dump_stats(arg)
        return str(pstats.Stats(profiler).total_calls)  # type: ignore[attr-defined]

    serve(len(calls), {"dump": dump, "time": lambda _: cpu_seconds(lambda: _one_pass(calls)),
                       "profile": profile})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--fresh", default="", help="fresh halves, sets or ids (tuning only)")
    add_tree_arguments(parser)
    parser.add_argument("--dump", help="prefix of the files written (.new, .base, ...)")
    parser.add_argument("--profile", action="store_true", help="count each tree's calls")
    parser.add_argument("--rounds", type=int, default=0)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    processes = start_trees(__file__, args, one_at_a_time=True)
    if args.dump:
        for name, process in processes.items():
            ask(process, f"dump {args.dump}.{name}")
        print(f"dumped {', '.join(f'{args.dump}.{n}' for n in processes)}")
    if args.profile:
        for name, process in processes.items():
            stats = f"{args.dump}.{name}.prof" if args.dump else ""
            print(f"  {name:5} calls under cProfile: {int(ask(process, f'profile {stats}')):,}",
                  flush=True)
    if args.rounds:
        best = best_of(processes, args.rounds)
        for name, seconds in best.items():
            ratio = f" ({seconds / best['base']:.3f}x base)" if "base" in best else ""
            print(f"  {name:5} best of {args.rounds}: {seconds:.3f} s CPU{ratio}")
    finish(processes)


if __name__ == "__main__":
    main()
