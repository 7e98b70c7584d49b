"""Throughput and latency of newswire: the bare NLP pipeline against the stream, on one machine.

In one run, on real articles from ``../shared/data`` (POLNEAR plain-text articles, title =
first line, plus the Zyte benchmark's HTML pages as ``html`` articles, about one in five),
this prints:

(a) the bare pure pipeline (``Pipeline().enrich_batch`` in batches of ``NEWSWIRE_BATCH_SIZE``)
    in this process, articles/s: the baseline;
(b) end to end through an embedded Tansu broker with one ``python -m newswire worker``,
    articles/s from the first send to the last enriched event (or dead letter) read back;
(c) the same with one worker per core (separate processes, one consumer group);
the ratios b/a and c/b; the produce-to-enriched latency p50/p95/p99 at half the rate of (b)
(paced sends, one worker; latency = time the enriched event is read minus time it was sent,
matched by article id); the peak RSS (VmHWM) of every worker; and, per stream phase, where
the time went: the workers' own metrics (mean batch size, share of the wall time spent
inside batches, articles per worker), CPU per worker thread, of the broker and of this
process.

Every stream phase uses a fresh topic prefix and app id (consumer group), waits until the
workers are up and own all partitions (a warm-up round trip through every partition), and
only then starts the clock.

Usage: ``python bench/throughput.py [--articles N] [--latency-articles N] [--workers N] [--json]``
(the environment's ``NEWSWIRE_PARTITIONS``, ``NEWSWIRE_BATCH_SIZE`` and
``NEWSWIRE_BATCH_WITHIN_S`` apply). Takes about ten minutes on two cores with the defaults.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from machine import machine
from newswire.broker import EmbeddedBroker
from newswire.models import RawArticle
from newswire.settings import Settings
from stream_phases import Phase, run_phase

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
HTML_EVERY = 5  # one article in five is an HTML page, while there are pages left
#: Pages bigger than this are left out: aiokafka's producer refuses messages over 1 MB by
#: default (``max_request_size``), and so does ``newswire send`` (see the report).
MAX_PAGE_BYTES = 900_000


# --- the corpus ------------------------------------------------------------


def build_corpus(count: int, data: Path = DATA) -> list[RawArticle]:
    """``count`` real articles: POLNEAR texts, with a Zyte HTML page every fifth article."""
    texts = sorted((data / "polnear" / "train" / "text").glob("*.txt"))
    pages = sorted((data / "zyte-aeb" / "html").glob("*.html.gz"))
    articles: list[RawArticle] = []
    while len(articles) < count and (texts or pages):
        if pages and (len(articles) % HTML_EVERY == HTML_EVERY - 1 or not texts):
            page = pages.pop(0)
            html = gzip.decompress(page.read_bytes()).decode("utf-8", "replace")
            if len(html.encode("utf-8")) > MAX_PAGE_BYTES:
                continue
            articles.append(RawArticle(id=f"html-{page.name[:16]}", html=html))
        else:
            path = texts.pop(0)
            title, _, body = path.read_text(encoding="utf-8").lstrip().partition("\n")
            articles.append(RawArticle(id=f"text-{path.stem}", title=title.strip(), text=body))
    if len(articles) < count:
        raise SystemExit(f"only {len(articles)} articles under {data}, {count} asked for")
    return articles


# --- (a) the bare pipeline ----------------------------------------------------------------


def bench_pipeline(corpus: list[RawArticle], batch_size: int) -> dict[str, Any]:
    """Articles/s of ``Pipeline.enrich_batch`` in this process (model load not counted)."""
    from newswire.nlp.pipeline import Pipeline

    pipeline = Pipeline(Settings().model)
    pipeline.enrich_batch(corpus[:2])  # warm up
    failed = 0
    started = time.perf_counter()
    for index in range(0, len(corpus), batch_size):
        results = pipeline.enrich_batch(corpus[index:index + batch_size])
        failed += sum(isinstance(r, Exception) for r in results)
    seconds = time.perf_counter() - started
    words = sum(len((a.text or "").split()) for a in corpus if a.text)
    return {"articles": len(corpus), "seconds": round(seconds, 2),
            "rate": len(corpus) / seconds, "failed": failed, "text_words": words}


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile of sorted ``values``."""
    if not values:
        return float("nan")
    rank = max(1, min(len(values), round(share * len(values) + 0.5)))
    return values[rank - 1]


# --- the report ----------------------------------------------------------------------------


def report(info: dict[str, Any], bare: dict[str, Any], one: Phase, many: Phase,
           paced: Phase, settings: Settings) -> dict[str, Any]:
    """Every figure, as one JSON-able dict."""
    cores = info["cores"]
    lat = paced.latencies
    return {
        "machine": info,
        "settings": {"partitions": settings.partitions, "batch_size": settings.batch_size,
                     "batch_within_s": settings.batch_within_s,
                     "corpus": "POLNEAR train texts + one Zyte AEB HTML page in five"},
        "a_pipeline": {k: round(v, 2) if isinstance(v, float) else v for k, v in bare.items()},
        "b_one_worker": phase_dict(one),
        "c_workers": phase_dict(many),
        "ratio_b_over_a": round(one.rate / bare["rate"], 3),
        "ratio_c_over_b": round(many.rate / one.rate, 3),
        "target_c_over_b": round(0.85 * many.workers, 2),
        "latency_half_load": {
            "send_rate": round(paced.send_rate or 0.0, 2), "articles": paced.articles,
            "achieved_rate": round(paced.rate, 2),
            "p50_s": round(percentile(lat, 0.50), 3), "p95_s": round(percentile(lat, 0.95), 3),
            "p99_s": round(percentile(lat, 0.99), 3), "max_s": round(max(lat), 3),
            "slowest": [[key, round(seconds, 3)] for key, seconds in sorted(
                paced.latency_by_id.items(), key=lambda item: item[1])[-3:]],
        },
        "peak_rss_mb_per_worker": one.peak_rss_mb + many.peak_rss_mb + paced.peak_rss_mb,
        "cores": cores,
        "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
    }


def phase_dict(phase: Phase) -> dict[str, Any]:
    """The throughput figures of one phase."""
    return {
        "workers": phase.workers, "articles": phase.articles,
        "seconds": round(phase.seconds, 2), "rate": round(phase.rate, 2),
        "dead_letters": phase.dead_letters, "peak_rss_mb": phase.peak_rss_mb,
        "batches": phase.batches, "batch_size_mean": phase.batch_size_mean,
        "busy_share": phase.busy_share, "cpu_share": phase.cpu_share,
        "broker_cpu_share": phase.broker_cpu_share, "bench_cpu_share": phase.bench_cpu_share,
        "articles_per_worker": phase.articles_per_worker,
    }


def print_text(figures: dict[str, Any]) -> None:
    """The figures for people."""
    m = figures["machine"]
    a, b, c = figures["a_pipeline"], figures["b_one_worker"], figures["c_workers"]
    lat = figures["latency_half_load"]
    s = figures["settings"]
    lines = [
        "newswire throughput",
        f"machine   {m['platform']}; {m['cpu']}; {m['cores']} cores; {m['ram_gb']} GB RAM",
        f"software  python {m['python']}, spaCy {m['spacy']}, faust-streaming {m['faust']}, "
        f"aiokafka {m['aiokafka']}, model {m['model']}",
        f"load avg  {m['load_average_at_start']} at start, {figures['load_average_at_end']} "
        "at end (other processes on this machine compete for the same cores)",
        f"corpus    {a['articles']} articles ({s['corpus']}); partitions {s['partitions']}, "
        f"batch {s['batch_size']} within {s['batch_within_s']} s",
        f"(a) bare pipeline, 1 process     {a['rate']:7.2f} articles/s "
        f"({a['seconds']} s, {a['failed']} failed)",
        f"(b) stream, 1 worker             {b['rate']:7.2f} articles/s ({b['seconds']} s, "
        f"{b['dead_letters']} dead letters; mean batch {b['batch_size_mean']}, "
        f"busy {b['busy_share']:.0%})",
        f"(c) stream, {c['workers']} workers            {c['rate']:7.2f} articles/s "
        f"({c['seconds']} s, {c['dead_letters']} dead letters; mean batch "
        f"{c['batch_size_mean']}, busy {c['busy_share']:.0%} per worker, articles per worker "
        f"{c['articles_per_worker']})",
        f"    CPU per worker as share of wall time: b {b['cpu_share']}, c {c['cpu_share']}",
        f"    CPU of the broker / of this load generator: b {b['broker_cpu_share']} / "
        f"{b['bench_cpu_share']}, c {c['broker_cpu_share']} / {c['bench_cpu_share']}",
        f"b/a = {figures['ratio_b_over_a']:.2f} (target >= 0.90)   "
        f"c/b = {figures['ratio_c_over_b']:.2f} (target >= {figures['target_c_over_b']:.2f})",
        f"latency at {lat['send_rate']} articles/s (half of b), {lat['articles']} articles: "
        f"p50 {lat['p50_s']:.3f} s  p95 {lat['p95_s']:.3f} s  p99 {lat['p99_s']:.3f} s  "
        f"max {lat['max_s']:.3f} s (target p99 < 2 s)",
        f"    slowest: {', '.join(f'{key} {seconds} s' for key, seconds in lat['slowest'])}",
        f"peak RSS per worker (VmHWM): b {b['peak_rss_mb']} MB, c {c['peak_rss_mb']} MB, "
        f"latency run {figures['peak_rss_mb_per_worker'][-1]} MB (target < 600 MB)",
    ]
    print("\n".join(lines))


async def run_stream(corpus: list[RawArticle], latency_corpus: list[RawArticle], workers: int,
                     workdir: Path) -> tuple[Phase, Phase, Phase]:
    """Phases (b), (c) and the latency run, on one embedded broker."""
    with EmbeddedBroker(log_path=workdir / "tansu.log") as broker:
        one = await run_phase(broker, workdir, "one", corpus, 1)
        print(f"  (b) {one.rate:.2f} articles/s", file=sys.stderr)
        many = await run_phase(broker, workdir, "many", corpus, workers)
        print(f"  (c) {many.rate:.2f} articles/s", file=sys.stderr)
        paced = await run_phase(broker, workdir, "paced", latency_corpus, 1, pace=one.rate / 2)
    return one, many, paced


def latency_only(rate: float, corpus: list[RawArticle]) -> None:
    """Print the latency figures of one paced run (batch settings from the environment)."""
    async def run() -> Phase:
        with EmbeddedBroker() as broker:
            return await run_phase(broker, workdir, "paced", corpus, 1, pace=rate)

    workdir = Path(tempfile.mkdtemp(prefix="newswire-bench-"))
    settings = Settings()
    paced = asyncio.run(run())
    lat = paced.latencies
    print(f"latency at {rate} articles/s, {len(corpus)} articles, batch {settings.batch_size} "
          f"within {settings.batch_within_s} s: p50 {percentile(lat, 0.5):.3f} s  "
          f"p95 {percentile(lat, 0.95):.3f} s  p99 {percentile(lat, 0.99):.3f} s; "
          f"peak RSS {paced.peak_rss_mb} MB; mean batch {paced.batch_size_mean}")


def main() -> None:
    """Parse the options, run every phase, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000,
                        help="corpus size (>= 500 asked; more makes the end of a run, when one "
                        "worker has finished its partitions, a smaller part of it)")
    parser.add_argument("--latency-articles", type=int, default=150,
                        help="articles sent at half load for the latency figures")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="workers in phase (c); default one per core")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--keep", action="store_true", help="keep the worker logs")
    parser.add_argument("--latency-only", type=float, metavar="RATE",
                        help="only the paced latency run, at RATE articles/s (for tuning)")
    options = parser.parse_args()
    if options.latency_only:
        latency_only(options.latency_only, build_corpus(options.latency_articles))
        return

    settings = Settings()
    info = machine()
    corpus = build_corpus(options.articles)
    print(f"corpus: {len(corpus)} articles; (a) bare pipeline...", file=sys.stderr)
    bare = bench_pipeline(corpus, settings.batch_size)
    print(f"  (a) {bare['rate']:.2f} articles/s; stream phases...", file=sys.stderr)
    latency_corpus = corpus[:options.latency_articles]
    workdir = Path(tempfile.mkdtemp(prefix="newswire-bench-"))
    one, many, paced = asyncio.run(run_stream(corpus, latency_corpus, options.workers, workdir))
    figures = report(info, bare, one, many, paced, settings)
    if options.json:
        print(json.dumps(figures, indent=2))
    else:
        print_text(figures)
    if options.keep:
        print(f"logs in {workdir}", file=sys.stderr)


if __name__ == "__main__":
    main()
