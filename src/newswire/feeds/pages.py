"""New items to articles: fetch each page politely, decode it, produce a RawArticle to
``articles.raw`` together with the seen record of its URL.

A page that can never become an article (404, 410, not HTML, too large, a redirect loop,
robots.txt, a private address, a url over ``NEWSWIRE_MAX_URL_CHARS``) is settled at once; a
transient failure (5xx, 429, a timeout, a connection error) is tried again at the next polls,
``feeds_page_attempts`` times in all. A page of a host that holds us (a long Retry-After)
is not asked and not recorded until the hold ends: the hold costs it no attempt.
Either way one log line says so when the page is given up, not at every attempt.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError

from newswire import topics
from newswire.errors import BlockedError, FetchError
from newswire.feeds import metrics, urls
from newswire.feeds.config import FeedSpec
from newswire.feeds.fetch import Response, raise_for_status
from newswire.feeds.items import FeedItem
from newswire.feeds.polite import Politeness
from newswire.feeds.state import Outcome, SeenEntry, StateStore, now
from newswire.feeds.urls import canonical_url, page_canonical
from newswire.io.charset import decode_page
from newswire.io.ingest import encode
from newswire.models import RawArticle
from newswire.settings import Settings

__all__ = ["HTML_TYPES", "TRANSIENT_REASONS", "TRANSIENT_STATUSES", "PageTaker"]

log = logging.getLogger(__name__)
#: Statuses worth another try at the next poll.
TRANSIENT_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
TRANSIENT_REASONS = frozenset({"timeout", "connection", "held"})
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class PageTaker:
    """Turns fresh items into articles on ``articles.raw``."""

    settings: Settings
    polite: Politeness
    store: StateStore
    producer: AIOKafkaProducer
    #: Canonical URLs being fetched now. Feeds of one site are polled at once and may list
    #: the same page (a sitemap and an RSS link with a tracking parameter): the seen record
    #: is written only once the article is produced, so without this both fetched it.
    fetching: set[str] = field(default_factory=set)

    async def take(self, items: list[FeedItem], spec: FeedSpec, source: str,
                   partition: int) -> tuple[int, int]:
        """Fetch and produce ``items`` (politeness bounds the concurrency); how many were
        produced, and how many are to be tried again at the next poll."""
        results = await asyncio.gather(*(self._one(item, spec, source, partition)
                                          for item in items), return_exceptions=True)
        for item, result in zip(items, results, strict=True):
            if isinstance(result, KafkaError | asyncio.CancelledError):
                raise result
            if isinstance(result, Exception):
                # A bug on one page must not cost the others: say it, try it next poll.
                log.error("page %s of feed %s failed unexpectedly", item.url, spec.url,
                          exc_info=result)
                metrics.ITEMS_SKIPPED.labels("error").inc()
        produced = sum(result == "produced" for result in results)
        retrying = sum(result == "retry" or isinstance(result, Exception) for result in results)
        return produced, retrying

    async def _one(self, item: FeedItem, spec: FeedSpec, source: str,
                   partition: int) -> Outcome:
        assert item.url is not None
        canonical = canonical_url(item.url)
        # Another feed's fetch of this page may be in flight (it settles the URL, and retries
        # it: nothing to record here), or may have settled it after this poll chose its fresh
        # items and before this fetch's turn came.
        if canonical in self.fetching or self.store.is_done(partition, canonical):
            metrics.ITEMS_SKIPPED.labels("duplicate").inc()
            return "skipped"
        self.fetching.add(canonical)
        try:
            return await self._fetch_and_produce(item, canonical, spec, source, partition)
        finally:
            self.fetching.discard(canonical)

    async def _fetch_and_produce(self, item: FeedItem, canonical: str, spec: FeedSpec,
                                 source: str, partition: int) -> Outcome:
        assert item.url is not None
        max_bytes = min(self.settings.fetch_max_bytes, self.settings.max_article_bytes)
        if self.polite.held(item.url):  # not asked, nothing to write: the next poll tries it
            return "retry"
        try:
            self._check_length(canonical)
            response = await self.polite.fetch(item.url, max_bytes=max_bytes)
            raise_for_status(response)
            html = await asyncio.to_thread(_html_of, response)
            target = self._article_url(html, response.url)
        except FetchError as exc:
            return await self._settle_failure(canonical, spec, partition, exc)
        if target != canonical and self.store.is_done(partition, target):
            metrics.ITEMS_SKIPPED.labels("duplicate").inc()
            await self._record(partition, _entry(canonical, spec, "skipped", "duplicate"))
            return "skipped"
        article = RawArticle.model_validate({
            "id": urls.article_id(target), "url": target, "source": source, "title": item.title,
            "author": item.author, "published_at": item.published_at, "html": html,
            "language": item.language, "feed_url": spec.url, "guid": item.guid})
        key, value = encode(article)
        if len(value) > self.settings.max_article_bytes:
            too_large = FetchError(f"article is {len(value)} bytes, over the limit",
                                   url=item.url, reason="too_large")
            return await self._settle_failure(canonical, spec, partition, too_large)
        sent = await self.producer.send(self.settings.topic(topics.RAW), value=value, key=key)
        entries = {url: _entry(url, spec, "produced", article_id=article.id)
                   for url in (canonical, target)}
        await asyncio.gather(sent, *await self.store.send_seen(entries.values(), partition))
        metrics.PAGES.inc()
        return "produced"

    def _check_length(self, url: str) -> None:
        """Raise :class:`FetchError` (``url_too_long``, settled at once) for a url the worker
        would refuse: every entity and quote event repeats it."""
        limit = self.settings.max_url_chars
        if len(url) > limit:
            raise FetchError(f"url is {len(url)} characters, over the {limit} character limit "
                             "(NEWSWIRE_MAX_URL_CHARS)", url=url[:200] + "…",
                             reason="url_too_long")

    def _article_url(self, html: str, final_url: str) -> str:
        """The page's own rel=canonical (unless over the url limit), else the final URL."""
        declared = page_canonical(html, final_url)
        if declared is not None and len(declared) <= self.settings.max_url_chars:
            return declared
        target = canonical_url(final_url)
        self._check_length(target)
        return target

    async def _settle_failure(self, url: str, spec: FeedSpec, partition: int,
                              exc: FetchError) -> Outcome:
        if exc.reason == "held":  # the host was not asked (a hold begun while this waited):
            return "retry"        # no attempt, nothing to record, as for a page not taken
        attempts = self.store.attempts(partition, url) + 1
        transient = exc.reason in TRANSIENT_REASONS or exc.status in TRANSIENT_STATUSES
        final = not transient or attempts >= self.settings.feeds_page_attempts
        outcome: Outcome = ("failed" if transient else "skipped") if final else "retry"
        metrics.ITEMS_SKIPPED.labels(exc.reason if final else "retry").inc()
        if final and not isinstance(exc, BlockedError):
            log.warning("page %s of feed %s given up after %d attempt(s): %s", exc.url,
                        spec.url, attempts, exc.message)
        elif final:
            log.info("page %s of feed %s not fetched: %s", exc.url, spec.url, exc.message)
        await self._record(partition, _entry(url, spec, outcome, exc.reason, attempts=attempts))
        return outcome

    async def _record(self, partition: int, entry: SeenEntry) -> None:
        await asyncio.gather(*await self.store.send_seen([entry], partition))


def _entry(url: str, spec: FeedSpec, outcome: Outcome, reason: str | None = None, *,
           article_id: str | None = None, attempts: int = 1) -> SeenEntry:
    return SeenEntry(url=url, feed_url=spec.url, outcome=outcome, reason=reason,
                     article_id=article_id, attempts=attempts, at=now())


def _html_of(response: Response) -> str:
    """The page's text; :class:`FetchError` when it is not HTML."""
    content_type = response.header("content-type") or ""
    if content_type and not content_type.lower().startswith(HTML_TYPES):
        raise FetchError(f"not HTML: {content_type}", url=response.url, reason="not_html")
    text, _ = decode_page(response.body, content_type)
    return text
