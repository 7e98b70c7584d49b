"""Publishing a batch's results: an article's messages checked against the size bounds,
queued on their topics with the learned-table updates and dead letters, and delivery awaited
before the batch is remembered and acked (:func:`~newswire.stream.agents.handle_batch`)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newswire import topics
from newswire.deadletters import build_dead_letter
from newswire.errors import EnrichmentError, NewswireError
from newswire.models import EnrichedArticle
from newswire.stream import metrics
from newswire.stream.outputs import Output, bounded_outputs

if TYPE_CHECKING:
    from newswire.stream.agents import Components, Event

__all__ = [
    "ArticleOutputs", "checked_outputs", "flush", "publish_article", "publish_dead_letter",
    "publish_learning",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ArticleOutputs:
    """An enriched article and the messages that publish it."""

    article: EnrichedArticle
    outputs: list[Output]


def checked_outputs(components: Components,
                    article: EnrichedArticle) -> ArticleOutputs | NewswireError:
    """The article's messages, or an error when one is larger than a message may be, or all
    of them together larger than an article's events may be."""
    settings = components.settings
    try:
        outputs = bounded_outputs(article, settings.max_message_bytes, settings.max_events_bytes)
    except EnrichmentError as exc:
        return exc
    return ArticleOutputs(article, outputs)


async def publish_article(components: Components, published: ArticleOutputs) -> None:
    """Queue the article's events on their topics (delivery awaited in :func:`flush`)."""
    for output in published.outputs:
        topic = components.topics[output.topic]
        components.pending.append(await topic.send(key=output.key, value=output.value))


async def publish_learning(components: Components, articles: Sequence[EnrichedArticle]) -> None:
    """Queue the updates that fold the batch's articles into the learned tables."""
    for update in components.learning.updates(articles):
        components.pending.append(await update.topic.send(key=update.key, value=update.value))


async def publish_dead_letter(components: Components, event: Event, error: NewswireError) -> None:
    """Queue a dead letter for ``event`` with the reason and its original bytes."""
    message = event.message
    letter = build_dead_letter(error, message.value, key=message.key, topic=message.topic,
                               partition=message.partition, offset=message.offset,
                               max_original=components.settings.max_article_bytes)
    log.warning("dead letter %s[%s]@%s: %s: %s", message.topic, message.partition,
                message.offset, letter.error_type, letter.reason)
    topic = components.topics[topics.DLQ]
    components.pending.append(
        await topic.send(key=message.key, value=letter.model_dump_json().encode("utf-8"))
    )
    metrics.FAILED.labels(error_type=letter.error_type).inc()
    metrics.DEAD_LETTERED.inc()


async def flush(components: Components) -> None:
    """Wait until every queued event of the batch is acknowledged by the broker."""
    pending, components.pending = components.pending, []
    await asyncio.gather(*pending)
