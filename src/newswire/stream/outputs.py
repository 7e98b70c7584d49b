"""From an EnrichedArticle to the events newswire publishes (pure; no Kafka here)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from newswire import topics
from newswire.errors import EnrichmentError
from newswire.models import ArticleRef, EnrichedArticle, EntityEvent, QuoteEvent, stable_hash

__all__ = ["Output", "article_outputs", "bounded_outputs"]


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


def bounded_outputs(article: EnrichedArticle, max_message: int, max_total: int) -> list[Output]:
    """The article's events, or :class:`EnrichmentError` when one is over ``max_message``
    bytes or all of them together over ``max_total``.

    Every entity and quote event repeats the article's reference (title, url): an article of
    thousands of quotes with a long title or url would publish gigabytes, each event under
    the message limit. Stops at the first event over either bound, so what is held in memory
    is bounded too.
    """
    outputs: list[Output] = []
    total = 0
    for output in article_outputs(article):
        size = len(output.value)
        if size > max_message:
            raise EnrichmentError(f"an event of this article would be {size} bytes, "
                                  f"over the {max_message} byte message limit")
        total += size
        if total > max_total:
            raise EnrichmentError(f"the events of this article would be over {max_total} "
                                  f"bytes together ({len(outputs) + 1} events so far)")
        outputs.append(output)
    return outputs


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
