"""Time of raw spaCy NER against newswire's entity post-processing, per article.

Usage: ``python bench/entities_speed.py [--limit N] [--repeat R]``

Articles: PolNeAR's training texts (first line the title) and the Zyte article-extraction
benchmark's ground-truth bodies, from ``../shared/data``. "Raw NER" is the model run with the
components the pipeline loads; "ours" is ``extract_entities`` on the same docs. Target: ours
adds at most 15% to the model's time.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import spacy

from machine import describe
from newswire.nlp.entities.extract import extract_entities
from newswire.nlp.pipeline import COMPONENTS, DEFAULT_MODEL, load_model

NER_ONLY = ("tok2vec", "ner")
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
    parser.add_argument("--ner-only", action="store_true",
                        help="time the model with tok2vec and ner only (the strictest baseline)")
    args = parser.parse_args()
    nlp = load_model()
    if args.ner_only:
        nlp = spacy.load(DEFAULT_MODEL, exclude=[c for c in COMPONENTS if c not in NER_ONLY])
    pairs = articles(args.limit)
    extract_entities(nlp(pairs[0][0]), nlp(pairs[0][1]))  # load tables outside the timing
    model_times, ours_times = [], []
    words = sum(len(t.split()) + len(b.split()) for t, b in pairs)
    for _ in range(args.repeat):
        for title, body in pairs:
            began = time.perf_counter()
            title_doc, body_doc = nlp(title), nlp(body)
            modelled = time.perf_counter()
            extract_entities(title_doc, body_doc)
            done = time.perf_counter()
            model_times.append(modelled - began)
            ours_times.append(done - modelled)
    model_total, ours_total = sum(model_times), sum(ours_times)
    print(f"{describe()} | one process, one thread")
    print(f"model: {DEFAULT_MODEL} with {', '.join(nlp.pipe_names)}")
    print(f"articles: {len(pairs)} ({words / len(pairs):.0f} words each on average), "
          f"each run {args.repeat} times")
    print(f"raw NER per article:        mean {1000 * statistics.mean(model_times):7.2f} ms"
          f"   median {1000 * statistics.median(model_times):7.2f} ms")
    print(f"post-processing per article: mean {1000 * statistics.mean(ours_times):7.2f} ms"
          f"   median {1000 * statistics.median(ours_times):7.2f} ms"
          f"   max {1000 * max(ours_times):7.2f} ms")
    print(f"overhead: +{100 * ours_total / model_total:.1f}% of raw NER time (target <= 15%)")


if __name__ == "__main__":
    main()
