"""One poll of one feed: conditional fetch, parse off the loop, new items, then
:mod:`newswire.feeds.pages` for each; the feed's state is written last.

The feed's ETag and Last-Modified are saved only after every new item was handled: a runner
killed mid-poll must not come back to a 304 that hides the items it had not fetched yet.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import timedelta

from newswire.errors import FetchError
from newswire.feeds import metrics
from newswire.feeds.config import FeedSpec
from newswire.feeds.fetch import Response, raise_for_status
from newswire.feeds.items import FeedItem, ParsedFeed
from newswire.feeds.pages import PageTaker
from newswire.feeds.parse import parse_document
from newswire.feeds.polite import Politeness
from newswire.feeds.schedule import Bounds, backoff, max_age, next_interval
from newswire.feeds.state import FeedState, StateStore, now
from newswire.feeds.urls import canonical_url
from newswire.settings import Settings

__all__ = ["SITEMAP_CHILDREN", "Poller"]

log = logging.getLogger(__name__)
#: Child sitemaps of a sitemap index read per poll, newest first.
SITEMAP_CHILDREN = 5


@dataclass
class Poller:
    """Polls feeds with one politeness layer, state store and page taker."""

    settings: Settings
    polite: Politeness
    store: StateStore
    pages: PageTaker

    def bounds(self, spec: FeedSpec) -> Bounds:
        """The feed's own interval bounds, else the settings'."""
        return Bounds(spec.min_interval_s or self.settings.feeds_min_interval_s,
                      spec.max_interval_s or self.settings.feeds_max_interval_s,
                      self.settings.feeds_max_backoff_s)

    async def poll(self, spec: FeedSpec, partition: int) -> FeedState:
        """Poll ``spec`` once, produce its new items, save and return its new state."""
        state = self.store.feeds.get(spec.url) or FeedState(url=spec.url, source=spec.source)
        try:
            response = await self.polite.fetch(spec.url, _conditional(state))
            raise_for_status(response)
            if response.status == 304:
                new_state = self._unchanged(spec, state, response, 0)
                metrics.POLLS.labels("not_modified").inc()
            else:
                new_state = await self._changed(spec, state, response, partition)
        except FetchError as exc:
            new_state = self._failed(spec, state, exc)
        await self.store.save_feed(new_state, partition)
        return new_state

    async def _changed(self, spec: FeedSpec, state: FeedState, response: Response,
                       partition: int) -> FeedState:
        parsed = await asyncio.to_thread(parse_document, response.body, response.url,
                                         response.header("content-type"), spec.kind)
        items = parsed.items + await self._children(spec, parsed)
        if parsed.malformed:
            metrics.ITEMS_SKIPPED.labels("malformed_feed").inc()
        source = spec.source or _name(parsed.title, self.settings.max_source_chars) or spec.host
        fresh, left_over = await self._fresh(items, partition)
        produced, retrying = await self.pages.take(fresh, spec, source, partition)
        left_over = left_over or retrying > 0
        metrics.POLLS.labels("new" if fresh else "unchanged").inc()
        bounds = self.bounds(spec)
        # Items left for the next poll (over the cap, or to be tried again): come back soon,
        # and without validators (a 304 would hide them).
        interval = bounds.low_s if left_over else next_interval(
            bounds, previous_s=state.interval_s, new_items=len(fresh),
            dates=[i.published_at for i in items if i.published_at],
            ttl_s=parsed.ttl_s, max_age_s=max_age(response.header("cache-control")))
        if state.failures:
            log.info("feed %s recovered after %d failure(s)", spec.url, state.failures)
        return state.model_copy(update={
            "source": source, "kind": parsed.kind, "status": response.status, "error": None,
            "etag": None if left_over else response.header("etag"),
            "last_modified": None if left_over else response.header("last-modified"),
            "new_items": produced, "total_items": state.total_items + produced,
            "failures": 0, "backoff_s": 0.0, **_times(interval)})

    def _unchanged(self, spec: FeedSpec, state: FeedState, response: Response,
                   new_items: int) -> FeedState:
        interval = next_interval(self.bounds(spec), previous_s=state.interval_s,
                                 new_items=new_items,
                                 max_age_s=max_age(response.header("cache-control")))
        return state.model_copy(update={
            "status": response.status, "error": None, "new_items": 0, "failures": 0,
            "backoff_s": 0.0, **_times(interval)})

    def _failed(self, spec: FeedSpec, state: FeedState, exc: FetchError) -> FeedState:
        failures = state.failures + 1
        delay = backoff(self.bounds(spec), failures, exc.retry_after)
        metrics.POLLS.labels("failed").inc()
        metrics.BACKOFFS.inc()
        # One line per failure, not per retry: a feed failing the same way again is quiet.
        level = logging.DEBUG if state.error == str(exc) else logging.WARNING
        log.log(level, "feed %s failed: %s; next poll in %.0f s (failure %d)", spec.url,
                exc.message, delay, failures)
        return state.model_copy(update={
            "status": exc.status, "error": str(exc), "new_items": 0, "failures": failures,
            "backoff_s": delay, **_times(delay, interval=state.interval_s)})

    async def _children(self, spec: FeedSpec, parsed: ParsedFeed) -> list[FeedItem]:
        items: list[FeedItem] = []
        for child in parsed.children[:SITEMAP_CHILDREN]:
            try:
                response = await self.polite.fetch(child)
                raise_for_status(response)
                sub = await asyncio.to_thread(parse_document, response.body, response.url,
                                              response.header("content-type"), "sitemap")
            except FetchError as exc:
                log.warning("sitemap %s of %s failed: %s", child, spec.url, exc.message)
                continue
            items += sub.items
        return items

    async def _fresh(self, items: list[FeedItem],
                     partition: int) -> tuple[list[FeedItem], bool]:
        """Items not settled yet, each canonical URL once, at most the per-poll cap; and
        whether some were left for the next poll."""
        # courlan takes about 80 µs a URL: on the loop, a sitemap index's 250,000 URLs would
        # hold every other feed and the group's heartbeats for 20 s.
        canonicals = await asyncio.to_thread(_canonical_urls, items)
        fresh: dict[str, FeedItem] = {}
        for item, canonical in zip(items, canonicals, strict=True):
            if canonical is None:
                metrics.ITEMS_SKIPPED.labels("no_link").inc()
                continue
            if canonical in fresh:
                metrics.ITEMS_SKIPPED.labels("duplicate").inc()
            elif not self.store.is_done(partition, canonical):
                fresh[canonical] = item
        cap = self.settings.feeds_max_items_per_poll
        metrics.NEW_ITEMS.inc(min(len(fresh), cap))
        # Newest first, undated last (a stable sort keeps a feed's own order among equals).
        ordered = sorted(fresh.values(), key=lambda i: -i.published_at.timestamp()
                         if i.published_at else float("inf"))
        return ordered[:cap], len(fresh) > cap


def _canonical_urls(items: list[FeedItem]) -> list[str | None]:
    """Each item's canonical URL (None without a link)."""
    return [canonical_url(item.url) if item.url else None for item in items]


def _name(title: str | None, limit: int) -> str | None:
    """A feed's title as its source name, unless it is over the limit the worker sets on
    names (``NEWSWIRE_MAX_SOURCE_CHARS``): the feed's host names it then."""
    return title if title and len(title) <= limit else None


def _conditional(state: FeedState) -> dict[str, str]:
    headers = {}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    return headers


def _times(delay_s: float, interval: float | None = None) -> dict[str, object]:
    moment = now()
    return {"last_poll": moment, "next_poll": moment + timedelta(seconds=delay_s),
            "interval_s": interval if interval is not None else delay_s}
