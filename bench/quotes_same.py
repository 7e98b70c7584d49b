"""Every field of every quote, and ``extract_quotes``'s CPU time, this tree beside another.

A speed change to the quotes stage must leave every quote as it was. This reads the chosen
articles once per tree as the pipeline does (fresh tuning halves sent through
``Pipeline.enrich``; PolNeAR as ``quotes_eval.py`` reads it), keeps the arguments each call
of ``extract_quotes`` got, and then:

- ``--dump FILE``: writes each article's quotes, every field (``model_dump_json``), one line
  an article, for ``cmp`` against the other tree's file;
- ``--rounds N``: times ``extract_quotes`` alone over every article, the two trees taking
  turns (one child process each, told by the parent when to run one pass), and prints the
  best CPU time of each, so both see the same load;
- ``--profile FILE``: writes a cProfile of one pass (this tree only), in CPU time.

spaCy's docs are kept on disk by text (:mod:`doc_cache`): both trees read the same docs.

    nice .venv/bin/python bench/quotes_same.py --fresh a,b,fr-tune --polnear train:400 \
        --baseline-src /work/wt/base43/src --calls /tmp/calls.pickle --dump /tmp/q --rounds 5

``--calls`` keeps the calls (docs, entities, arguments) in a pickle the first tree writes and
the others read, so each tree reads the articles no more; ``--tree NAME=SRC`` adds a tree
(a commit's ``src/``, ``git archive``) to the turns.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pickle
import time
from pathlib import Path
from typing import Any

from interleave import add_tree_arguments, ask, best_of, cpu_seconds, finish, serve, start_trees


def _calls(fresh: str, polnear: list[str], data: Path) -> list[tuple[str, tuple[Any, ...],
                                                                     dict[str, Any]]]:
    """(article, args, kwargs) of each ``extract_quotes`` call the chosen articles make."""
    import newswire.nlp.pipeline as pipeline_module
    from fresh_eval import DATA, HALVES, chosen
    from newswire.models import RawArticle

    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []
    real = pipeline_module.extract_quotes
    current = [""]

    def recording(*args: Any, **kwargs: Any) -> Any:
        calls.append((current[0], args, kwargs))
        return real(*args, **kwargs)

    pipeline_module.extract_quotes = recording  # type: ignore[assignment]
    pipeline = pipeline_module.Pipeline()
    prefixes = tuple(q for p in fresh.split(",") if p for q in HALVES.get(p, (p,)))
    if prefixes:
        for path in sorted(p for p in DATA.glob("*.txt") if chosen(p.stem, prefixes)):
            current[0] = path.stem
            pipeline.enrich(RawArticle(id=path.stem, text=path.read_text(encoding="utf-8")))
    pipeline_module.extract_quotes = real  # type: ignore[assignment]
    for choice in polnear:
        calls.extend(_polnear_calls(pipeline.models.full("en"), data, choice))
    return calls


def _polnear_calls(nlp: Any, data: Path, choice: str) -> list[tuple[str, tuple[Any, ...],
                                                                    dict[str, Any]]]:
    """``split[:skip[:limit]]`` of PolNeAR, read as ``quotes_eval.py`` reads it."""
    from newswire.nlp.boilerplate import find_dateline
    from newswire.nlp.entities.extract import Context, extract_entities
    from quotes_eval import _body_for_model
    from quotes_gold import articles

    split, *rest = choice.split(":")
    skip = int(rest[0]) if rest else 0
    limit = int(rest[1]) if len(rest) > 1 else None
    chosen = articles(data, split)[skip:]
    body_for_model = _body_for_model()
    calls = []
    for text_path, _ in chosen[:limit]:
        title, _, body = text_path.read_text(encoding="utf-8").partition("\n")
        dateline = find_dateline(body)
        title_doc, body_doc = nlp.pipe([title, body_for_model(nlp, body)])
        entities = extract_entities(title_doc, body_doc, Context(model=nlp, dateline=dateline))
        calls.append((f"{split}/{text_path.stem}", (title_doc, body_doc, entities),
                      {"dateline_end": dateline.end if dateline else 0}))
    return calls


def _one_pass(calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]]) -> list[Any]:
    from newswire.nlp.quotes.extract import extract_quotes

    return [extract_quotes(*args, **kwargs) for _, args, kwargs in calls]


def _read_calls(args: argparse.Namespace) -> list[tuple[str, tuple[Any, ...], dict[str, Any]]]:
    """The calls, read from the articles or, with ``--calls``, from the file a first read
    pickled there (docs, entities and arguments as the pipeline made them)."""
    if args.calls is not None and args.calls.exists():
        with args.calls.open("rb") as source:
            calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = pickle.load(source)
        _forget_indexes(calls, keep=("newswire.dateline",))
        return calls
    from doc_cache import install

    install(args.doc_cache)
    calls = _calls(args.fresh, args.polnear, args.data)
    if args.calls is None:
        return calls
    with args.calls.open("wb") as sink:
        pickle.dump(calls, sink)
    # Every tree then reads the same pickled docs (their own vocab, no model beside them).
    return _read_calls(args)


def _forget_indexes(calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]],
                    keep: tuple[str, ...] = ("newswire.dateline", "newswire.text")) -> None:
    """Drop what the quotes stage kept on the docs (groups of words, heads, sentences), so a
    timed pass builds them as the pipeline does, once an article; the pipeline's own marks
    stay (the dateline; the text, which the pass that made a doc keeps)."""
    for _, call_args, _ in calls:
        for doc in call_args[:2]:
            for key in [k for k in doc.user_data if k not in keep]:
                del doc.user_data[key]


def child(args: argparse.Namespace) -> None:
    """Read the articles, then answer the parent: ``dump FILE``, ``time``, ``profile FILE``."""
    calls = _read_calls(args)

    def dump(arg: str) -> str:
        first, second = _one_pass(calls), _one_pass(calls)
        with Path(arg).open("w", encoding="utf-8") as sink:
            for (article, _, _), quotes, again in zip(calls, first, second, strict=True):
                dumped = [q.model_dump_json() for q in quotes]
                if dumped != [q.model_dump_json() for q in again]:
                    dumped.append("SECOND PASS DIFFERS")
                sink.write(json.dumps({"article": article, "quotes": dumped}) + "\n")
        return "done"

    def timed(_: str) -> str:
        _forget_indexes(calls)
        return cpu_seconds(lambda: _one_pass(calls))

    def profile(arg: str) -> str:
        # CPU time: under load a wall-clock profile blames whatever call was descheduled.
        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
        _one_pass(calls)
        profiler.disable()
        profiler.dump_stats(arg)
        return "done"

    serve(len(calls), {"dump": dump, "time": timed, "profile": profile})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--fresh", default="", help="fresh halves, sets or ids (tuning only)")
    parser.add_argument("--polnear", action="append", default=[],
                        help="split[:skip[:limit]] of PolNeAR (train or dev)")
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data/polnear"))
    add_tree_arguments(parser)
    parser.add_argument("--dump", help="prefix of the files written (.new, .base)")
    parser.add_argument("--rounds", type=int, default=0)
    parser.add_argument("--profile", help="cProfile output of one pass of this tree")
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    processes = start_trees(__file__, args, ["--data", str(args.data),
                                             *(x for p in args.polnear for x in ("--polnear", p))])
    if args.dump:
        for name, process in processes.items():
            ask(process, f"dump {args.dump}.{name}")
        print(f"dumped {', '.join(f'{args.dump}.{n}' for n in processes)}")
    if args.profile:
        ask(processes["new"], f"profile {args.profile}")
    if args.rounds:
        best = best_of(processes, args.rounds)
        for name, seconds in best.items():
            print(f"  {name:5} best of {args.rounds}: {seconds:.3f} s CPU")
        if "base" in best:
            for name, seconds in best.items():
                print(f"  {name} / base {seconds / best['base']:.3f}")
    finish(processes)


if __name__ == "__main__":
    main()
