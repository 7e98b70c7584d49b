"""Prometheus metrics of the feeds runner, and its small web server (``/metrics``, ``/healthz``).

The runner has its own registry and port (``NEWSWIRE_FEEDS_WEB_PORT``), apart from the
worker's, so both can run on one machine.
"""

from __future__ import annotations

from collections.abc import Callable

from aiohttp import web
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)

__all__ = [
    "BACKOFFS", "BYTES", "FETCH_FAILURES", "FETCH_SECONDS", "ITEMS_SKIPPED", "NEW_ITEMS", "PAGES",
    "POLLS", "REGISTRY", "RESPONSES", "ROBOTS_REFUSALS", "start_web",
]

REGISTRY = CollectorRegistry()

POLLS = Counter("newswire_feeds_polled", "Feed polls, by outcome (new, unchanged, not_modified, "
                "failed)", ["outcome"], registry=REGISTRY)
NEW_ITEMS = Counter("newswire_feeds_new_items", "Items not seen before", registry=REGISTRY)
ITEMS_SKIPPED = Counter("newswire_feeds_items_skipped", "Items not turned into articles, by "
                        "reason", ["reason"], registry=REGISTRY)
PAGES = Counter("newswire_feeds_pages_fetched", "Article pages fetched and produced",
                registry=REGISTRY)
RESPONSES = Counter("newswire_fetch_responses", "HTTP responses by status class", ["status"],
                    registry=REGISTRY)
BYTES = Counter("newswire_fetch_bytes", "Bytes of response bodies read", registry=REGISTRY)
FETCH_FAILURES = Counter("newswire_fetch_failures", "Requests that failed, by reason (timeout, "
                         "too_large, redirects, connection, private, scheme, held)", ["reason"],
                         registry=REGISTRY)
ROBOTS_REFUSALS = Counter("newswire_robots_refusals", "URLs robots.txt disallowed",
                          registry=REGISTRY)
BACKOFFS = Counter("newswire_feeds_backoffs", "Polls after which a feed backs off (failures, "
                   "429/503)", registry=REGISTRY)
FETCH_SECONDS = Histogram("newswire_fetch_seconds", "Time from request to whole body",
                          registry=REGISTRY)


async def start_web(host: str, port: int, healthy: Callable[[], bool]) -> web.AppRunner:
    """Serve ``/metrics`` and ``/healthz`` (200 once ``healthy()``); stop with ``cleanup()``."""

    async def metrics_view(_request: web.Request) -> web.Response:
        return web.Response(body=generate_latest(REGISTRY),
                            content_type=CONTENT_TYPE_LATEST.split(";")[0])

    async def health_view(_request: web.Request) -> web.Response:
        ok = healthy()
        return web.json_response({"status": "ok" if ok else "starting"}, status=200 if ok else 503)

    app = web.Application()
    app.router.add_get("/metrics", metrics_view)
    app.router.add_get("/healthz", health_view)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    return runner
