"""How fast the feeds runner crawls, and what it costs beside the NLP it feeds.

In one run, on real news pages (the Zyte benchmark's HTML pages under 900 kB, from
``../shared/data``; the sample article as HTML when they are missing):

(a) the crawl: one poll of an RSS feed listing every page, served by a loopback HTTP server
    in a child process, through the runner's own parts (politeness, guarded fetcher, parse
    off the loop, charset detection, canonical URLs, produce to ``articles.raw`` on an
    embedded Tansu broker with the seen records): pages fetched per second (wall) and this
    process's CPU time per page (all threads: the event loop, the parse and decode threads,
    aiokafka);
(b) the baseline in the same run: the worker's NLP (``Pipeline.enrich``) on the same pages,
    CPU time per page;
and the ratio a/b: the crawler's CPU per page as a share of the NLP's.

Host delay 0 and ``--concurrency`` requests per host at once: loopback, not the polite
default of one request per second per host.

Usage: ``python bench/feeds_speed.py [--pages N] [--concurrency N] [--json]``
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from aiohttp import web

from machine import describe, machine
from newswire.broker import EmbeddedBroker, free_port, port_open, stop_process
from newswire.feeds.config import FeedSpec
from newswire.feeds.fetch import Fetcher
from newswire.feeds.pages import PageTaker
from newswire.feeds.polite import Politeness
from newswire.feeds.poll import Poller
from newswire.feeds.state import COMPACTED, STATE_TOPICS, StateStore
from newswire.kafka.clients import ensure_topics, make_producer
from newswire.models import RawArticle
from newswire.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "zyte-aeb" / "html"
MAX_PAGE_CHARS = 900_000


def load_pages(count: int) -> list[str]:
    """``count`` real pages (Zyte pages cycled; the sample article if there are none)."""
    pages = [text for path in sorted(DATA.glob("*.html.gz"))
             if len(text := gzip.decompress(path.read_bytes()).decode("utf-8", "replace"))
             < MAX_PAGE_CHARS] if DATA.is_dir() else []
    if not pages:
        seed = (ROOT / "seeds" / "000_93293b0fcdc47d96.txt").read_text(encoding="utf-8")
        title, _, body = seed.partition("\n")
        pages = [f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
                 + "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
                 + "</article></body></html>"]
    return [pages[n % len(pages)] for n in range(count)]


def rss(base: str, count: int) -> str:
    """An RSS feed of ``count`` items linking to ``{base}/p/{n}.html``."""
    start = datetime(2026, 11, 20, tzinfo=UTC)
    items = "".join(
        f"<item><title>Page {n}</title><link>{base}/p/{n}.html</link><guid>g{n}</guid>"
        f"<pubDate>{format_datetime(start - timedelta(minutes=n), usegmt=True)}</pubDate></item>"
        for n in range(count))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>{items}' \
           f"</channel></rss>"


def serve(port: int, count: int) -> None:
    """The loopback server (runs in a child process): the feed and its pages."""
    base = f"http://127.0.0.1:{port}"
    feed = rss(base, count).encode()
    pages = [page.encode() for page in load_pages(count)]

    async def feed_view(_request: web.Request) -> web.Response:
        return web.Response(body=feed, content_type="application/rss+xml")

    async def page_view(request: web.Request) -> web.Response:
        number = int(request.match_info["n"])
        return web.Response(body=pages[number], content_type="text/html", charset="utf-8")

    app = web.Application()
    app.router.add_get("/feed.xml", feed_view)
    app.router.add_get("/p/{n}.html", page_view)
    web.run_app(app, host="127.0.0.1", port=port, print=None, access_log=None)


async def crawl(settings: Settings, feed_url: str) -> dict[str, float]:
    """One poll of the feed through the runner's parts: wall and CPU seconds, pages."""
    await ensure_topics(settings, ("articles.raw",))
    await ensure_topics(settings, STATE_TOPICS, configs=COMPACTED)
    producer = make_producer(settings)
    await producer.start()
    await producer.client.set_topics([settings.topic(name)
                                      for name in ("articles.raw", *STATE_TOPICS)])
    try:
        async with Fetcher(settings) as fetcher:
            polite = Politeness(fetcher, settings)
            store = StateStore(settings, producer)
            poller = Poller(settings, polite, store, PageTaker(settings, polite, store, producer))
            wall, cpu = time.perf_counter(), time.process_time()
            state = await poller.poll(FeedSpec(url=feed_url), 0)
            await producer.flush()
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    finally:
        await producer.stop()
    return {"pages": state.new_items, "wall_s": wall, "cpu_s": cpu}


def nlp_cost(pages: list[str]) -> dict[str, float]:
    """CPU seconds of ``Pipeline.enrich`` over ``pages`` (the model loaded beforehand)."""
    from newswire.nlp.pipeline import Pipeline

    pipeline = Pipeline()
    pipeline.enrich(RawArticle(id="warm-up", html=pages[0]))
    cpu = time.process_time()
    for number, page in enumerate(pages):
        pipeline.enrich(RawArticle(id=str(number), html=page, title=f"Page {number}"))
    return {"pages": len(pages), "cpu_s": time.process_time() - cpu}


def main() -> None:
    """Run (a) and (b) and print them with the machine."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=180)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.pages)
        return
    port = free_port()
    server = subprocess.Popen([sys.executable, __file__, "--serve", str(port),
                               "--pages", str(args.pages)])
    try:
        while not port_open(port):
            time.sleep(0.1)
        with EmbeddedBroker() as broker:
            settings = Settings(
                broker=broker.url, topic_prefix=f"bench{uuid.uuid4().hex[:6]}.", partitions=4,
                fetch_allow_private=True, fetch_host_delay_s=0.0,
                fetch_host_concurrency=args.concurrency,
                feeds_max_items_per_poll=args.pages,
                fetch_user_agent="newswire-bench/1 (+mailto:bench@example.invalid)")
            crawled = asyncio.run(crawl(settings, f"http://127.0.0.1:{port}/feed.xml"))
    finally:
        stop_process(server, grace_s=5)
    nlp = nlp_cost(load_pages(args.pages))
    report(crawled, nlp, args)


def report(crawled: dict[str, float], nlp: dict[str, float], args: argparse.Namespace) -> None:
    """Print the figures (or JSON with ``--json``)."""
    crawl_cpu_ms = 1000 * crawled["cpu_s"] / max(crawled["pages"], 1)
    nlp_cpu_ms = 1000 * nlp["cpu_s"] / max(nlp["pages"], 1)
    figures: dict[str, Any] = {
        "pages": crawled["pages"], "concurrency": args.concurrency,
        "crawl_pages_per_s": round(crawled["pages"] / crawled["wall_s"], 1),
        "crawl_cpu_ms_per_page": round(crawl_cpu_ms, 2),
        "nlp_cpu_ms_per_page": round(nlp_cpu_ms, 1),
        "crawl_share_of_nlp": round(crawl_cpu_ms / nlp_cpu_ms, 4),
        "machine": machine(),
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print(describe())
    print(f"(a) crawl, one poll of {crawled['pages']:.0f} pages from loopback "
          f"({args.concurrency} at once, no host delay): "
          f"{figures['crawl_pages_per_s']} pages/s, {crawl_cpu_ms:.2f} ms CPU per page")
    print(f"(b) baseline, Pipeline.enrich on the same pages: {nlp_cpu_ms:.1f} ms CPU per page")
    print(f"a/b: the crawler costs {100 * figures['crawl_share_of_nlp']:.2f}% of the NLP's "
          f"CPU per page")


if __name__ == "__main__":
    main()
