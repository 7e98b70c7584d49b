"""One async HTTP client for the runner (aiohttp): guarded, capped, timed, redirects by hand.

Redirects are followed here rather than by aiohttp so that every hop is checked against
:mod:`newswire.feeds.guard` before it is requested, counted against the redirect cap, and a
loop is recognised (:mod:`newswire.feeds.polite` follows them hop by hop too, so that each
hop also obeys its own host's robots.txt and spacing). Bodies are read in chunks and
abandoned past the byte cap; the total timeout bounds a body that trickles in a byte at a
time, the read timeout a silent server.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urljoin

import aiohttp

from newswire.errors import BlockedError, FetchError
from newswire.feeds import metrics
from newswire.feeds.guard import GuardedResolver, PrivateAddressError, check_url
from newswire.settings import Settings

__all__ = [
    "REDIRECTS", "Fetcher", "Response", "follow_redirects", "raise_for_status", "retry_after",
    "sleep_until",
]

REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Response:
    """A final (non-redirect) response; ``body`` is read only for 2xx statuses."""

    url: str
    status: int
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""

    def header(self, name: str) -> str | None:
        """A header by case-insensitive name."""
        return self.headers.get(name.lower())


class Fetcher:
    """GETs with the configured user agent, timeouts, byte cap and redirect cap."""

    def __init__(self, settings: Settings) -> None:
        self.allow_private = settings.fetch_allow_private
        self.max_bytes = settings.fetch_max_bytes
        self.max_redirects = settings.fetch_max_redirects
        self._timeout = aiohttp.ClientTimeout(
            total=settings.fetch_total_timeout_s, connect=settings.fetch_connect_timeout_s,
            sock_read=settings.fetch_read_timeout_s)
        self._headers = {"User-Agent": settings.fetch_user_agent,
                         "Accept-Encoding": "gzip, deflate"}
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> Fetcher:
        connector = aiohttp.TCPConnector(
            resolver=GuardedResolver(allow_private=self.allow_private), limit=100)
        self._session = aiohttp.ClientSession(
            connector=connector, timeout=self._timeout, headers=self._headers,
            auto_decompress=True, trust_env=False)
        return self

    async def __aexit__(self, *_: object) -> None:
        if self._session is not None:
            await self._session.close()

    async def get(self, url: str, headers: Mapping[str, str] | None = None,
                  max_bytes: int | None = None) -> Response:
        """The final response for ``url`` after at most ``max_redirects`` redirects."""
        return await follow_redirects(url, self.max_redirects,
                                      lambda hop: self.get_one(hop, headers, max_bytes))

    async def get_one(self, url: str, headers: Mapping[str, str] | None = None,
                      max_bytes: int | None = None) -> Response:
        """One request, its redirect not followed."""
        headers, max_bytes = headers or {}, max_bytes or self.max_bytes
        check_url(url, allow_private=self.allow_private)
        if self._session is None:
            raise RuntimeError("Fetcher used outside 'async with'")
        started = time.monotonic()
        try:
            async with self._session.get(url, headers=headers, allow_redirects=False) as raw:
                response = await _read(raw, url, max_bytes)
        except FetchError as exc:
            metrics.FETCH_FAILURES.labels(exc.reason).inc()
            raise
        except aiohttp.ClientConnectorError as exc:
            raise _connection_error(url, exc) from exc
        except TimeoutError as exc:
            metrics.FETCH_FAILURES.labels("timeout").inc()
            raise FetchError("timed out", url=url, reason="timeout") from exc
        except (aiohttp.ClientError, ValueError) as exc:
            metrics.FETCH_FAILURES.labels("connection").inc()
            raise FetchError(f"{type(exc).__name__}: {exc}", url=url,
                             reason="connection") from exc
        metrics.FETCH_SECONDS.observe(time.monotonic() - started)
        metrics.RESPONSES.labels(f"{response.status // 100}xx").inc()
        metrics.BYTES.inc(len(response.body))
        return response


async def follow_redirects(url: str, max_redirects: int,
                           get_one: Callable[[str], Awaitable[Response]]) -> Response:
    """The final response for ``url``, each hop requested by ``get_one``: at most
    ``max_redirects`` redirects, and none back to a URL already visited."""
    visited = {url}
    current = url
    for _ in range(max_redirects + 1):
        response = await get_one(current)
        if response.status not in REDIRECTS or not response.header("location"):
            return response
        target = urljoin(current, response.header("location") or "")
        if target in visited:
            raise FetchError("redirect loop", url=url, reason="redirects",
                             status=response.status)
        visited.add(target)
        current = target
    raise FetchError(f"more than {max_redirects} redirects", url=url, reason="redirects")


async def _read(raw: aiohttp.ClientResponse, url: str, max_bytes: int) -> Response:
    headers = {name.lower(): value for name, value in raw.headers.items()}
    if not 200 <= raw.status < 300:
        return Response(str(raw.url), raw.status, headers)
    declared = raw.content_length
    if declared is not None and declared > max_bytes:
        raise FetchError(f"{declared} bytes declared, over the {max_bytes} byte cap", url=url,
                         reason="too_large", status=raw.status)
    chunks: list[bytes] = []
    size = 0
    async for chunk in raw.content.iter_chunked(_CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"body over the {max_bytes} byte cap", url=url,
                             reason="too_large", status=raw.status)
        chunks.append(chunk)
    return Response(str(raw.url), raw.status, headers, b"".join(chunks))


def _connection_error(url: str, exc: aiohttp.ClientConnectorError) -> FetchError:
    if isinstance(exc.os_error, PrivateAddressError):
        metrics.FETCH_FAILURES.labels("private").inc()
        return BlockedError(str(exc.os_error), url=url, reason="private")
    metrics.FETCH_FAILURES.labels("connection").inc()
    return FetchError(f"cannot connect: {exc.os_error}", url=url, reason="connection")


def raise_for_status(response: Response) -> None:
    """A :class:`FetchError` for anything but 2xx and 304, with Retry-After when given."""
    if 200 <= response.status < 300 or response.status == 304:
        return
    raise FetchError(f"HTTP {response.status}", url=response.url,
                     reason=f"http_{response.status}", status=response.status,
                     retry_after=retry_after(response.header("retry-after")))


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    from email.utils import parsedate_to_datetime

    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    now = time.time() if now is None else now
    return max(0.0, moment.timestamp() - now)


async def sleep_until(deadline: float) -> None:
    """Sleep until the monotonic clock reaches ``deadline``."""
    delay = deadline - time.monotonic()
    if delay > 0:
        await asyncio.sleep(delay)
