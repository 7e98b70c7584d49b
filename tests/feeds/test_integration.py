"""The feeds runner as a user runs it (``newswire feeds run``), with Tansu and a real worker:
a feed of 20 items becomes 20 enriched articles; ``--once`` again costs one 304; a runner
killed with SIGKILL mid-poll and restarted loses no item and fetches no page twice."""

from __future__ import annotations

import asyncio
import json
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest

from newswire import topics
from newswire.broker import stop_process
from newswire.feeds.urls import article_id, canonical_url
from newswire.settings import Settings
from newswire.stream.process import WorkerProcess
from tests.feeds import content
from tests.feeds import server as serve
from tests.feeds.server import FeedServer
from tests.stream.conftest import read_until, run_cli

pytestmark = pytest.mark.integration


def serve_feed(server: FeedServer, count: int, held: int | None = None) -> list[content.Item]:
    """An RSS feed at /feed.xml of ``count`` items linking to real article pages; the
    page of item ``held`` hangs on its first request."""
    entries = content.items(server.url(""), count)
    for n, (entry, page) in enumerate(zip(entries, content.real_pages(count), strict=True)):
        handler = serve.html_page(page)
        server.routes[_path(server, entry)] = serve.held_first(handler) if n == held else handler
    server.routes["/feed.xml"] = serve.document(content.rss(entries), "application/rss+xml")
    return entries


def _path(server: FeedServer, entry: content.Item) -> str:
    return (entry.link or "").removeprefix(server.url(""))


def feeds_file(tmp_path: Path, server: FeedServer) -> Path:
    """A feeds file naming the test server's feed."""
    path = tmp_path / "feeds.toml"
    path.write_text(f'[[feeds]]\nurl = "{server.url("/feed.xml")}"\nsource = "Test Wire"\n',
                    encoding="utf-8")
    return path


def ids_of(values: list[bytes]) -> list[str]:
    """The article ids of JSON values."""
    return [json.loads(value)["id"] for value in values]


async def test_feed_of_20_items_ends_as_20_enriched_articles(
        settings: Settings, feed_settings: Settings, server: FeedServer, tmp_path: Path) -> None:
    """20 items -> 20 enriched articles carrying the item's fields; a second --once sends a
    conditional request, gets a 304, fetches no page and produces nothing."""
    entries = serve_feed(server, 20)
    path = feeds_file(tmp_path, server)
    worker = await asyncio.to_thread(WorkerProcess(settings, tmp_path / "worker.log").start)
    try:
        first = await asyncio.to_thread(run_cli, feed_settings, "feeds", "run", str(path),
                                        "--once")
        assert first.returncode == 0, first.stdout + first.stderr
        enriched = [json.loads(v) for v in
                    await read_until(settings, topics.ENRICHED, 20, timeout=180)]
    finally:
        await asyncio.to_thread(worker.stop)
    expected = {article_id(canonical_url(e.link or "")): e for e in entries}
    assert sorted(a["id"] for a in enriched) == sorted(expected)
    for article in enriched:
        entry = expected[article["id"]]
        assert article["extra"] == {"feed_url": server.url("/feed.xml"), "guid": entry.guid}
        assert (article["source"], article["author"]) == ("Test Wire", "Jane Reporter")
        assert article["published_at"].startswith(entry.published.strftime("%Y-%m-%dT%H:%M"))
        assert article["body"]

    hits = len(server.hits)
    second = await asyncio.to_thread(run_cli, feed_settings, "feeds", "run", str(path),
                                     "--once")
    assert second.returncode == 0, second.stdout + second.stderr
    again = [hit for hit in server.hits[hits:] if hit.path != "/robots.txt"]
    assert [(hit.path, hit.status) for hit in again] == [("/feed.xml", 304)]
    assert again[0].headers.get("If-None-Match")
    assert len(await read_until(feed_settings, topics.RAW, 20, settle=2.0)) == 20

    status = await asyncio.to_thread(run_cli, feed_settings, "feeds", "status")
    assert status.returncode == 0, status.stderr
    assert server.url("/feed.xml") in status.stdout
    assert "304" in status.stdout


def spawn_runner(settings: Settings, path: Path, log: Path) -> subprocess.Popen[bytes]:
    """``newswire feeds run PATH`` as a child process, its output appended to ``log``."""
    with log.open("ab") as handle:
        return subprocess.Popen([sys.executable, "-m", "newswire", "feeds", "run", str(path)],
                                env=settings.child_env(), stdout=handle,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)


async def wait_for(condition: Callable[[], object], timeout: float, what: str) -> None:
    """Poll ``condition()`` until true, or fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"{what} did not happen within {timeout}s")
        await asyncio.sleep(0.1)


async def test_runner_killed_mid_poll_loses_nothing_and_fetches_no_page_twice(
        feed_settings: Settings, server: FeedServer, tmp_path: Path) -> None:
    """SIGKILL while the 8th page is being fetched; the restarted runner produces the other
    13, each page is served once (the killed request is asked again), nothing twice."""
    settings = feed_settings.model_copy(update={"fetch_host_concurrency": 1})
    entries = serve_feed(server, 20, held=7)
    held = _path(server, entries[7])
    path = feeds_file(tmp_path, server)
    log = tmp_path / "runner.log"

    first = spawn_runner(settings, path, log)
    try:
        await wait_for(lambda: server.requests_for(held), 60, "the request of the held page")
        assert len(await read_until(settings, topics.RAW, 7, timeout=30)) == 7
        first.send_signal(signal.SIGKILL)
        first.wait(10)
    finally:
        stop_process(first, grace_s=1)

    second = spawn_runner(settings, path, log)
    try:
        values = await read_until(settings, topics.RAW, 20, timeout=90, settle=2.0)
        url = f"http://127.0.0.1:{settings.feeds_web_port}/metrics"
        metrics = await asyncio.to_thread(_get_text, url)
    finally:
        status = await asyncio.to_thread(stop_process, second, 20)
    assert status == 0, log.read_text()
    assert sorted(ids_of(values)) == sorted({article_id(canonical_url(e.link or ""))
                                             for e in entries})
    for entry in entries:
        requests = server.requests_for(_path(server, entry))
        assert sum(hit.completed for hit in requests) == 1, entry.link
        assert len(requests) == (2 if entry.link and entry.link.endswith(held) else 1)
    assert "newswire_feeds_pages_fetched_total 13.0" in metrics


def _get_text(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return str(response.read().decode())
