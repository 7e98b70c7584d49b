"""Read newswire's topics as typed events: ``async for quote in subscribe("articles.quotes")``."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

from aiokafka.structs import ConsumerRecord
from pydantic import BaseModel, ValidationError

from newswire import topics
from newswire.kafka import make_consumer
from newswire.settings import Settings

log = logging.getLogger(__name__)


async def records(
    topic: str,
    *,
    settings: Settings | None = None,
    group: str | None = None,
    from_beginning: bool = False,
) -> AsyncIterator[ConsumerRecord[bytes, bytes]]:
    """Raw records of ``topic`` (unprefixed name); with ``group``, offsets are committed.

    Without a group the consumer reads every partition directly, with no group join.
    """
    settings = settings or Settings()
    options: dict[str, Any] = {
        "group_id": group,
        "enable_auto_commit": group is not None,
        "auto_offset_reset": "earliest" if from_beginning or group else "latest",
        "session_timeout_ms": int(settings.session_timeout_s * 1000),
        "heartbeat_interval_ms": int(settings.session_timeout_s * 250),
    }
    consumer = make_consumer(settings, topic, **options)
    await consumer.start()
    try:
        async for record in consumer:
            yield record
    finally:
        await consumer.stop()


async def subscribe(
    topic: str,
    *,
    settings: Settings | None = None,
    group: str | None = None,
    from_beginning: bool = False,
) -> AsyncIterator[BaseModel]:
    """Typed events of ``topic``, validated by the model the topic carries.

    A value that does not validate (written by something other than newswire) is skipped.
    """
    model = topics.MODELS[topic]
    async for record in records(topic, settings=settings, group=group,
                                from_beginning=from_beginning):
        if record.value is None:
            continue
        try:
            yield model.model_validate_json(record.value)
        except ValidationError as exc:
            log.warning("skipping %s[%s]@%s: not a %s: %s", record.topic, record.partition,
                        record.offset, model.__name__, exc.errors()[0]["msg"])
