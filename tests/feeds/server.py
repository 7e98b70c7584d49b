"""A loopback HTTP server for the feeds tests (aiohttp, in a thread of its own), and the
handlers it serves: documents with ETag validators, statuses, redirects, slow, trickling,
huge and held responses. It records every request, so tests can count fetches and check
conditional requests."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from hashlib import sha1

from aiohttp import web

from newswire.broker import free_port

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass
class Hit:
    """One request the server saw: ``completed`` once its handler returned."""

    path: str
    headers: dict[str, str]
    status: int | None = None
    completed: bool = False


@dataclass
class FeedServer:
    """Serves ``routes`` (path -> handler; others are 404) on 127.0.0.1."""

    routes: dict[str, Handler] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)
    port: int = field(default_factory=free_port)

    def url(self, path: str) -> str:
        """The absolute URL of ``path`` on this server."""
        return f"http://127.0.0.1:{self.port}{path}"

    def requests_for(self, path: str) -> list[Hit]:
        """Every request of ``path`` (with its query, if any) so far."""
        return [hit for hit in self.hits if hit.path == path]

    def requests_of_page(self, path: str) -> list[Hit]:
        """Every request of ``path`` whatever its query: ``/a.html`` and
        ``/a.html?utm_source=rss`` are one page, fetched under either spelling."""
        return [hit for hit in self.hits if hit.path.split("?", 1)[0] == path]

    def start(self) -> FeedServer:
        """Serve in a daemon thread until :meth:`stop`."""
        ready = threading.Event()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._serve, args=(ready,), daemon=True)
        self._thread.start()
        ready.wait(10)
        return self

    def stop(self) -> None:
        """Stop serving (held responses are dropped)."""
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def _serve(self, ready: threading.Event) -> None:
        asyncio.set_event_loop(self._loop)
        app = web.Application(middlewares=[self._record])
        app.router.add_route("GET", "/{tail:.*}", self._dispatch)
        runner = web.AppRunner(app, access_log=None, handler_cancellation=True)
        self._loop.run_until_complete(runner.setup())
        self._loop.run_until_complete(web.TCPSite(runner, "127.0.0.1", self.port).start())
        ready.set()
        self._loop.run_forever()
        self._loop.run_until_complete(runner.cleanup())

    @web.middleware
    async def _record(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        hit = Hit(request.path_qs, dict(request.headers))
        self.hits.append(hit)
        response = await handler(request)
        hit.status, hit.completed = response.status, True
        return response

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        handler = self.routes.get(request.path_qs) or self.routes.get(request.path)
        if handler is None:
            return web.Response(status=404, text="not here")
        return await handler(request)


def document(body: bytes | str, content_type: str, *, etag: bool = True,
             headers: dict[str, str] | None = None) -> Handler:
    """``body`` with an ETag; a request with a matching If-None-Match gets a 304."""
    data = body.encode("utf-8") if isinstance(body, str) else body
    tag = f'"{sha1(data).hexdigest()[:16]}"'

    async def handle(request: web.Request) -> web.StreamResponse:
        extra = {"ETag": tag} if etag else {}
        if etag and request.headers.get("If-None-Match") == tag:
            return web.Response(status=304, headers=extra)
        response = web.Response(body=data, headers={**extra, **(headers or {})})
        response.content_type = content_type.split(";", maxsplit=1)[0]
        if "charset=" in content_type:
            response.charset = content_type.split("charset=")[1]
        return response

    return handle


def html_page(body: bytes | str, content_type: str = "text/html; charset=utf-8") -> Handler:
    """A web page, without validators."""
    return document(body, content_type, etag=False)


def status(code: int, headers: dict[str, str] | None = None) -> Handler:
    """Always ``code`` (with ``headers``)."""

    async def handle(_request: web.Request) -> web.StreamResponse:
        return web.Response(status=code, text=f"status {code}", headers=headers)

    return handle


def redirect(location: str, code: int = 302) -> Handler:
    """A redirect to ``location``."""

    async def handle(_request: web.Request) -> web.StreamResponse:
        return web.Response(status=code, headers={"Location": location})

    return handle


def slow(delay_s: float, then: Handler) -> Handler:
    """``then``, after ``delay_s`` seconds of silence."""

    async def handle(request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(delay_s)
        return await then(request)

    return handle


class InFlight:
    """A handler that counts how many of its requests are being answered at once."""

    def __init__(self, delay_s: float, then: Handler) -> None:
        self.delay_s, self.then = delay_s, then
        self.now = self.most = 0

    async def __call__(self, request: web.Request) -> web.StreamResponse:
        self.now += 1
        self.most = max(self.most, self.now)
        try:
            await asyncio.sleep(self.delay_s)
            return await self.then(request)
        finally:
            self.now -= 1


def streamed(chunks: Callable[[], Iterator[bytes]], pause_s: float = 0.0,
             content_type: str = "text/html") -> Handler:
    """A body sent chunk by chunk, ``pause_s`` apart (a trickle, or a huge body)."""

    async def handle(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": content_type})
        await response.prepare(request)
        try:
            for chunk in chunks():
                await response.write(chunk)
                if pause_s:
                    await asyncio.sleep(pause_s)
        except (ConnectionError, RuntimeError):
            return response  # the client gave up: that is the point
        await response.write_eof()
        return response

    return handle


def held_first(then: Handler) -> Handler:
    """The first request hangs until its client goes away (a runner killed while fetching);
    later ones get ``then``."""
    calls = 0

    async def handle(request: web.Request) -> web.StreamResponse:
        nonlocal calls
        calls += 1
        if calls == 1:
            await asyncio.sleep(3600)  # cancelled when the client disconnects
        return await then(request)

    return handle
