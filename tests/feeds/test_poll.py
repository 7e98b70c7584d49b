"""Polling a feed without a broker: item URLs canonicalised off the event loop."""

from __future__ import annotations

import threading

import pytest

from newswire.feeds import poll
from newswire.feeds.items import FeedItem
from newswire.feeds.state import StateStore
from newswire.feeds.urls import canonical_url
from newswire.settings import Settings


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
