"""Build the Faust app from :class:`Settings`."""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from typing import Any

import faust

from newswire.kafka.clients import ssl_context
from newswire.settings import Settings

__all__ = ["app_config", "credentials", "make_app"]


def credentials(settings: Settings) -> faust.auth.Credentials | None:
    """Faust credentials for the configured security protocol (None for PLAINTEXT)."""
    context: ssl.SSLContext | None = ssl_context(settings)
    if settings.security_protocol.startswith("SASL"):
        password = settings.sasl_password.get_secret_value() if settings.sasl_password else None
        return faust.SASLCredentials(
            username=settings.sasl_username,
            password=password,
            ssl_context=context,
            mechanism=settings.sasl_mechanism,
        )
    if context is not None:
        return faust.SSLCredentials(context)
    return None


def app_config(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for :class:`faust.App`; kept apart so they can be unit-tested."""
    return {
        "broker": settings.broker,
        "broker_credentials": credentials(settings),
        # Tables recover from their changelog topics on start: no local database needed.
        "store": "memory://",
        "datadir": settings.data_dir,
        "topic_partitions": settings.partitions,
        "topic_replication_factor": settings.replication_factor,
        "broker_session_timeout": settings.session_timeout_s,
        "broker_heartbeat_interval": max(1.0, settings.session_timeout_s / 4),
        "consumer_auto_offset_reset": "earliest",
        # Tansu reports a partition's end as the start of its last batch + 1, so a table
        # changelog read to its real end looks "past the highwater"; Faust's check would
        # crash recovery (and stall the worker) after every rebalance.
        "recovery_consistency_check": False,
        "producer_acks": -1,
        # Dead letters carry the original bytes (base64) and events the whole article text.
        "producer_max_request_size": settings.max_message_bytes,
        "consumer_max_fetch_size": settings.max_message_bytes,
        "key_serializer": "raw",
        "value_serializer": "raw",
        "web_enabled": settings.web_enabled,
        "web_host": settings.web_host,
        "web_port": settings.web_port,
        "web_bind": settings.web_host,
        "autodiscover": False,
        "logging_config": None,
    }


def make_app(settings: Settings, *,
             reprocess_until: Mapping[int, int] | None = None) -> faust.App:
    """The newswire Faust app with its topics, tables, agents and web views."""
    from newswire.stream.agents import register_agents
    from newswire.stream.consumer import NewswireApp
    from newswire.stream.retention import register_retention
    from newswire.stream.web import register_views

    app = NewswireApp(settings.app_id, **app_config(settings))
    app.fetch_max_wait_ms = settings.fetch_max_wait_ms
    components = register_agents(app, settings, reprocess_until=reprocess_until)
    register_retention(app, components)
    register_views(app, components)
    return app
