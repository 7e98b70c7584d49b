"""The runner in this process against Tansu and a loopback server: one feed with every fault,
each counted and survived; retries at the next poll; state and holds restored from Kafka."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta
from pathlib import Path

import pytest

from newswire import topics
from newswire.errors import BrokerError, FeedsFileError
from newswire.feeds import FeedRunner, FeedSpec, guard, metrics
from newswire.feeds.items import FeedItem
from newswire.feeds.pages import PageTaker
from newswire.feeds.state import COMPACTED, StateStore, now, state_topics
from newswire.feeds.status import read_status
from newswire.kafka.clients import ensure_topics, make_producer
from newswire.settings import Settings
from tests.feeds import content
from tests.feeds import server as serve
from tests.feeds.conftest import SHORT_TIMEOUTS
from tests.feeds.server import FeedServer, Handler
from tests.stream.conftest import read_until

pytestmark = pytest.mark.integration

PAGE = content.sample_page()
FRENCH = ("<html><head><meta http-equiv='content-type' content='text/html'><title>Grève"
          "</title></head><body><article><h1>Grève à Paris</h1><p>Le président a déclaré "
          "mercredi que le gouvernement était « prêt à négocier » après une journée de grève "
          "très suivie à Paris, à Lyon et à Marseille.</p></article></body></html>")
#: path on the server -> (handler, what becomes of the item)
PAGES: dict[str, tuple[serve.Handler, str]] = {
    "/ok/0.html": (serve.html_page(PAGE), "produced"),
    "/ok/1.html": (serve.html_page(PAGE.replace("<h1>", "<h1>1 ")), "produced"),
    "/fr.html": (serve.html_page(FRENCH.encode("cp1252"), "text/html; charset=utf-8"),
                 "produced"),
    "/p/404": (serve.status(404), "http_404"),
    "/p/410": (serve.status(410), "http_410"),
    "/p/500": (serve.status(500), "retry"),
    "/p/429": (serve.status(429, {"Retry-After": "1"}), "retry"),
    "/p/timeout": (serve.slow(10.0, serve.html_page(PAGE)), "retry"),
    "/p/trickle": (serve.streamed(lambda: iter([b"<p>x</p>"] * 200), pause_s=0.05), "retry"),
    "/p/huge": (serve.streamed(lambda: iter([b"x" * 1_000_000] * 30)), "too_large"),
    "/p/loop": (serve.redirect("/p/loop"), "redirects"),
    "/private/secret.html": (serve.html_page(PAGE), "robots"),
}


def fault_feed(base: str) -> str:
    """An RSS feed whose items lead to every page above, plus a relative link, a duplicate
    (same page with a tracking parameter), an item without a link and non-public links."""
    links = [f"{base}{path}" for path in PAGES]
    links += ["../rel/3.html", f"{base}/ok/0.html?utm_source=rss", None,
              "http://169.254.169.254/latest/meta-data/", "http://10.0.0.7/admin",
              "file:///etc/passwd"]
    items = [content.Item(link, f"Item {n}", content.START, guid=f"g{n}")
             for n, link in enumerate(links)]
    return content.rss(items, title="Fault Wire")


@pytest.fixture
def loopback_is_public(monkeypatch: pytest.MonkeyPatch) -> None:
    """127.0.0.1 (the test server) counts as public; every other private address stays
    refused, as with NEWSWIRE_FETCH_ALLOW_PRIVATE unset."""
    real = guard.address_allowed
    monkeypatch.setattr(guard, "address_allowed", lambda address, *, allow_private:
                        address == "127.0.0.1" or real(address, allow_private=allow_private))


def _skipped(reason: str) -> float:
    return metrics.REGISTRY.get_sample_value("newswire_feeds_items_skipped_total",
                                             {"reason": reason}) or 0.0


@pytest.mark.usefixtures("loopback_is_public")
async def test_every_fault_is_counted_and_survived(feed_settings: Settings,
                                                   server: FeedServer) -> None:
    """One poll of a feed with every fault produces the good pages, settles or defers the
    rest with a counted reason, never requests a non-public address, and a second poll
    retries only the transient failures."""
    settings = feed_settings.model_copy(update={"fetch_allow_private": False, **SHORT_TIMEOUTS})
    server.routes |= {path: handler for path, (handler, _) in PAGES.items()}
    server.routes["/rel/3.html"] = serve.html_page(PAGE.replace("<h1>", "<h1>3 "))
    server.routes["/robots.txt"] = serve.document("User-agent: *\nDisallow: /private/\n",
                                                  "text/plain", etag=False)
    server.routes["/feeds/faults.xml"] = serve.document(fault_feed(server.url("")),
                                                        "application/rss+xml")
    spec = FeedSpec(url=server.url("/feeds/faults.xml"))
    reasons = ["http_404", "http_410", "too_large", "redirects", "robots", "private", "scheme",
               "no_link", "duplicate", "retry"]
    before = {reason: _skipped(reason) for reason in reasons}

    states = await FeedRunner(settings, [spec], once=True).run()

    state = states[spec.url]
    assert (state.status, state.new_items, state.failures, state.source) == \
        (200, 4, 0, "Fault Wire")
    assert state.etag is None, "transient failures must not be hidden by a 304 next time"
    values = await read_until(settings, topics.RAW, 4, timeout=30, settle=1.0)
    articles = [json.loads(value) for value in values]
    assert sorted(a["url"].removeprefix(server.url("")) for a in articles) == \
        ["/fr.html", "/ok/0.html", "/ok/1.html", "/rel/3.html"]
    french = next(a for a in articles if a["url"].endswith("/fr.html"))
    assert "« prêt à négocier »" in french["html"]
    delta = {reason: _skipped(reason) - before[reason] for reason in reasons}
    assert delta == {"http_404": 1, "http_410": 1, "too_large": 1, "redirects": 1,
                     "robots": 1, "private": 2, "scheme": 1, "no_link": 1, "duplicate": 1,
                     "retry": 4}
    assert server.requests_for("/private/secret.html") == []

    # The next poll fetches the feed again (no validators) and retries the transient four.
    server.routes["/p/500"] = server.routes["/p/429"] = serve.html_page(PAGE)
    hits = len(server.hits)
    states = await FeedRunner(settings, [spec], once=True).run()
    again = sorted({hit.path for hit in server.hits[hits:]})
    assert again == ["/feeds/faults.xml", "/p/429", "/p/500", "/p/timeout", "/p/trickle",
                     "/robots.txt"]
    assert states[spec.url].new_items == 2


async def test_state_is_restored_from_kafka(feed_settings: Settings, server: FeedServer) -> None:
    """A new runner reads back the feed's validators and the URLs seen: its poll is one 304
    and fetches no page."""
    entries = content.items(server.url(""), 3)
    for n, entry in enumerate(entries):
        server.routes[entry.link.removeprefix(server.url(""))] = serve.html_page(
            PAGE.replace("<h1>", f"<h1>{n} "))
    server.routes["/feed.json"] = serve.document(content.json_feed(entries),
                                                 "application/feed+json")
    spec = FeedSpec(url=server.url("/feed.json"), source="JSON Wire")
    first = await FeedRunner(feed_settings, [spec], once=True).run()
    assert first[spec.url].new_items == 3

    store = await _restored(feed_settings)
    partition = spec.partition(feed_settings.partitions)
    assert store.feeds[spec.url].etag == first[spec.url].etag
    assert {entry.outcome for entry in store.seen[partition].values()} == {"produced"}
    assert len(store.seen[partition]) == 3

    hits = len(server.hits)
    second = await FeedRunner(feed_settings, [spec], once=True).run()
    # A new runner asks for robots.txt once (its cache is per process), then one 304.
    assert [(hit.path, hit.status) for hit in server.hits[hits:]] == \
        [("/robots.txt", 404), ("/feed.json", 304)]
    assert (second[spec.url].status, second[spec.url].total_items) == (304, 3)


async def test_feeds_file_round_trip(tmp_path: Path) -> None:
    """The module's public loader reads what the README documents (smoke of the import)."""
    path = tmp_path / "feeds.toml"
    path.write_text('[[feeds]]\nurl = "https://news.example/rss"\n', encoding="utf-8")
    from newswire.feeds import load_feeds

    assert [spec.url for spec in load_feeds(path)] == ["https://news.example/rss"]


async def test_long_urls_and_feed_titles_never_reach_the_worker(feed_settings: Settings,
                                                                server: FeedServer) -> None:
    """An item whose url is over NEWSWIRE_MAX_URL_CHARS is settled as url_too_long without a
    fetch, a page whose rel=canonical is over it keeps its own url, and a feed title over
    NEWSWIRE_MAX_SOURCE_CHARS gives way to the feed's host; nothing crashes the runner."""
    settings = feed_settings.model_copy(update={"max_url_chars": 120, "max_source_chars": 30})
    long_path = "/long/" + "a" * 200
    long_canonical = f'<link rel="canonical" href="{server.url("/c/" + "b" * 200)}">'
    server.routes["/ok.html"] = serve.html_page(PAGE.replace("<head>", "<head>" + long_canonical))
    server.routes[long_path] = serve.html_page(PAGE)
    entries = [content.Item(server.url("/ok.html"), "Fine", content.START, guid="g0"),
               content.Item(server.url(long_path), "Long", content.START, guid="g1")]
    server.routes["/feed.xml"] = serve.document(content.rss(entries, title="Wire " * 20),
                                                "application/rss+xml")
    spec = FeedSpec(url=server.url("/feed.xml"))
    before = _skipped("url_too_long")

    states = await FeedRunner(settings, [spec], once=True).run()

    assert (states[spec.url].new_items, states[spec.url].source) == (1, "127.0.0.1")
    assert _skipped("url_too_long") - before == 1
    assert server.requests_for(long_path) == []
    values = await read_until(settings, topics.RAW, 1, timeout=30, settle=1.0)
    article = json.loads(values[0])
    assert (article["url"], article["source"]) == (server.url("/ok.html"), "127.0.0.1")
    with pytest.raises(FeedsFileError, match="NEWSWIRE_MAX_SOURCE_CHARS"):
        FeedRunner(settings, [FeedSpec(url=spec.url, source="S" * 31)])


async def test_news_sitemap_articles_carry_the_publication_name(feed_settings: Settings,
                                                                server: FeedServer) -> None:
    """A news sitemap's articles carry its news:publication name as their source (before,
    with no source in the feeds file, they carried the host, e.g. `127.0.0.1`)."""
    server.routes["/n/0.html"] = serve.html_page(PAGE)
    entries = [content.Item(server.url("/n/0.html"), "Sitemap story", content.START)]
    server.routes["/news-sitemap.xml"] = serve.document(content.news_sitemap(entries),
                                                        "application/xml")
    spec = FeedSpec(url=server.url("/news-sitemap.xml"))

    states = await FeedRunner(feed_settings, [spec], once=True).run()

    assert (states[spec.url].new_items, states[spec.url].source) == (1, "Test")
    values = await read_until(feed_settings, topics.RAW, 1, timeout=30, settle=0.5)
    assert [json.loads(value)["source"] for value in values] == ["Test"]


def _sitemap_and_rss_list(server: FeedServer,
                          page: Handler) -> tuple[content.Item, list[FeedSpec]]:
    """Serve ``/same.html`` as ``page``, listed by a news sitemap and, with a tracking
    parameter, by an RSS feed: the RSS item and the two feeds' specs."""
    server.routes["/same.html"] = page
    entry = content.Item(server.url("/same.html"), "Same", content.START, guid="same")
    tracked = content.Item(server.url("/same.html?utm_source=rss"), "Same", content.START,
                           guid="same-rss")
    server.routes["/sitemap.xml"] = serve.document(content.news_sitemap([entry]),
                                                   "application/xml")
    server.routes["/rss.xml"] = serve.document(content.rss([tracked]), "application/rss+xml")
    return tracked, [FeedSpec(url=server.url("/sitemap.xml")),
                     FeedSpec(url=server.url("/rss.xml"))]


async def test_a_page_settled_after_a_feed_chose_it_is_not_fetched_again(
        feed_settings: Settings, server: FeedServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page the RSS feed chose as fresh while the sitemap's fetch of it was not settled
    yet, and that the sitemap settled before the RSS feed's turn came, is not fetched again
    (before: fetched twice, once per feed; the in-flight set was all ``PageTaker._one``
    checked). The runner is real; the test only holds each feed's ``take`` so that this
    order, otherwise one loop iteration wide, is the one met."""
    tracked, specs = _sitemap_and_rss_list(server, serve.html_page(PAGE))
    rss_chose, sitemap_settled = asyncio.Event(), asyncio.Event()
    take = PageTaker.take

    async def ordered(self: PageTaker, items: list[FeedItem], spec: FeedSpec, source: str,
                      partition: int) -> tuple[int, int]:
        if spec.url.endswith("/rss.xml"):  # its fresh items are chosen: now the sitemap
            assert [item.url for item in items] == [tracked.link]
            rss_chose.set()
            await asyncio.wait_for(sitemap_settled.wait(), 60)
            return await take(self, items, spec, source, partition)
        await asyncio.wait_for(rss_chose.wait(), 60)
        try:
            return await take(self, items, spec, source, partition)
        finally:
            sitemap_settled.set()

    monkeypatch.setattr(PageTaker, "take", ordered)
    await FeedRunner(feed_settings, specs, once=True).run()

    assert [hit.path for hit in server.requests_of_page("/same.html")] == ["/same.html"]
    values = await read_until(feed_settings, topics.RAW, 1, timeout=30, settle=1.5)
    assert len(values) == 1


@pytest.mark.parametrize("late", ["/rss.xml", "/sitemap.xml"],
                         ids=["sitemap-link-first", "tracked-link-first"])
async def test_two_feeds_listing_one_page_fetch_it_once(feed_settings: Settings,
                                                       server: FeedServer, late: str) -> None:
    """A page that two feeds of one site list (a sitemap and an RSS link with a tracking
    parameter), polled at once, is fetched and produced once (before: once per feed, the
    second fetch started while the first was in flight), under whichever spelling the feed
    that gets there first gives: the RSS item's request is ``/same.html?utm_source=rss``
    (counting ``/same.html`` alone failed whenever the RSS feed won the race). One feed
    answers a little late, so that each order is usually met; the count holds either way."""
    _, specs = _sitemap_and_rss_list(server, serve.slow(0.3, serve.html_page(PAGE)))
    server.routes[late] = serve.slow(0.1, server.routes[late])

    await FeedRunner(feed_settings, specs, once=True).run()

    assert len(server.requests_of_page("/same.html")) == 1
    values = await read_until(feed_settings, topics.RAW, 1, timeout=30, settle=1.5)
    assert len(values) == 1


async def _restored(settings: Settings) -> StateStore:
    """A store that read back every partition of this test's state topic."""
    producer = make_producer(settings)
    await producer.start()
    try:
        store = StateStore(settings, producer)
        await store.restore(range(settings.partitions))
    finally:
        await producer.stop()
    return store


@pytest.mark.parametrize(("retry_after", "saved", "asked_again"), [
    ("86400", True, []),                                           # held: not asked again
    ("1", False, [("/robots.txt", 404), ("/feed.xml", 429)]),      # short: asked again
], ids=["a-day", "a-second"])
async def test_a_long_hold_outlives_the_process(
        feed_settings: Settings, server: FeedServer, retry_after: str, saved: bool,
        asked_again: list[tuple[str, int]]) -> None:
    """A host that answers `Retry-After: 86400` is not asked by the next `--once` (a new
    process: before, the hold lasted one process, and cron asked the host again each run);
    the hold is on the state topic with its end, and `feeds status` lists it. A short
    Retry-After is not saved."""
    server.routes["/feed.xml"] = serve.status(429, {"Retry-After": retry_after})
    spec = FeedSpec(url=server.url("/feed.xml"))
    first = await FeedRunner(feed_settings, [spec], once=True).run()
    assert first[spec.url].status == 429

    store = await _restored(feed_settings)
    assert (server.url("") in store.holds) is saved
    listed = [hold.host for hold in (await read_status(feed_settings)).holds]
    assert listed == ([server.url("")] if saved else [])  # what `feeds status` shows
    if saved:
        left = (store.holds[server.url("")].until - now()).total_seconds()
        assert 82_800 < left <= 86_400  # a day, less the test's own time

    hits = len(server.hits)
    second = await FeedRunner(feed_settings, [spec], once=True).run()
    assert [(hit.path, hit.status) for hit in server.hits[hits:]] == asked_again
    assert second[spec.url].failures == 2  # held or refused, the feed backs off again


@pytest.mark.parametrize(("ends_in_s", "asked", "kept"), [
    (-60.0, [("/robots.txt", 404), ("/feed.json", 200)], False),  # ended: ignored, deleted
    (3600.0, [], True),                                          # an hour left: honoured
], ids=["ended", "an-hour-left"])
async def test_a_saved_hold_is_honoured_until_it_ends(
        feed_settings: Settings, server: FeedServer, ends_in_s: float,
        asked: list[tuple[str, int]], kept: bool) -> None:
    """A runner restores the holds of its partitions before any fetch: one that has not
    ended keeps the host unasked and stays on the topic; one that has ended is ignored and
    tombstoned, so compaction does not keep one record per host ever held."""
    server.routes["/feed.json"] = serve.document(content.json_feed([]),
                                                 "application/feed+json")
    producer = make_producer(feed_settings)
    await producer.start()
    try:
        await ensure_topics(feed_settings, state_topics(feed_settings), configs=COMPACTED)
        await StateStore(feed_settings, producer).save_hold(
            server.url(""), now() + timedelta(seconds=ends_in_s))
    finally:
        await producer.stop()

    await FeedRunner(feed_settings, [FeedSpec(url=server.url("/feed.json"))], once=True).run()
    assert [(hit.path, hit.status) for hit in server.hits] == asked
    assert (server.url("") in (await _restored(feed_settings)).holds) is kept


async def test_a_runner_that_cannot_restore_its_state_stops(
        feed_settings: Settings, server: FeedServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """When Kafka cannot say the state topics' partitions as the runner restores them,
    `--once` stops with the error (aiokafka swallowed it in the rebalance listener: the
    runner would have waited for ever), and never asks the feed without its state."""
    from newswire.feeds import readback

    async def cannot_ask(*_: object) -> list[object]:
        await asyncio.sleep(0)
        raise BrokerError("cannot ask Kafka for the partitions of the state topic: timed out")

    server.routes["/rss.xml"] = serve.document(content.rss([]), "application/rss+xml")
    spec = FeedSpec(url=server.url("/rss.xml"))
    monkeypatch.setattr(readback, "topic_partitions", cannot_ask)
    with pytest.raises(BrokerError, match="feeds runner stopped: cannot ask Kafka"):
        await asyncio.wait_for(FeedRunner(feed_settings, [spec], once=True).run(), 300)
    assert server.requests_for("/rss.xml") == []
