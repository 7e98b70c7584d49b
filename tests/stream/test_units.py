"""Stream-layer logic that needs no broker: dedupe decisions, outputs, client settings."""

from __future__ import annotations

import ssl
from datetime import UTC, datetime

import faust
import pytest

from newswire import topics
from newswire.kafka import client_kwargs
from newswire.models import EnrichedArticle, Entity, Quote, Span
from newswire.settings import Settings
from newswire.stream.app import app_config, credentials
from newswire.stream.dedupe import Seen, next_revision
from newswire.stream.outputs import article_outputs


@pytest.mark.parametrize(
    ("previous", "content_hash", "reprocess", "expected"),
    [
        (None, "h1", False, 1),
        (Seen(hash="h1", revision=1), "h1", False, None),
        (Seen(hash="h1", revision=1), "h2", False, 2),
        (Seen(hash="h2", revision=2), "h2", True, 2),
        (Seen(hash="h2", revision=2), "h3", True, 3),
    ],
)
def test_next_revision(previous: Seen | None, content_hash: str, reprocess: bool,
                       expected: int | None) -> None:
    """Same content is skipped (unless reprocessing); changed content is the next revision."""
    assert next_revision(previous, content_hash, reprocess=reprocess) == expected


def test_outputs_one_event_per_entity_and_quote_with_stable_ids() -> None:
    """The article, then an event per entity and per quote, all keyed by the article id."""
    mention = Span(text="Ann Lee", start=0, end=7, field="body")
    entity = Entity(entity_id="p1", name="Ann Lee", type="PERSON", mentions=[mention],
                    count=1, salience=1.0)
    quote = Quote(quote_id="q1", text="hi", start=10, end=12, field="body", kind="direct")
    article = EnrichedArticle(
        event_id="e1", id="a1", content_hash="h", title="T", body="Ann Lee said hi",
        entities=[entity], quotes=[quote], pipeline_version="v",
        processed_at=datetime.now(UTC))
    first, second = list(article_outputs(article)), list(article_outputs(article))
    assert [o.topic for o in first] == [topics.ENRICHED, topics.ENTITIES, topics.QUOTES]
    assert {o.key for o in first} == {b"a1"}
    assert first == second, "event ids (and so the bytes) must be deterministic"


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
