"""From an EnrichedArticle to the events newswire publishes (pure; no Kafka here)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from newswire import topics
from newswire.models import ArticleRef, EnrichedArticle, EntityEvent, QuoteEvent, stable_hash


class Output(NamedTuple):
    """One message to publish: unprefixed topic, key and JSON value."""

    topic: str
    key: bytes
    value: bytes


def article_outputs(article: EnrichedArticle) -> Iterator[Output]:
    """The enriched article, then one event per entity and one per quote, keyed by article id."""
    key = article.id.encode("utf-8")
    yield Output(topics.ENRICHED, key, article.model_dump_json().encode("utf-8"))
    for entity in article.entities:
        event = EntityEvent(
            **_ref(article, stable_hash("entity", article.event_id, entity.entity_id, size=32)),
            entity=entity,
        )
        yield Output(topics.ENTITIES, key, event.model_dump_json().encode("utf-8"))
    for quote in article.quotes:
        quote_event = QuoteEvent(
            **_ref(article, stable_hash("quote", article.event_id, quote.quote_id, size=32)),
            quote=quote,
        )
        yield Output(topics.QUOTES, key, quote_event.model_dump_json().encode("utf-8"))


def _ref(article: EnrichedArticle, event_id: str) -> dict[str, object]:
    fields = ArticleRef(
        event_id=event_id,
        article_id=article.id,
        article_event_id=article.event_id,
        title=article.title,
        url=article.url,
        source=article.source,
        published_at=article.published_at,
        language=article.language,
        pipeline_version=article.pipeline_version,
    )
    return dict(fields)
