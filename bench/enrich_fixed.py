"""CPU per article, peak memory and every enriched event of a fixed set, in one process.

The set is the throughput bench's mix (``bench/throughput.py``: PolNeAR texts with a Zyte
HTML page every fifth article), enriched by ``Pipeline.enrich_batch`` in batches of
``NEWSWIRE_BATCH_SIZE`` as a worker runs it, without a broker. It prints CPU time per
article (``process_time``, model load apart), the peak RSS (VmHWM) after each load step and
at the end, and with ``--out`` writes every event as one JSON line without the fields that
change from run to run (``processed_at``), so two trees can be compared byte for byte::

    python bench/enrich_fixed.py --out /tmp/new.jsonl
    cmp /tmp/old.jsonl /tmp/new.jsonl

With ``--profile FILE`` the enrichment runs under cProfile and the statistics go to FILE.

Usage: ``python bench/enrich_fixed.py [--articles N] [--out FILE] [--profile FILE] [--json]``
"""

from __future__ import annotations

import argparse
import cProfile
import json
import time
from pathlib import Path
from typing import Any

from newswire.models import RawArticle
from newswire.settings import Settings
from throughput import build_corpus

#: Fields that differ between two runs of the same tree.
VOLATILE = ("processed_at",)


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def event_line(result: object) -> str:
    """One result as a canonical JSON line: an event without its volatile fields, or the error."""
    if isinstance(result, Exception):
        return json.dumps({"error": type(result).__name__, "message": str(result)})
    data = result.model_dump(mode="json", exclude=set(VOLATILE))  # type: ignore[attr-defined]
    return json.dumps(data, sort_keys=True, ensure_ascii=False)


def enrich_all(corpus: list[RawArticle], batch_size: int,
               profile: cProfile.Profile | None) -> tuple[list[str], float, dict[str, float]]:
    """Every event's line, the CPU seconds of the enrichment and the peak RSS of each step."""
    from newswire.nlp.pipeline import Pipeline

    steps = {"imports": peak_rss_mb()}
    pipeline = Pipeline(Settings().model)
    steps["english model"] = peak_rss_mb()
    pipeline.enrich_batch(corpus[:2])  # warm up: the language model, the casing table
    steps["first batch"] = peak_rss_mb()
    lines: list[str] = []
    started = time.process_time()
    if profile:
        profile.enable()
    for index in range(0, len(corpus), batch_size):
        lines += [event_line(r) for r in pipeline.enrich_batch(corpus[index:index + batch_size])]
    if profile:
        profile.disable()
    seconds = time.process_time() - started
    steps["end"] = peak_rss_mb()
    return lines, seconds, steps


def main() -> None:
    """Enrich the set; print CPU per article and peak RSS; write the events when asked."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--out", type=Path, help="write the events here, one JSON line each")
    parser.add_argument("--profile", type=Path, help="write cProfile statistics here")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    settings = Settings()
    corpus = build_corpus(args.articles)
    profile = cProfile.Profile() if args.profile else None
    lines, seconds, steps = enrich_all(corpus, settings.batch_size, profile)
    if profile and args.profile:
        profile.dump_stats(str(args.profile))
    if args.out:
        args.out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    figures: dict[str, Any] = {
        "articles": len(corpus), "cpu_s": round(seconds, 2),
        "cpu_ms_per_article": round(1000 * seconds / len(corpus), 1),
        "peak_rss_mb": {step: round(mb) for step, mb in steps.items()},
    }
    if args.json:
        print(json.dumps(figures))
        return
    print(f"{figures['articles']} articles: {figures['cpu_ms_per_article']} ms CPU per article "
          f"({figures['cpu_s']} s)")
    print("peak RSS after " + ", ".join(f"{k} {v} MB" for k, v in figures["peak_rss_mb"].items()))


if __name__ == "__main__":
    main()
