"""Politeness per host: robots.txt (protego, cached), spacing, concurrency, Retry-After.

Every request of the runner goes through :meth:`Politeness.fetch`, one redirect hop at a
time: it refuses what the hop's host's robots.txt disallows for ``newswire``, waits for one
of the host's ``fetch_host_concurrency`` slots and until ``fetch_host_delay_s`` (or the
robots.txt Crawl-delay, if longer) has passed since the host's last request, and after a
429 or 503 keeps the whole host waiting for its Retry-After.

A hold too long to wait out in a poll (over :data:`MAX_CRAWL_DELAY_S`) is handed to
``on_hold`` with its end on the wall clock (the runner saves it on the state topic), and a
hold saved by an earlier process is given back with :meth:`Politeness.hold`.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from protego import Protego

from newswire.errors import BlockedError, FetchError
from newswire.feeds import metrics
from newswire.feeds.fetch import (
    Fetcher,
    Response,
    follow_redirects,
    retry_after,
    sleep_until,
)
from newswire.settings import Settings

__all__ = [
    "DEFAULT_RETRY_AFTER_S", "MAX_CRAWL_DELAY_S", "MAX_SAVED_HOLD_S", "ROBOTS_AGENT",
    "ROBOTS_MAX_BYTES", "ROBOTS_RETRY_S", "ROBOTS_TTL_S", "HoldSink", "HostState", "Politeness",
    "host_key",
]

#: The token robots.txt rules are matched against.
ROBOTS_AGENT = "newswire"
ROBOTS_TTL_S = 86_400.0
#: A robots.txt that could not be had (5xx, network) means "disallow everything" (RFC 9309,
#: 2.3.1.4) until it is tried again this much later.
ROBOTS_RETRY_S = 600.0
ROBOTS_MAX_BYTES = 512 * 1024
#: Crawl-delays above this are read as this: a typo of 86400 must not stall a host for a day.
MAX_CRAWL_DELAY_S = 300.0
#: How long a 429 or 503 without Retry-After keeps the host waiting.
DEFAULT_RETRY_AFTER_S = 60.0
#: The longest hold handed to ``on_hold`` (a year): a Retry-After of centuries would
#: overflow the date of its end, and fail the fetch instead of holding the host.
MAX_SAVED_HOLD_S = 365 * 86400.0
#: Where a long hold goes when it begins: ``(host, until)`` (awaited before the fetch returns).
HoldSink = Callable[[str, datetime], Awaitable[None]]


@dataclass
class HostState:
    """What the runner knows about one host (``scheme://host:port``)."""

    slots: asyncio.Semaphore
    delay_s: float
    next_at: float = 0.0
    robots: Protego | None = None
    robots_ok: bool = True
    robots_expires: float = 0.0
    robots_lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class Politeness:
    """The one way the runner fetches: robots, slots and spacing per host."""

    def __init__(self, fetcher: Fetcher, settings: Settings,
                 on_hold: HoldSink | None = None) -> None:
        self.fetcher = fetcher
        self._concurrency = settings.fetch_host_concurrency
        self._delay_s = settings.fetch_host_delay_s
        self._hosts: dict[str, HostState] = {}
        self._on_hold = on_hold

    async def fetch(self, url: str, headers: Mapping[str, str] | None = None,
                    max_bytes: int | None = None) -> Response:
        """Fetch ``url`` politely, following its redirects; raises :class:`BlockedError`
        when the robots.txt of the URL's host, or of a host it redirects to, disallows it."""
        return await follow_redirects(url, self.fetcher.max_redirects,
                                      lambda hop: self._fetch_one(hop, headers, max_bytes))

    def held(self, url: str) -> bool:
        """Whether ``url``'s host asked for a pause longer than a poll waits (see
        :func:`_refuse_long_hold`): a fetch of it now would fail as ``held``. A new process
        knows the holds of earlier ones only through :meth:`hold`."""
        return self._host(url).next_at - time.monotonic() > MAX_CRAWL_DELAY_S

    def hold(self, host: str, until: datetime) -> None:
        """Keep ``host`` (as :func:`host_key` names it) waiting until ``until`` (wall clock,
        aware), as if it had just asked: a hold saved by an earlier process. One that has
        ended is ignored."""
        left = (until - datetime.now(UTC)).total_seconds()
        if left > 0:
            state = self._host(host)
            state.next_at = max(state.next_at, time.monotonic() + left)

    async def _fetch_one(self, url: str, headers: Mapping[str, str] | None,
                         max_bytes: int | None) -> Response:
        """One hop: a redirect to another host waits for that host's slot and robots.txt."""
        host = self._host(url)
        await self._check_robots(url, host)
        async with self._slot(host, url):
            response = await self.fetcher.get_one(url, headers, max_bytes)
        if response.status in {429, 503}:
            wait = retry_after(response.header("retry-after")) or DEFAULT_RETRY_AFTER_S
            host.next_at = max(host.next_at, time.monotonic() + wait)
            if wait > MAX_CRAWL_DELAY_S and self._on_hold is not None:
                saved_s = min(wait, MAX_SAVED_HOLD_S)
                await self._on_hold(host_key(url), datetime.now(UTC) + timedelta(seconds=saved_s))
        return response

    def _host(self, url: str) -> HostState:
        key = host_key(url)
        if key not in self._hosts:
            self._hosts[key] = HostState(asyncio.Semaphore(self._concurrency), self._delay_s)
        return self._hosts[key]

    @contextlib.asynccontextmanager
    async def _slot(self, host: HostState, url: str) -> AsyncIterator[None]:
        async with host.slots:
            # Waiters behind a Retry-After see the later next_at when they wake: loop.
            while host.next_at > time.monotonic():
                _refuse_long_hold(host.next_at - time.monotonic(), url)
                await sleep_until(host.next_at)
            host.next_at = time.monotonic() + host.delay_s
            yield

    async def _check_robots(self, url: str, host: HostState) -> None:
        async with host.robots_lock:
            if time.monotonic() >= host.robots_expires:
                await self._load_robots(url, host)
        allowed = host.robots_ok and (host.robots is None
                                      or host.robots.can_fetch(url, ROBOTS_AGENT))
        if not allowed:
            metrics.ROBOTS_REFUSALS.inc()
            raise BlockedError("disallowed by robots.txt", url=url, reason="robots")

    async def _load_robots(self, url: str, host: HostState) -> None:
        parts = urlsplit(url)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        try:
            async with self._slot(host, robots_url):
                response = await self.fetcher.get(robots_url, max_bytes=ROBOTS_MAX_BYTES)
        except BlockedError:
            raise
        except FetchError as exc:
            if exc.reason == "held":  # not asked: no verdict on robots.txt either way
                raise
            response = Response(robots_url, 599)
        host.robots, host.robots_ok = _rules(response)
        host.robots_expires = time.monotonic() + (
            ROBOTS_TTL_S if host.robots_ok else ROBOTS_RETRY_S)
        delay = host.robots.crawl_delay(ROBOTS_AGENT) if host.robots else None
        host.delay_s = max(self._delay_s, min(float(delay or 0.0), MAX_CRAWL_DELAY_S))


def host_key(url: str) -> str:
    """The host ``url`` is on, as politeness counts hosts: ``scheme://host:port``."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def _rules(response: Response) -> tuple[Protego | None, bool]:
    """(rules, reachable): 2xx is parsed, 4xx allows everything, 5xx disallows everything."""
    if 200 <= response.status < 300:
        return Protego.parse(response.body.decode("utf-8", "replace")), True
    if 400 <= response.status < 500:
        return None, True
    return None, False


def _refuse_long_hold(wait: float, url: str) -> None:
    """A host that asks for more than the longest Crawl-delay (``Retry-After: 86400``) is not
    waited for inside the poll, which would hang ``feeds run --once`` and every feed of the
    host: the fetch fails as transient (``held``), and the page or feed is tried at a later
    poll, the feed backing off for the time asked."""
    if wait > MAX_CRAWL_DELAY_S:
        metrics.FETCH_FAILURES.labels("held").inc()
        raise FetchError(f"host asked to wait {wait:.0f} s (Retry-After)", url=url,
                         reason="held", retry_after=wait)
