"""How a page that failed is settled: tried again, given up, or skipped for good."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from typing import Any, cast

import pytest

from newswire.errors import FetchError
from newswire.feeds.config import FeedSpec
from newswire.feeds.items import FeedItem
from newswire.feeds.pages import PageTaker
from newswire.feeds.state import SeenEntry
from newswire.settings import Settings

URL = "https://news.example/a"


class FakeStore:
    """Remembers the seen entries sent; a page has ``before`` failed attempts already."""

    def __init__(self, before: int) -> None:
        self.before = before
        self.sent: list[SeenEntry] = []

    def attempts(self, partition: int, url: str) -> int:
        """Failed attempts so far."""
        return self.before

    async def send_seen(self, entries: Iterable[SeenEntry],
                        partition: int) -> list[asyncio.Future[object]]:
        """Keep the entries; nothing to wait for."""
        self.sent += entries
        return []


@pytest.mark.parametrize(("before", "reason", "status", "outcome", "attempts"), [
    (0, "held", None, "retry", 0),
    (2, "held", None, "retry", 2),
    (5, "held", None, "retry", 5),
    (0, "timeout", None, "retry", 1),
    (2, "timeout", None, "failed", 3),
    (2, "http_429", 429, "failed", 3),
    (0, "http_404", 404, "skipped", 1),
])
def test_a_held_host_costs_the_page_no_attempt_and_no_record(
        before: int, reason: str, status: int | None, outcome: str, attempts: int) -> None:
    """A fetch refused because the host holds us (`held`: no request made) leaves the page
    to retry with its attempts unchanged and writes no seen record; asked and failed, a
    transient fault counts one attempt (given up at NEWSWIRE_FEEDS_PAGE_ATTEMPTS = 3),
    anything else is skipped."""
    store = FakeStore(before)
    taker = PageTaker(Settings(feeds_page_attempts=3), cast(Any, None), cast(Any, store),
                      cast(Any, None))
    error = FetchError("failed", url=URL, reason=reason, status=status)
    spec = FeedSpec(url="https://news.example/feed")
    assert asyncio.run(taker._settle_failure(URL, spec, 0, error)) == outcome
    recorded = [] if reason == "held" else [(outcome, attempts, reason)]  # not asked: no entry
    assert [(e.outcome, e.attempts, e.reason) for e in store.sent] == recorded


class HeldPolite:
    """Politeness whose hosts ``held`` (a long Retry-After) or not; counts the fetches."""

    def __init__(self, held: bool) -> None:
        self.is_held = held
        self.fetches = 0

    def held(self, url: str) -> bool:
        """Whether the host of ``url`` holds us."""
        return self.is_held

    async def fetch(self, url: str, **kwargs: Any) -> Any:
        """A fetch that fails as transient (asked, a timeout)."""
        self.fetches += 1
        raise FetchError("timed out", url=url, reason="timeout")


@pytest.mark.parametrize(("held", "fetches", "entries"), [
    (True, 0, []),                   # held: not asked, nothing written, retried after the hold
    (False, 1, [("retry", 1)]),      # not held: asked, one attempt recorded
])
def test_a_page_of_a_held_host_is_not_taken_until_the_hold_ends(
        held: bool, fetches: int, entries: list[tuple[str, int]]) -> None:
    """Each poll during a long hold leaves the host's pages alone: no request, no seen-topic
    record, no attempt (README: tried again after the hold, which costs them no attempt)."""
    store, polite = FakeStore(0), HeldPolite(held)
    taker = PageTaker(Settings(feeds_page_attempts=3), cast(Any, polite), cast(Any, store),
                      cast(Any, None))
    item = FeedItem(url=URL)
    spec = FeedSpec(url="https://news.example/feed")
    outcome = asyncio.run(taker._fetch_and_produce(item, URL, spec, "news.example", 0))
    assert (outcome, polite.fetches) == ("retry", fetches)
    assert [(e.outcome, e.attempts) for e in store.sent] == entries
