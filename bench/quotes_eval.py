"""Quotes and their speakers on PolNeAR: train (tuning) and dev (check), newswire beside main.

Usage: ``python bench/quotes_eval.py [--split train|dev|both] [--limit N] [--skip N]
[--baseline-src DIR | --no-baseline] [--resolved FILE ...] [--resolved-only] [--part LETTERS]
[--miss-causes] [--shapes] [--show-wrong-mentions]``

Each system runs in a child process with its own source tree first on ``PYTHONPATH``: this
worktree's ``src`` (newswire) and, as the baseline, ``--baseline-src`` (by default the main
checkout, ``/work/main/src``: today's code).  A child parses every article (its first line is
the title, the rest the body; offsets are mapped back to the file), extracts entities and
quotes and writes its predictions; this process scores both against the same gold spans
(how they are chosen and matched: ``bench/quotes_gold.py``).

Printed per split and system: span P/R/F1 (and exact-span F1) for direct/partial quotes and for
reported speech, the latter three times: the predictions of cue kind ``speech`` against
speech attributions (``reported``; ``reported (gold 19)``: speech by the gold list before
recall20's words, both systems scored with the same gold in each row) and every indirect
prediction (beliefs, stances and findings too) against every PolNeAR attribution
(``reported (all)``, the measure of held-out PolNeAR figures), with the precision of each
cue kind against every attribution; *mention right* (the speaker mention overlaps the
annotated source); and, on the attributions of the resolved
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
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from quotes_gold import (
    KINDS,
    Pred,
    Resolved,
    Score,
    articles,
    cue_ranges,
    gold_of,
    load_resolved,
    miss_cause,
    parse_ann,
    score,
    source_form,
)
from quotes_shapes import print_shapes

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "polnear"
BASELINE_SRC = Path("/work/main/src")
#: Resolved-speaker files (``bench/data/README.md``): the annotators' check and tuning files,
#: and the small sample the scorer was built on (read first, so the annotators' rows win).
RESOLVED = tuple(ROOT / "bench" / "data" / name for name in (
    "polnear-train-sample-speakers.jsonl", "polnear-train-speakers.jsonl",
    "polnear-dev-speakers.jsonl"))
SPLIT_ROLE = {"train": "tuning", "dev": "check"}
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


class Tally:
    """Scores of one system on one split, and its time."""

    def __init__(self) -> None:
        # every: reported speech against every PolNeAR attribution, beliefs and stances too
        self.direct, self.indirect, self.every = Score(), Score(), Score()
        self.indirect_before = Score()  # reported speech by the gold list before recall20
        self.by_cue_kind: dict[str, Score] = {}  # every attribution, one cue kind's predictions
        self.times = [0.0, 0.0, 0.0]
        self.articles = self.tokens = 0
        self.entities: dict[str, dict[str, str]] = {}  # article -> entity name -> type


def evaluate(data: Path, split: str, runs: dict[str, list[dict[str, Any]]],
             resolved_files: list[Path]) -> dict[str, Tally]:
    """Score every system's predictions on ``split`` against the same gold spans."""
    resolved = load_resolved(resolved_files)
    anns = {text.stem: ann for text, ann in articles(data, split)}
    # Gold speech is chosen with lemmas of the first system's parse (newswire's).
    lemmas = {r["article"]: r["lemmas"] for r in next(iter(runs.values()))}
    tallies = {name: Tally() for name in runs}
    for name, records in runs.items():
        tally = tallies[name]
        for record in records:
            stem = record["article"]
            text = (data / split / "text" / f"{stem}.txt").read_text(encoding="utf-8")
            golds = gold_of(text, lemmas[stem], parse_ann(anns[stem]))
            mine = {key[2]: value for key, value in resolved.items()
                    if key[:2] == (stem, record["ann"])}
            preds = [_pred(p) for p in record["preds"]]
            kinds = [p.get("cue_kind", "speech") for p in record["preds"]]
            speech = [p for p, kind in zip(preds, kinds, strict=True) if kind == "speech"]
            for wanted, result in ((True, tally.direct), (False, tally.indirect)):
                score(text, [g for g in golds if g.direct is wanted],
                      [p for p in speech if p.direct is wanted], result, mine, stem)
            before = gold_of(text, lemmas[stem], parse_ann(anns[stem]), before=True)
            score(text, [g for g in before if not g.direct], [p for p in speech if not p.direct],
                  tally.indirect_before)
            every = [g for g in gold_of(text, lemmas[stem], parse_ann(anns[stem]), every=True)
                     if not g.direct]
            score(text, every, [p for p in preds if not p.direct], tally.every)
            for kind in set(kinds):
                score(text, every, [p for p, k in zip(preds, kinds, strict=True)
                                    if k == kind and not p.direct],
                      tally.by_cue_kind.setdefault(kind, Score()))
            tally.times = [a + b for a, b in zip(tally.times, record["times"], strict=True)]
            tally.articles += 1
            tally.tokens += record["tokens"]
            tally.entities[stem] = dict(record.get("entities", []))
    return tallies


def _pred(raw: dict[str, Any]) -> Pred:
    mention = raw["mention"]
    return Pred((raw["span"][0], raw["span"][1]), raw["direct"], raw["speaker"],
                (mention[0], mention[1]) if mention else None, raw["mention_text"],
                raw["speaker_kind"])


def report(split: str, tallies: dict[str, Tally], resolved_files: list[Path],
           part: str | None = None) -> None:
    """Print one split's table: spans, mentions, referents, kinds and speed per system."""
    first = next(iter(tallies.values()))
    role = SPLIT_ROLE.get(split, split) + (f", parts {part}" if part else "")
    print(f"\nPolNeAR {split} ({role}): {first.articles} articles, {first.tokens} tokens")
    print(f"{'':29} {'gold':>5} {'pred':>5}   P     R     F1   exact | mention right | "
          "right referent (none/wrong)")
    for label, pick in (("direct/partial", "direct"), ("reported", "indirect"),
                        ("reported (gold 19)", "indirect_before"), ("reported (all)", "every")):
        for name, tally in tallies.items():
            s: Score = getattr(tally, pick)
            p, r, f1 = s.f1()
            print(f"{label + ' ' + name:29} {s.gold:5d} {s.pred:5d} {p:.3f} {r:.3f} {f1:.3f} "
                  f"{s.exact_f1():.3f} | {_share(s.mention_right, s.mention_pairs)} | "
                  f"{_referent(s)}")
    for name, tally in tallies.items():
        shares = "  ".join(f"{kind} {_share(s.matched, s.pred)}"
                           for kind, s in sorted(tally.by_cue_kind.items()))
        print(f"  precision by cue kind, against every attribution, {name}: {shares}")
    names = ", ".join(p.name for p in resolved_files) or "none"
    print(f"right referent, direct/partial and reported together (resolved files: {names}):")
    for name, tally in tallies.items():
        both = _merged(tally.direct, tally.indirect)
        kinds = "  ".join(f"{k} {_shares(*both.by_kind[k])}" for k in KINDS if k in both.by_kind)
        fair = _share(both.referent_fair, both.referent_pairs)
        print(f"  {name:10} {_referent(both)}   fair {fair}\n"
              f"  {'':10} by kind (strict/fair): {kinds}")
    for name, tally in tallies.items():
        spacy_t, ent_t, quote_t = (1000 * t / max(tally.articles, 1) for t in tally.times)
        print(f"  speed {name:10} spaCy {spacy_t:.1f} ms, entities {ent_t:.1f} ms, quotes "
              f"{quote_t:.1f} ms per article = {100 * quote_t / (spacy_t + ent_t + quote_t):.1f}"
              f"% of the NLP time ({100 * quote_t / max(spacy_t, 1e-9):.1f}% of spaCy)")


def show_misses(tally: Tally) -> None:
    """Every attribution whose referent newswire got wrong: the source and what it said."""
    for label, s in (("quote", tally.direct), ("reported", tally.indirect)):
        for article, p, g, resolved, fair in s.misses:
            print(f"  MISS{' (fair ok)' if fair else ''} {label} {article[:40]} {g.eid} "
                  f"{resolved.kind}: want {'; '.join(resolved.referents)!r} got {p.speaker!r} "
                  f"({p.speaker_kind}), mention {p.mention_text!r}, source {g.source_text!r}")


def show_wrong_mentions(tally: Tally) -> None:
    """Every direct/partial quote whose speaker mention misses the annotated source."""
    for article, p, g, around in tally.direct.mention_misses:
        kind = "NONE" if p.mention is None and not p.speaker else "WRONG"
        print(f"  {kind} {article[:40]} {g.eid}: source {g.source_text!r} mention "
              f"{p.mention_text!r} speaker {p.speaker!r}\n      | {around}")


def miss_causes(tally: Tally) -> None:
    """The fair misses counted by kind of source and cause class, never listed one by one."""
    causes: Counter[tuple[str, str, str]] = Counter()
    for s in (tally.direct, tally.indirect):
        for article, p, g, resolved, fair in s.misses:
            if not fair:
                found = _entity_found(resolved, tally.entities.get(article, {}))
                causes[(resolved.kind, source_form(g.source_text),
                        miss_cause(p, g) + found)] += 1
    forms: Counter[tuple[str, str]] = Counter()
    totals: Counter[tuple[str, str]] = Counter()
    for s in (tally.direct, tally.indirect):
        for key, (fair, total) in s.by_form.items():
            forms[key] += fair
            totals[key] += total
    print("  fairly right by kind of source and form of its words:")
    for key, total in totals.most_common():
        print(f"    {key[0]:12} {key[1]:12} {_share(forms[key], total)}")
    print("  fair misses by kind of source, form of the source words, cause:")
    for (kind, form, cause), n in causes.most_common():
        print(f"    {n:4d}  {kind:12} {form:12} {cause}")


def _entity_found(resolved: Resolved, entities: dict[str, str]) -> str:
    """Whether the entities stage found the wanted person or organisation, and as what."""
    if resolved.kind not in ("person", "organization"):
        return ""
    names = {n.lower() for n in (*resolved.referents, *resolved.also)}
    types = {kind for name, kind in entities.items() if name.lower() in names}
    if not types:
        return "; wanted is no entity"
    wanted = "PERSON" if resolved.kind == "person" else "ORG"
    return "" if wanted in types else f"; wanted typed {'/'.join(sorted(types))}"


def _merged(a: Score, b: Score) -> Score:
    merged = Score(referent_pairs=a.referent_pairs + b.referent_pairs,
                   referent_right=a.referent_right + b.referent_right,
                   referent_fair=a.referent_fair + b.referent_fair,
                   no_speaker=a.no_speaker + b.no_speaker)
    for kind in {*a.by_kind, *b.by_kind}:
        x, y = a.by_kind.get(kind, [0, 0, 0]), b.by_kind.get(kind, [0, 0, 0])
        merged.by_kind[kind] = [i + j for i, j in zip(x, y, strict=True)]
    return merged


def _share(right: int, total: int) -> str:
    return f"{right / total:.3f} of {total:4d}" if total else "  -   of    0"


def _shares(right: int, fair: int, total: int) -> str:
    return f"{right / total:.3f}/{fair / total:.3f} of {total}" if total else "- of 0"


def _referent(s: Score) -> str:
    if not s.referent_pairs:
        return "no resolved attributions"
    wrong = s.referent_pairs - s.referent_right - s.no_speaker
    return f"{_share(s.referent_right, s.referent_pairs)} ({s.no_speaker}/{wrong})"


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
