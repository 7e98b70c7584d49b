"""Time of the spaCy model against newswire's entity post-processing, per article.

Usage: ``python bench/entities_speed.py [--limit N] [--repeat R] [--conll N]``

Articles: PolNeAR's training texts (first line the title) and the Zyte article-extraction
benchmark's ground-truth bodies, from ``../shared/data``; with ``--conll N``, also the first N
documents of CoNLL-2003 ``eng.train`` (one sentence a line, headlines and tables in
capitals: the worst case for re-casing). "Model" is the model run with the components the
pipeline loads (the NLP time); "post-processing" is ``extract_entities`` on the same docs
with the model at hand, so it includes the second NER pass over re-cased capitals (run
once per batch of 16 articles, as :class:`Pipeline` runs it).
Target: post-processing adds at most 10% to the NLP time.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import spacy
from spacy.language import Language

from machine import describe
from newswire.nlp.entities.extract import Context, extract_entities
from newswire.nlp.entities.spans.recase import read_capitals
from newswire.nlp.pipeline import COMPONENTS, DEFAULT_MODEL, load_model

NER_ONLY = ("tok2vec", "ner")
#: Articles per batch, as the worker takes them (``NEWSWIRE_BATCH_SIZE``).
BATCH = 16
SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def articles(limit: int) -> list[tuple[str, str]]:
    """(title, body) pairs: half PolNeAR, half Zyte, ``limit`` in all."""
    polnear = sorted((SHARED / "polnear" / "train" / "text").glob("*.txt"))[: limit // 2]
    pairs = []
    for path in polnear:
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        pairs.append((title.strip(), body.strip()))
    truth = json.loads((SHARED / "zyte-aeb" / "ground-truth.json").read_text(encoding="utf-8"))
    for entry in sorted(truth.values(), key=lambda e: e["url"])[: limit - len(pairs)]:
        body = entry.get("articleBody") or ""
        pairs.append(("", body))
    return pairs


def main() -> None:
    """Print per-article times and the overhead of the post-processing."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--conll", type=int, default=0,
                        help="also time the first N CoNLL eng.train documents")
    parser.add_argument("--ner-only", action="store_true",
                        help="time the model with tok2vec and ner only (the strictest baseline)")
    args = parser.parse_args()
    nlp = load_model()
    if args.ner_only:
        nlp = spacy.load(DEFAULT_MODEL, exclude=[c for c in COMPONENTS if c not in NER_ONLY])
    print(f"{describe()} | one process, one thread")
    print(f"model: {DEFAULT_MODEL} with {', '.join(nlp.pipe_names)}")
    sets = {"PolNeAR + Zyte": articles(args.limit)}
    if args.conll:
        sets["CoNLL eng.train"] = conll_articles(args.conll)
    for name, pairs in sets.items():
        timed(name, nlp, pairs, args.repeat)


def conll_articles(limit: int) -> list[tuple[str, str]]:
    """CoNLL documents as bodies, one sentence a line (as ``bench/ner_eval.py`` lays them)."""
    from ner_eval import SPLITS, layout, read_documents

    documents = list(read_documents(SPLITS["train (tuning)"]))[:limit]
    return [("", layout(d).text) for d in documents]


def timed(name: str, nlp: Language, pairs: list[tuple[str, str]], repeat: int) -> None:
    """Time the model and the post-processing on ``pairs`` in batches of :data:`BATCH`, as
    the pipeline runs them; print both per article and their ratio."""
    extract_entities(nlp(pairs[0][0]), nlp(pairs[0][1]), Context(model=nlp))  # tables loaded
    model_times, ours_times = [], []
    words = sum(len(t.split()) + len(b.split()) for t, b in pairs)
    for _ in range(repeat):
        for first in range(0, len(pairs), BATCH):
            batch = pairs[first:first + BATCH]
            began = time.perf_counter()
            docs = list(nlp.pipe([text for pair in batch for text in pair]))
            modelled = time.perf_counter()
            capitals = read_capitals(nlp, batch)
            for i, read in enumerate(capitals):
                extract_entities(docs[2 * i], docs[2 * i + 1], Context(model=nlp, capitals=read))
            done = time.perf_counter()
            model_times.append((modelled - began) / len(batch))
            ours_times.append((done - modelled) / len(batch))
    model_total, ours_total = sum(model_times), sum(ours_times)
    print(f"\n{name}: {len(pairs)} articles ({words / len(pairs):.0f} words each on average), "
          f"batches of {BATCH}, each run {repeat} times")
    print(f"model (NLP time) per article: mean {1000 * statistics.mean(model_times):7.2f} ms")
    print(f"post-processing per article: mean {1000 * statistics.mean(ours_times):7.2f} ms"
          f"   (slowest batch {1000 * max(ours_times):.2f} ms per article)")
    print(f"overhead: +{100 * ours_total / model_total:.1f}% of the NLP time (target <= 10%)")


if __name__ == "__main__":
    main()
