"""Quote-stage call counts and CPU time of several source trees, interleaved in one run (the
code reviewer's, round 37 on; moved here from review54b-tools/calls2.py). The quote stage's
inputs (docs and entities, as the pipeline hands them to ``extract_quotes``) are made once
per input tree and pickled *before* the stage runs, so every pass (the cProfile pass and
each timed pass) reads fresh docs, as production does: no cache a first pass kept on a doc
(``Doc.user_data``) helps the next. Sets: ``polnear`` (PolNeAR dev) and ``fresh:LETTERS``
(fresh *tuning* sets only, as ``--articles`` takes them, e.g. ``fresh:zzzx,zzh,zzzz``).
Outputs are compared with the first tree's (count of articles that differ; nothing printed).
The entity stage's calls are counted while the inputs are made (``entities N calls`` in the
log), so a tree given its own INPUTSRC has its entity stage counted.

    python calls.py --out DIR --sets polnear --sets fresh:zzzx,zzh,zzzz \
        --tree base=SRC --tree en55=SRC:SRC ...

``NAME=SRC`` runs SRC on the inputs made by the first tree; ``NAME=SRC:INPUTSRC`` on inputs
made by INPUTSRC (a tree whose entity stage differs makes its own: ``en54=X:X``)."""

from __future__ import annotations

import argparse
import collections
import copy
import hashlib
import json
import os
import pickle
import pstats
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(os.environ.get("BENCH", Path(__file__).resolve().parents[2] / "bench"))
POLNEAR = Path(os.environ.get("POLNEAR", "/work/shared/data/polnear"))
ENTITY_CALLS: list[int] = []


def _counted(stage):  # type: ignore[no-untyped-def]
    """The entity stage wrapped in cProfile; its calls summed into ENTITY_CALLS."""
    import cProfile

    def wrapped(*args, **kwargs):  # type: ignore[no-untyped-def]
        profile = cProfile.Profile()
        try:
            return profile.runcall(stage, *args, **kwargs)
        finally:
            ENTITY_CALLS.append(pstats.Stats(profile).total_calls)  # type: ignore[attr-defined]
    return wrapped


def polnear_inputs() -> list:
    from newswire.nlp.boilerplate import find_dateline
    from newswire.nlp.entities.extract import Context, extract_entities
    from newswire.nlp.pipeline import Pipeline
    from quotes_eval import _body_for_model
    from quotes_gold import articles

    nlp = Pipeline().nlp
    body_for_model = _body_for_model()
    recorded = []
    for text_path, _ in articles(POLNEAR, "dev"):
        title, _, body = text_path.read_text(encoding="utf-8").partition("\n")
        dateline = find_dateline(body)
        title_doc, body_doc = nlp.pipe([title, body_for_model(nlp, body)])
        entities = _counted(extract_entities)(title_doc, body_doc,
                                              Context(model=nlp, dateline=dateline))
        recorded.append(((title_doc, body_doc, entities),
                         {"dateline_end": dateline.end if dateline else 0}))
    return recorded


def fresh_inputs(letters: str) -> list:
    from fresh_halves import chosen

    import newswire.nlp.pipeline as pipeline_module
    from newswire.models import RawArticle
    from newswire.nlp.pipeline import Pipeline

    prefixes = tuple(letters.split(","))
    assert all(prefixes), "fresh: needs set letters (tuning sets only)"
    recorded: list = []
    real = pipeline_module.extract_quotes

    def quotes(*args, **kwargs):  # type: ignore[no-untyped-def]
        # the stage keeps its per-doc caches in user_data: put the docs back as they came
        docs = [a for a in args if hasattr(a, "user_data")]
        kept = [copy.deepcopy(d.user_data) for d in docs]
        recorded.append((args, kwargs))
        try:
            return real(*args, **kwargs)
        finally:
            for doc, data in zip(docs, kept, strict=True):
                doc.user_data.clear()
                doc.user_data.update(data)

    pipeline_module.extract_quotes = quotes
    pipeline_module.extract_entities = _counted(pipeline_module.extract_entities)
    pipeline = Pipeline()
    paths = sorted(p for p in (BENCH / "data" / "fresh").glob("*.txt")
                   if chosen(p.stem, prefixes))
    for path in paths:
        pipeline.enrich(RawArticle(id=path.stem, text=path.read_text(encoding="utf-8")))
    return recorded


def make_inputs(which: str, path: str) -> None:
    sys.path.insert(0, str(BENCH))
    recorded = polnear_inputs() if which == "polnear" else fresh_inputs(which.split(":", 1)[1])
    Path(path).write_bytes(pickle.dumps(recorded))
    Path(path + ".entities").write_text(str(sum(ENTITY_CALLS)))


def child(inputs: str, repeat: int, profile: str) -> None:
    sys.path.insert(0, str(BENCH))
    from newswire.nlp.quotes.extract import extract_quotes

    blob = Path(inputs).read_bytes()  # one pickle: the docs share their vocab

    def fresh() -> list:
        return pickle.loads(blob)

    found: list = []

    def once(recorded: list) -> float:
        found.clear()
        started = time.process_time()
        for args, kwargs in recorded:
            found.append(extract_quotes(*args, **kwargs))
        return time.process_time() - started

    once(fresh())  # warm the modules' own caches (tables, lru on words), as a worker has
    import cProfile
    recorded = fresh()
    cProfile.runctx("once(recorded)", globals(), locals(), profile)
    calls = pstats.Stats(profile).total_calls  # type: ignore[attr-defined]
    outputs = [[q.model_dump(mode="json") for q in quotes] for quotes in found]
    Path(profile.replace(".prof", ".json")).write_text(json.dumps(outputs))
    best = min(once(fresh()) for _ in range(repeat))
    n = len(found)
    print(json.dumps({"articles": n, "ms": 1000 * best / n, "calls": calls}))


def _same(out: str, base: str, name: str, which: str) -> str:
    a = json.loads(Path(f"{out}/{base}.{which}.json").read_text())
    b = json.loads(Path(f"{out}/{name}.{which}.json").read_text())
    return f"outputs differ in {sum(x != y for x, y in zip(a, b, strict=True))} of {len(a)}"


def _by_function(path: str) -> collections.Counter[str]:
    """A profile's calls by function (file below newswire/ or site-packages/, and name; lines
    left out, so trees at other paths and with moved lines compare)."""
    out: collections.Counter[str] = collections.Counter()
    for (file, _line, function), row in pstats.Stats(path).stats.items():  # type: ignore[attr-defined]
        out[f"{file.split('site-packages/')[-1].split('src/newswire/')[-1]} {function}"] += row[1]
    return out


def _moved(base: str, other: str, top: int) -> None:
    """The ``top`` functions whose calls moved most from ``base``'s profile to ``other``'s.
    A generator's calls are its resumptions: a row alone in a tree the change does not touch
    can be cProfile's attribution, so read the callers before calling it a cost."""
    a, b = _by_function(base), _by_function(other)
    moved = sorted((k for k in set(a) | set(b) if a[k] != b[k]), key=lambda k: -abs(b[k] - a[k]))
    for key in moved[:top]:
        print(f"    {b[key] - a[key]:+9,} {a[key]:>11,} {b[key]:>11,}  {key}")


def _run(src: str, command: list[str]) -> str:
    # one hash seed for every child (round 57): set and dict-of-str orders decide where an
    # any() stops, and a generator row then moved +-0.14 % between two runs of one tree
    env = {**os.environ, "PYTHONPATH": f"{src}{os.pathsep}{BENCH}",
           "PYTHONHASHSEED": os.environ.get("PYTHONHASHSEED", "0")}
    return subprocess.run([sys.executable, __file__, *command], env=env, check=True,
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True).stdout


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tree", action="append", default=[], metavar="NAME=SRC[:INPUTSRC]")
    parser.add_argument("--sets", action="append", metavar="polnear|fresh:LETTERS")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--out", required=True)
    parser.add_argument("--top", type=int, default=0,
                        help="print each tree's N functions whose calls moved most against "
                             "the first tree's (files below newswire/ or site-packages/)")
    parser.add_argument("--make", help=argparse.SUPPRESS)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--inputs", help=argparse.SUPPRESS)
    parser.add_argument("--profile", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.make:
        make_inputs(args.make, args.inputs)
        return
    if args.child:
        child(args.inputs, args.repeat, args.profile)
        return
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    trees = {}
    for t in args.tree:
        name, spec = t.split("=", 1)
        src, _, input_src = spec.partition(":")
        trees[name] = (src, input_src)
    first = next(iter(trees.values()))[0]
    sets = args.sets or ["polnear"]
    inputs: dict[tuple[str, str], str] = {}
    for which in sets:
        for name, (src, input_src) in trees.items():
            maker = input_src or first
            key = (which, maker)
            if key not in inputs:
                # named by the maker's path, not by its place in the list: a later run with
                # other trees must never read another tree's inputs (round 56)
                tag = hashlib.sha256(str(Path(maker).resolve()).encode()).hexdigest()[:8]
                path = str(out / f"inputs-{which}-{tag}.pkl")
                if not Path(path).exists():
                    _run(maker, ["--out", args.out, "--make", which, "--inputs", path])
                inputs[key] = path
                entity_calls = int(Path(path + ".entities").read_text())
                print(f"inputs {which} by {maker}: {path}, entities {entity_calls:,} calls "
                      f"({time.strftime('%H:%M:%S', time.gmtime())})", flush=True)
    results: dict[tuple[str, str], list[dict]] = {}
    for round_ in range(args.rounds):
        for which in sets:
            for name, (src, input_src) in trees.items():
                path = inputs[which, input_src or first]
                prof = str(out / f"{name}.{which}.r{round_ + 1}.prof")
                row = json.loads(_run(src, ["--out", args.out, "--child", which, "--inputs",
                                            path, "--repeat", str(args.repeat),
                                            "--profile", prof]).strip().splitlines()[-1])
                if round_ == 0:
                    os.replace(prof, out / f"{name}.{which}.prof")
                    os.replace(prof.replace(".prof", ".json"), out / f"{name}.{which}.json")
                results.setdefault((which, name), []).append(row)
                load = Path("/proc/loadavg").read_text().split()[0]
                print(f"round {round_ + 1} {which:7} {name:10} {row['articles']:3} art "
                      f"{row['ms']:7.2f} ms/article calls {row['calls']:>10,} (load {load}, "
                      f"{time.strftime('%H:%M:%S', time.gmtime())})", flush=True)
    base = next(iter(trees))
    for which in sets:
        b = results[which, base]
        for name in trees:
            rows = results[which, name]
            best, bbest = min(r["ms"] for r in rows), min(r["ms"] for r in b)
            print(f"{which:7} {name:10} best {best:7.2f} vs {bbest:7.2f} ms ({best / bbest:.3f}x);"
                  f" calls {rows[0]['calls']:,} ({rows[0]['calls'] / b[0]['calls'] - 1:+.2%}); "
                  f"{_same(args.out, base, name, which)}")
            if args.top and name != base:
                _moved(f"{args.out}/{base}.{which}.prof", f"{args.out}/{name}.{which}.prof",
                       args.top)


if __name__ == "__main__":
    main()
