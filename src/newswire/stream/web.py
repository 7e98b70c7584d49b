"""HTTP views on the worker: ``/healthz``, Prometheus ``/metrics``, ``/entities/top``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import faust
from faust.web import Request, Response, View
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from newswire import topics
from newswire.errors import NewswireError
from newswire.nlp.entities.cross_article import registry
from newswire.stream import metrics
from newswire.stream.lag import refresh_lag
from newswire.timeparse import parse_window

if TYPE_CHECKING:
    from newswire.stream.agents import Components

__all__ = ["register_views", "top_query"]


def register_views(app: faust.App, components: Components) -> None:
    """Add newswire's pages to the worker's web server."""

    @app.page("/healthz")
    class Health(View):
        async def get(self, _request: Request, **_kwargs: Any) -> Response:
            ready = components.runner.ready
            body = {"status": "ok" if ready else "starting", "model_loaded": ready}
            return self.json(body, status=200 if ready else 503)

    @app.page("/metrics")
    class Metrics(View):
        async def get(self, _request: Request, **_kwargs: Any) -> Response:
            await refresh_lag(components.app.consumer, components.settings.topic(topics.RAW),
                              components.processed_offsets)
            return self.bytes(generate_latest(metrics.REGISTRY),
                              content_type=CONTENT_TYPE_LATEST.split(";")[0])

    @app.page("/entities/top")
    class TopEntities(View):
        async def get(self, request: Request, **_kwargs: Any) -> Response:
            query = request.query
            try:
                since, limit = top_query(query)
            except (ValueError, NewswireError) as exc:
                return self.json({"error": str(exc)}, status=400)
            records = list(components.learning.entities.values())
            rows = registry.top(records, datetime.now(UTC), since=since,
                                type_=query.get("type"), limit=limit)
            return self.json(registry.answer(rows, records, since, "the worker"))


def top_query(query: Mapping[str, str]) -> tuple[timedelta, int]:
    """The window and the row count of an ``/entities/top`` request: ``ValueError`` (or
    :class:`NewswireError`) for a bad one, such as ``limit=-1`` (it dropped the last row) or
    a limit over ``registry.MAX_TOP_ROWS`` (it listed the whole registry)."""
    since = parse_window(query.get("since", "24h"))
    text = query.get("limit", "10")
    limit = int(text) if text.lstrip("-").isdigit() else 0
    if not 1 <= limit <= registry.MAX_TOP_ROWS:
        raise ValueError(f"limit must be from 1 to {registry.MAX_TOP_ROWS}, not {text!r}")
    return since, limit
