"""HTTP views on the worker: ``/healthz`` and Prometheus ``/metrics``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import faust
from faust.web import Request, Response, View
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from newswire.stream import metrics

if TYPE_CHECKING:
    from newswire.stream.agents import Components


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
            return self.bytes(generate_latest(metrics.REGISTRY),
                              content_type=CONTENT_TYPE_LATEST.split(";")[0])
