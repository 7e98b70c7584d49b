"""The feeds runner's pure parts: the feeds file, canonical URLs, the address guard, charsets,
poll intervals and backoff."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

import pytest

from newswire.errors import BlockedError, FeedsFileError
from newswire.feeds import poll
from newswire.feeds.config import load_feeds, parse_feeds
from newswire.feeds.fetch import retry_after
from newswire.feeds.guard import check_url
from newswire.feeds.items import FeedItem
from newswire.feeds.schedule import Bounds, backoff, max_age, next_interval
from newswire.feeds.state import FeedState, SeenEntry, StateStore
from newswire.feeds.urls import article_id, canonical_url, page_canonical
from newswire.settings import Settings
from tests.conftest import ROOT
from tests.feeds.content import START


def test_example_feeds_file_loads() -> None:
    """The feeds.toml shipped at the repository root is valid and lists real feeds."""
    specs = load_feeds(ROOT / "feeds.toml")
    assert len(specs) >= 3
    assert all(spec.url.startswith("https://") for spec in specs)


def test_feeds_file_fields(tmp_path: Path) -> None:
    """url, source, kind and interval bounds are read; a repeated URL counts once."""
    path = tmp_path / "feeds.toml"
    path.write_text('[[feeds]]\nurl = "https://a.example/rss"\nsource = "A"\n'
                    'interval = { min = "10m", max = 7200 }\n'
                    '[[feeds]]\nurl = "https://b.example/sitemap.xml"\nkind = "sitemap"\n'
                    '[[feeds]]\nurl = "https://a.example/rss"\n', encoding="utf-8")
    first, second = load_feeds(path)
    assert (first.source, first.min_interval_s, first.max_interval_s) == ("A", 600, 7200)
    assert (second.kind, second.source, second.host) == ("sitemap", None, "b.example")


@pytest.mark.parametrize(("document", "message"), [
    ({}, "no \\[\\[feeds\\]\\]"),
    ({"feeds": [{"url": "ftp://x/feed"}]}, "feed 1: url must be an http"),
    ({"feeds": [{"url": "https://x/f", "kind": "podcast"}]}, "kind must be"),
    ({"feeds": [{"url": "https://x/f", "intervall": 3}]}, "unknown keys"),
    ({"feeds": [{"url": "https://x/f", "interval": {"min": "2h", "max": "1h"}}]}, "above max"),
    ({"feeds": [{"url": "https://x/f", "interval": {"min": "soon"}}]}, "not a time window"),
])
def test_feeds_file_errors_name_the_entry(document: dict[str, object], message: str) -> None:
    """An invalid feeds file raises FeedsFileError saying which feed and why."""
    with pytest.raises(FeedsFileError, match=message):
        parse_feeds(document)


def test_feeds_of_one_host_share_a_partition() -> None:
    """Feeds are placed by host: two feeds of one host land on the same partition."""
    specs = parse_feeds({"feeds": [{"url": "https://a.example/one"},
                                   {"url": "https://A.example/two"}]})
    assert specs[0].partition(8) == specs[1].partition(8)


@pytest.mark.parametrize(("url", "canonical"), [
    ("HTTPS://News.Example.COM:443/a/../b/?utm_source=rss&b=2&a=1#top",
     "https://news.example.com/b/?a=1&b=2"),
    ("http://news.example.com", "http://news.example.com/"),
    ("https://news.example.com/story?id=3&fbclid=xyz", "https://news.example.com/story?id=3"),
    ("https://news.example.com/a/./b.html", "https://news.example.com/a/b.html"),
])
def test_canonical_urls(url: str, canonical: str) -> None:
    """Links that name one page give one canonical URL."""
    assert canonical_url(url) == canonical


def test_article_id_is_stable_across_spellings() -> None:
    """Two spellings of a link give one article id."""
    assert article_id(canonical_url("https://X.example/a?utm_medium=x")) == \
        article_id(canonical_url("https://x.example/a"))


@pytest.mark.parametrize(("page", "expected"), [
    ('<head><link rel="canonical" href="/story/1?utm_source=x"></head>',
     "https://www.news.example/story/1"),
    ("<head><link href='https://news.example/s' rel='Canonical'></head>",
     "https://news.example/s"),
    ('<head><link rel="canonical" href="https://other.example/s"></head>', None),
    ('<head></head><body><link rel="canonical" href="/late"></body>', None),
    ('<head><link rel="alternate" href="/amp"></head>', None),
    ('<head><link rel="canonical" href=""><link rel=canonical href=/s/2></head>',
     "https://www.news.example/s/2"),
])
def test_page_canonical(page: str, expected: str | None) -> None:
    """rel=canonical in the head counts when it stays on the page's own site."""
    assert page_canonical(page, "https://www.news.example/x") == expected


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.8/",
    "http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://192.168.1.1/", "http://localhost/",
    "http://0.0.0.0/", "http://100.64.0.1/", "file:///etc/passwd", "ftp://news.example/",
    "gopher://x/", "http:///no-host", "http://[64:ff9b::a9fe:a9fe]/", "http://[2002:7f00:1::]/",
    "http://[::127.0.0.1]/", "http://[fec0::1]/", "http://[64:ff9b:1::a00:1]/",
])
def test_guard_refuses_non_public_addresses_and_schemes(url: str) -> None:
    """Non-public addresses (also inside NAT64, 6to4, old IPv6 forms) and other schemes fail."""
    with pytest.raises(BlockedError):
        check_url(url, allow_private=False)


def test_guard_allows_public_and_when_told() -> None:
    """Public addresses pass; private ones pass with allow_private; file: never does."""
    check_url("https://93.184.215.14/", allow_private=False)
    check_url("https://news.example/", allow_private=False)
    check_url("https://[2a00:1450:4007:80e::200e]/", allow_private=False)
    check_url("https://[64:ff9b::5db8:d70e]/", allow_private=False)  # NAT64 of 93.184.215.14
    check_url("http://127.0.0.1:8080/", allow_private=True)
    with pytest.raises(BlockedError):
        check_url("file:///etc/passwd", allow_private=True)


BOUNDS = Bounds(low_s=300, high_s=3600, max_backoff_s=86_400)


def test_interval_follows_publishing_gap() -> None:
    """A feed publishing every 40 min is polled every 20 min; hourly-or-slower hits the cap."""
    every_40 = [START - timedelta(minutes=40 * n) for n in range(10)]
    assert next_interval(BOUNDS, previous_s=None, new_items=1, dates=every_40) == 1200
    daily = [START - timedelta(days=n) for n in range(5)]
    assert next_interval(BOUNDS, previous_s=None, new_items=1, dates=daily) == 3600


def test_interval_without_dates_stretches_and_shrinks() -> None:
    """No dates: nothing new stretches the interval, new items shrink it, within bounds."""
    assert next_interval(BOUNDS, previous_s=1000, new_items=0) == 1500
    assert next_interval(BOUNDS, previous_s=1000, new_items=3) == pytest.approx(666.67, 0.01)
    assert next_interval(BOUNDS, previous_s=3000, new_items=0) == 3600
    assert next_interval(BOUNDS, previous_s=None, new_items=0) == 300


def test_interval_respects_ttl_and_max_age() -> None:
    """<ttl> and Cache-Control max-age hold the next poll back (up to the upper bound)."""
    burst = [START - timedelta(minutes=n) for n in range(10)]
    assert next_interval(BOUNDS, previous_s=None, new_items=1, dates=burst, ttl_s=1800) == 1800
    assert next_interval(BOUNDS, previous_s=None, new_items=1, dates=burst,
                         max_age_s=max_age("public, max-age=900")) == 900
    assert next_interval(BOUNDS, previous_s=None, new_items=1, ttl_s=10 * 3600) == 3600


def test_backoff_doubles_to_a_day_and_honours_retry_after() -> None:
    """Failures double the wait from the lower bound up to a day; Retry-After is a floor."""
    assert [backoff(BOUNDS, n) for n in (1, 2, 3)] == [300, 600, 1200]
    assert backoff(BOUNDS, 40) == 86_400
    assert backoff(BOUNDS, 1, retry_after_s=5000) == 5000


def test_retry_after_reads_seconds_and_dates() -> None:
    """Retry-After as seconds or as an HTTP date; junk is ignored."""
    assert retry_after("120") == 120
    assert retry_after("Fri, 20 Nov 2026 08:02:00 GMT", now=START.timestamp()) == 120
    assert retry_after("soon") is None


class _Producer:
    """Records the topics a StateStore writes to."""

    def __init__(self) -> None:
        self.topics: list[str] = []

    async def send_and_wait(self, topic: str, **_: object) -> None:
        self.topics.append(topic)

    async def send(self, topic: str, **_: object) -> None:
        self.topics.append(topic)


@pytest.mark.parametrize(("app_id", "prefix", "expected"), [
    ("newswire", "", ["newswire.feeds-state", "newswire.feeds-seen"]),
    ("staging", "", ["staging.feeds-state", "staging.feeds-seen"]),
    ("staging", "test.", ["test.staging.feeds-state", "test.staging.feeds-seen"]),
])
async def test_feed_state_topics_belong_to_one_app(app_id: str, prefix: str,
                                                   expected: list[str]) -> None:
    """The runner of one app id never restores another app's feed state or seen URLs."""
    producer = _Producer()
    store = StateStore(Settings(app_id=app_id, topic_prefix=prefix), producer)  # type: ignore[arg-type]
    await store.save_feed(FeedState(url="https://example.com/feed"), 0)
    await store.send_seen([SeenEntry(url="https://example.com/a", feed_url="https://example.com/feed",
                                     outcome="produced", at=START)], 0)
    assert producer.topics == expected


async def test_fresh_items_are_canonicalised_off_the_event_loop(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A sitemap's URLs are canonicalised in a thread, not on the loop heartbeats share."""
    threads: set[threading.Thread] = set()

    def spy(url: str) -> str:
        threads.add(threading.current_thread())
        return canonical_url(url)

    monkeypatch.setattr(poll, "canonical_url", spy)
    store = StateStore(Settings(), None)
    poller = poll.Poller(Settings(), None, store, None)  # type: ignore[arg-type]
    items = [FeedItem("https://news.example/a?utm_source=rss"), FeedItem(None),
             FeedItem("https://NEWS.example/a"), FeedItem("https://news.example/b")]
    fresh, left_over = await poller._fresh(items, 0)
    assert [item.url for item in fresh] == ["https://news.example/a?utm_source=rss",
                                            "https://news.example/b"]
    assert not left_over
    assert threads
    assert threading.main_thread() not in threads
