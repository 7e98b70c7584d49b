"""The Faust app's configuration: credentials, serializers, the consumers' fetch wait."""

from __future__ import annotations

import ssl

import faust

from newswire import topics
from newswire.kafka.clients import client_kwargs, make_consumer
from newswire.settings import Settings
from newswire.stream.app import app_config, credentials, make_app
from newswire.stream.consumer import SafeConsumer, SafeTransport


def test_plaintext_has_no_credentials() -> None:
    """The default PLAINTEXT connection passes no security options."""
    settings = Settings()
    assert credentials(settings) is None
    assert client_kwargs(settings)["security_protocol"] == "PLAINTEXT"
    assert "sasl_mechanism" not in client_kwargs(settings)


def test_sasl_ssl_reaches_faust_and_aiokafka() -> None:
    """SASL_SSL settings become Faust SASLCredentials and aiokafka keyword arguments."""
    settings = Settings(security_protocol="SASL_SSL", sasl_mechanism="SCRAM-SHA-512",
                        sasl_username="u", sasl_password="p")
    faust_credentials = credentials(settings)
    assert isinstance(faust_credentials, faust.SASLCredentials)
    assert (faust_credentials.username, faust_credentials.password) == ("u", "p")
    assert isinstance(faust_credentials.ssl_context, ssl.SSLContext)
    kwargs = client_kwargs(settings)
    assert kwargs["sasl_mechanism"] == "SCRAM-SHA-512"
    assert kwargs["sasl_plain_password"] == "p"
    assert isinstance(kwargs["ssl_context"], ssl.SSLContext)
    assert isinstance(app_config(settings)["broker_credentials"], faust.SASLCredentials)


def test_ssl_only_uses_ssl_credentials() -> None:
    """SSL without SASL becomes Faust SSLCredentials."""
    assert isinstance(credentials(Settings(security_protocol="SSL")), faust.SSLCredentials)


def test_app_config_never_uses_pickle() -> None:
    """Topics carry raw bytes (JSON we validate ourselves); web binds to loopback."""
    config = app_config(Settings())
    assert (config["key_serializer"], config["value_serializer"]) == ("raw", "raw")
    assert config["web_bind"] == "127.0.0.1"


async def test_consumers_use_the_configured_fetch_wait() -> None:
    """The worker's and the clients' consumers wait ``fetch_max_wait_ms`` (Faust fixes 1.5 s)."""
    settings = Settings(fetch_max_wait_ms=42, broker="kafka://127.0.0.1:1")
    app = make_app(settings)
    consumer, transport = app.consumer, app.transport
    assert isinstance(consumer, SafeConsumer)
    assert isinstance(transport, SafeTransport)
    worker_consumer = consumer._thread._create_worker_consumer(transport)
    assert worker_consumer._fetch_max_wait_ms == 42
    assert make_consumer(settings, topics.ENRICHED)._fetch_max_wait_ms == 42
