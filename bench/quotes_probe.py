"""Resolved speakers on the hand-written probe articles: right, none or wrong by attribution kind.

Usage: ``python bench/quotes_probe.py [--baseline-src DIR | --no-baseline] [--show]``

The articles and their gold live in ``tests/nlp/quotes/probe/`` (``articles/*.txt``: first line
the title, the rest the body, as PolNeAR's files; ``gold.tsv``: article, anchor, kind, speaker
alternatives split by ``|``). The gold was written before newswire ran on the articles, but the
fixes of probe17 were tuned on them: this is a tuning set, not a check.

A gold row is matched by its anchor (a piece of the quote or reported words, curly quotation
marks and apostrophes read as straight ones): the smallest predicted quote whose span holds the
anchor's start is the prediction. *right*: its speaker is one of the alternatives (case, a
leading ``the`` and apostrophes aside); *none*: no quote there, or a quote without a speaker;
*wrong*: another speaker. Each system runs in a child process with its own source tree first on
``PYTHONPATH``, as ``bench/quotes_eval.py`` does.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PROBE = ROOT / "tests" / "nlp" / "quotes" / "probe"
BASELINE_SRC = Path("/work/main/src")
STRAIGHT = str.maketrans("“”‘’", "\"\"''")
OUTCOMES = ("right", "none", "wrong")


def predict(out: Path) -> None:
    """Child process: every probe article's quotes, spans in file offsets."""
    from newswire.nlp.entities.extract import extract_entities
    from newswire.nlp.pipeline import Pipeline
    from newswire.nlp.quotes.extract import extract_quotes

    nlp = Pipeline().nlp
    records = {}
    for path in sorted((PROBE / "articles").glob("*.txt")):
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        title_doc, body_doc = nlp.pipe([title, body])
        quotes = extract_quotes(title_doc, body_doc, extract_entities(title_doc, body_doc))
        records[path.stem] = [
            {"start": q.start + (0 if q.field == "title" else len(title) + 1),
             "end": q.end + (0 if q.field == "title" else len(title) + 1),
             "speaker": q.speaker, "kind": q.kind, "text": q.text} for q in quotes]
    out.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")


def run_child(src: Path) -> dict[str, list[dict[str, Any]]]:
    """Predictions of the newswire found in ``src``."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "preds.json"
        env = {**os.environ, "PYTHONPATH": str(src)}
        subprocess.run([sys.executable, __file__, "--predict", str(out)], env=env, check=True)
        result: dict[str, list[dict[str, Any]]] = json.loads(out.read_text(encoding="utf-8"))
        return result


def gold_rows() -> list[tuple[str, str, str, list[str]]]:
    """(article, anchor, kind, speaker alternatives) of ``gold.tsv``."""
    rows = []
    for line in (PROBE / "gold.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            article, anchor, kind, speakers = line.split("\t")
            rows.append((article, anchor, kind, speakers.split("|")))
    return rows


def normal(name: str) -> str:
    """A speaker name compared without case, a leading article or curly apostrophes."""
    name = name.translate(STRAIGHT).lower().strip()
    return name[4:] if name.startswith("the ") else name


def judge(text: str, quotes: list[dict[str, Any]], anchor: str,
          speakers: list[str]) -> tuple[str, str | None]:
    """The outcome of one gold row and the speaker predicted there."""
    at = text.translate(STRAIGHT).find(anchor.translate(STRAIGHT))
    if at < 0:
        raise ValueError(f"anchor not in the article: {anchor!r}")
    holding = [q for q in quotes if q["start"] <= at < q["end"]]
    if not holding:
        return "none", None
    quote = min(holding, key=lambda q: q["end"] - q["start"])
    said = quote["speaker"]
    if not said:
        return "none", None
    return ("right" if normal(said) in {normal(s) for s in speakers} else "wrong"), said


def score(preds: dict[str, list[dict[str, Any]]], show: bool) -> Counter[tuple[str, str]]:
    """Outcomes counted by (kind, outcome); with ``show``, every miss printed."""
    tally: Counter[tuple[str, str]] = Counter()
    for article, anchor, kind, speakers in gold_rows():
        text = (PROBE / "articles" / f"{article}.txt").read_text(encoding="utf-8")
        outcome, said = judge(text, preds[article], anchor, speakers)
        tally[(kind, outcome)] += 1
        if show and outcome != "right":
            print(f"  {outcome:5} {article} [{kind}] {anchor!r}: {said!r} (gold {speakers[0]!r})")
    return tally


def report(tallies: dict[str, Counter[tuple[str, str]]]) -> None:
    """Right / none / wrong by kind, the systems side by side."""
    kinds = sorted({kind for tally in tallies.values() for kind, _ in tally})
    names = list(tallies)
    print(f"{'kind':13}" + "".join(f"{name:>22}" for name in names))
    for kind in [*kinds, "all"]:
        cells = []
        for name in names:
            counts = [sum(n for (k, o), n in tallies[name].items()
                          if o == outcome and kind in (k, "all")) for outcome in OUTCOMES]
            cells.append(f"{counts[0]:>4}/{counts[1]:>3}/{counts[2]:>3} ({sum(counts):>3})")
        print(f"{kind:13}" + "".join(f"{cell:>22}" for cell in cells))
    print("cells: right/none/wrong (gold rows)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--baseline-src", type=Path, default=BASELINE_SRC)
    parser.add_argument("--no-baseline", action="store_true", help="newswire alone")
    parser.add_argument("--show", action="store_true", help="print newswire's misses")
    parser.add_argument("--predict", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.predict:
        predict(args.predict)
        return
    systems = {"newswire": ROOT / "src"}
    if not args.no_baseline and args.baseline_src.exists():
        systems["main"] = args.baseline_src
    tallies = {}
    for name, src in systems.items():
        tallies[name] = score(run_child(src), args.show and name == "newswire")
    report(tallies)
    print(f"baseline: {systems.get('main', 'none')}")


if __name__ == "__main__":
    main()
