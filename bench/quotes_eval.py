"""Quotes and their speakers on PolNeAR: train (tuning) and dev (check), newswire beside main.

Usage: ``python bench/quotes_eval.py [--split train|dev|both] [--limit N] [--skip N]
[--baseline-src DIR | --no-baseline] [--resolved FILE ...] [--resolved-only] [--part LETTERS]
[--miss-causes] [--shapes] [--show-wrong-mentions]``

Each system runs in a child process with its own source tree first on ``PYTHONPATH``: this
worktree's ``src`` (newswire) and, as the baseline, ``--baseline-src`` (by default the main
checkout, ``/work/main/src``: today's code).  A child parses every article (its first line is
the title, the rest the body; offsets are mapped back to the file), extracts entities and
quotes and writes its predictions; this process scores both against the same gold spans
(how they are chosen and matched: ``bench/quotes_gold.py``; the tally and the printed table:
``bench/quotes_tally.py``).

Printed per split and system: span P/R/F1 (and exact-span F1) for direct/partial quotes and for
reported speech, the latter three times: the predictions of cue kind ``speech`` against
speech attributions (``reported``; ``reported (gold 19)``: speech by the gold list before
recall20's words, both systems scored with the same gold in each row) and every indirect
prediction (beliefs, stances and findings too) against every PolNeAR attribution
(``reported (all)``, the measure of held-out PolNeAR figures), with the precision of each
cue kind against every attribution; ``partial's clause``: reported clauses that hold a
quotation (README, *Quotes*: the clause around a partial quote) against the whole content
of the partial-quote attributions with words outside their marks (PolNeAR marks one
attribution there; a clause matching one is set aside from the reported rows, where it would
be a second attribution, and one matching none stays there); *mention right* (the speaker
mention overlaps the annotated source); and, on the attributions of the resolved
speaker files, *right referent* (the speaker names what the source refers to), strict (equal
names) and fair (what points a reader to the same source: ``bench/quotes_fair.py``), with the
strict misses split into no speaker / wrong speaker and both shares by kind of source.
``--part`` keeps the train articles of some parts of ``bench/data/polnear-train-parts.tsv``
(``CDS``: tuned on; ``EF``: the check while tuning); ``--miss-causes`` counts the fair misses
by kind and cause, never one by one; ``--shapes`` the strict misses by kind and shape
(``bench/quotes_shapes.py``).
Speed: spaCy, entity and quote time per article, and quotes as a share of the article's
NLP time (spaCy + entities + quotes) and of spaCy alone.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from quotes_gold import articles, cue_ranges, load_resolved, parse_ann
from quotes_shapes import print_shapes
from quotes_tally import evaluate, miss_causes, report, show_misses, show_wrong_mentions

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "polnear"
BASELINE_SRC = Path("/work/main/src")
#: Resolved-speaker files (``bench/data/README.md``): the annotators' check and tuning files,
#: and the small sample the scorer was built on (read first, so the annotators' rows win).
RESOLVED = tuple(ROOT / "bench" / "data" / name for name in (
    "polnear-train-sample-speakers.jsonl", "polnear-train-speakers.jsonl",
    "polnear-dev-speakers.jsonl"))
PARTS = ROOT / "bench" / "data" / "polnear-train-parts.tsv"


def predict(data: Path, split: str, chosen: list[str] | None, out: Path) -> None:
    """Child process: run the ``newswire`` on the path over ``split``, one JSON line each."""
    from newswire.nlp.boilerplate import find_dateline
    from newswire.nlp.entities.extract import Context, extract_entities
    from newswire.nlp.pipeline import Pipeline
    from newswire.nlp.quotes.extract import extract_quotes

    nlp = Pipeline().nlp
    body_for_model = _body_for_model()
    with out.open("w", encoding="utf-8") as sink:
        for text_path, ann_path in articles(data, split):
            if chosen is not None and text_path.stem not in chosen:
                continue
            text = text_path.read_text(encoding="utf-8")
            title, _, body = text.partition("\n")
            # As the pipeline reads an article: the dateline its own sentence, its place an
            # entity, no reported words before it, capitals read again re-cased.
            dateline = find_dateline(body)
            t0 = time.perf_counter()
            title_doc, body_doc = nlp.pipe([title, body_for_model(nlp, body)])
            t1 = time.perf_counter()
            entities = extract_entities(title_doc, body_doc,
                                        Context(model=nlp, dateline=dateline))
            t2 = time.perf_counter()
            quotes = extract_quotes(title_doc, body_doc, entities,
                                    dateline_end=dateline.end if dateline else 0)
            t3 = time.perf_counter()
            cues = cue_ranges(parse_ann(ann_path))
            lemmas = [(t.idx + shift, t.idx + shift + len(t), t.lemma_.lower())
                      for doc, shift in ((title_doc, 0), (body_doc, len(title) + 1))
                      for t in doc if any(s <= t.idx + shift < e for s, e in cues)]
            record = {"article": text_path.stem, "ann": ann_path.name,
                      "tokens": len(title_doc) + len(body_doc),
                      "times": [t1 - t0, t2 - t1, t3 - t2], "lemmas": lemmas,
                      "preds": _preds_of(quotes, len(title) + 1),
                      "entities": [[e.name, e.type] for e in entities]}
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")


def _body_for_model() -> Any:
    """The pipeline's way of handing a body to spaCy; a text as is in trees from before it."""
    try:
        from newswire.nlp.datelined import body_for_model
    except ImportError:
        return lambda _nlp, body: body
    return body_for_model


def _preds_of(quotes: Any, body_offset: int) -> list[dict[str, Any]]:
    """Predictions with file offsets, the parts of a split quote joined by group id."""
    groups: dict[str, list[Any]] = {}
    for q in quotes:
        groups.setdefault(q.group_id or q.quote_id, []).append(q)
    preds = []
    for parts in groups.values():
        shift = 0 if parts[0].field == "title" else body_offset
        speaking = next((p for p in parts if p.speaker), parts[0])
        m = speaking.speaker_mention
        preds.append({
            "span": [min(p.start for p in parts) + shift, max(p.end for p in parts) + shift],
            "direct": parts[0].kind != "indirect", "speaker": speaking.speaker,
            # a baseline from before schema 3 reports speech only
            "cue_kind": getattr(parts[0], "cue_kind", "speech"),
            "speaker_kind": getattr(speaking, "speaker_kind", "unknown"),
            "mention": [m.start + shift, m.end + shift] if m else None,
            "mention_text": m.text if m else ""})
    return preds


def run_child(src: Path, data: Path, split: str, chosen: list[str]) -> list[dict[str, Any]]:
    """Predictions of the newswire found in ``src`` on the ``chosen`` articles."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "preds.jsonl"
        names = Path(tmp) / "articles.txt"
        names.write_text("\n".join(chosen), encoding="utf-8")
        command = [sys.executable, __file__, "--predict", str(out), "--split", split,
                   "--data", str(data), "--articles", str(names)]
        env = {**os.environ, "PYTHONPATH": str(src)}
        subprocess.run(command, env=env, check=True)
        return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def in_parts(letters: str, path: Path = PARTS) -> set[str]:
    """Train articles of the parts named by ``letters``; one marked ``S`` (the sample tuned
    on) only when ``S`` is asked for, so ``EF`` holds no article anybody tuned on."""
    wanted = set(letters.upper())
    chosen = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        article, parts = line.split("\t")
        marks = set(parts.split())
        if marks & wanted and ("S" not in marks or "S" in wanted):
            chosen.add(article)
    return chosen


def splits_of(choice: str) -> Iterator[str]:
    """The splits a ``--split`` choice names, tuning first."""
    yield from ("train", "dev") if choice == "both" else (choice,)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--split", choices=("train", "dev", "both"), default="both")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--skip", type=int, default=0,
                        help="leave out the first N articles "
                             "(--limit 400 tunes, --skip 400 checks)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="PolNeAR folder")
    parser.add_argument("--baseline-src", type=Path, default=BASELINE_SRC,
                        help="source tree of the baseline (today's code)")
    parser.add_argument("--no-baseline", action="store_true", help="newswire alone")
    parser.add_argument("--resolved", type=Path, nargs="*", default=None,
                        help="resolved-speaker JSONL files (default: those that exist)")
    parser.add_argument("--resolved-only", action="store_true",
                        help="only the articles of the resolved files")
    parser.add_argument("--part", default=None,
                        help="train articles of these parts of polnear-train-parts.tsv only "
                             "(CDS: tuned on; EF: the check while tuning)")
    parser.add_argument("--show-misses", action="store_true",
                        help="print newswire's wrong referents (use on tuned articles only)")
    parser.add_argument("--show-wrong-mentions", action="store_true",
                        help="print newswire's wrong speaker mentions of direct/partial quotes "
                             "(use on tuned articles only)")
    parser.add_argument("--miss-causes", action="store_true",
                        help="count newswire's fair misses by kind and cause")
    parser.add_argument("--shapes", action="store_true",
                        help="count strict referent misses by kind of source and shape of "
                             "error (no speaker, wrong name, phrase for name, ...)")
    parser.add_argument("--predict", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--articles", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.predict:
        chosen = args.articles.read_text(encoding="utf-8").split() if args.articles else None
        predict(args.data, args.split, chosen, args.predict)
        return
    from machine import describe

    resolved = args.resolved if args.resolved is not None else [p for p in RESOLVED
                                                                if p.exists()]
    systems = {"newswire": ROOT / "src"}
    if not args.no_baseline and args.baseline_src.exists():
        systems["main"] = args.baseline_src
    annotated = {key[0] for key in load_resolved(resolved)}
    for split in splits_of(args.split):
        wanted = in_parts(args.part) if args.part and split == "train" else None
        chosen = [t.stem for t, _ in articles(args.data, split)
                  if (not args.resolved_only or t.stem in annotated)
                  and (wanted is None or t.stem in wanted)][args.skip:][:args.limit]
        if not chosen:  # the speed line would divide by zero, and a table of nothing says less
            raise SystemExit(f"no PolNeAR {split} articles to score under {args.data} "
                             "(give --data, or check --part, --skip, --resolved-only)")
        runs = {name: run_child(src, args.data, split, chosen) for name, src in systems.items()}
        tallies = evaluate(args.data, split, runs, resolved)
        report(split, tallies, resolved, args.part if wanted is not None else None)
        if args.show_misses:
            show_misses(tallies["newswire"])
        if args.show_wrong_mentions:
            show_wrong_mentions(tallies["newswire"])
        if args.miss_causes:
            miss_causes(tallies["newswire"])
        if args.shapes:
            for name, tally in tallies.items():
                print_shapes(name, (tally.direct, tally.indirect))
    print(f"\nbaseline: {systems.get('main', 'none')}; " + describe())


if __name__ == "__main__":
    main()
