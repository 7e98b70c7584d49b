"""Read newswire's topics as typed events: ``async for quote in subscribe("articles.quotes")``."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncGenerator, AsyncIterator, Callable
from contextlib import aclosing
from typing import Any

from aiokafka import AIOKafkaConsumer
from aiokafka.structs import ConsumerRecord
from pydantic import BaseModel, ValidationError

from newswire import topics
from newswire.kafka.clients import make_consumer, start_consumer
from newswire.kafka.offsets import partitions, start_offsets
from newswire.kafka.restarts import RestartWatch, follow_restarts
from newswire.settings import Settings

__all__ = ["records", "subscribe"]

log = logging.getLogger(__name__)


async def records(
    topic: str,
    *,
    settings: Settings | None = None,
    group: str | None = None,
    from_beginning: bool = False,
    since: str | None = None,
    on_restart: Callable[[str], None] | None = None,
) -> AsyncGenerator[ConsumerRecord[bytes, bytes], None]:
    """Raw records of ``topic`` (unprefixed name).

    With ``group`` the consumer joins that group and commits, so a second run continues
    where the first stopped. Without, it reads every partition directly (no group join),
    from the end, the beginning, or ``since`` (a time such as ``2h`` or ISO 8601); when the
    broker comes back without its data (a restarted Tansu), it says so through
    ``on_restart`` (else a warning in the log) and reads the new topic from its beginning.
    """
    settings = settings or Settings()
    follow: asyncio.Task[None] | None = None
    if group is not None:
        consumer = make_consumer(settings, topic, **_group_options(settings, group))
        await start_consumer(consumer, settings)
    else:
        consumer = make_consumer(settings, group_id=None, enable_auto_commit=False)
        await start_consumer(consumer, settings)
        start = since or ("beginning" if from_beginning else "end")
        watch = RestartWatch(settings, settings.topic(topic))
        try:
            await watch.check()  # the end offsets as reading starts: what a restart is told by
            await _assign_all(consumer, settings.topic(topic), start, settings)
        except BaseException:  # no partitions, broker gone: neither client is left open
            await watch.close()
            await consumer.stop()
            raise
        follow = asyncio.create_task(follow_restarts(consumer, watch,
                                                     on_restart or log.warning))
    try:
        async for record in consumer:
            yield record
    finally:
        if follow is not None:
            follow.cancel()
            await asyncio.wait({follow}, timeout=5)
        await consumer.stop()


def _group_options(settings: Settings, group: str) -> dict[str, Any]:
    return {
        "group_id": group,
        "enable_auto_commit": True,
        "auto_offset_reset": "earliest",
        "session_timeout_ms": int(settings.session_timeout_s * 1000),
        "heartbeat_interval_ms": int(settings.session_timeout_s * 250),
    }


async def _assign_all(consumer: AIOKafkaConsumer, topic: str, start: str,
                      settings: Settings) -> None:
    tps = await partitions(consumer, topic, settings)
    consumer.assign(tps)
    for tp, offset in (await start_offsets(consumer, tps, start, settings)).items():
        consumer.seek(tp, offset)


async def subscribe(
    topic: str,
    *,
    settings: Settings | None = None,
    group: str | None = None,
    from_beginning: bool = False,
    since: str | None = None,
) -> AsyncIterator[BaseModel]:
    """Typed events of ``topic``, validated by the model the topic carries.

    A value that does not validate (written by something other than newswire) is logged
    and skipped.
    """
    model = topics.MODELS[topic]
    # Closing this generator closes the consumer before ``aclose()`` returns: left to the
    # loop's finalizer, it would leave its group (and commit) some time later, in the way
    # of the next run of the same group.
    async with aclosing(records(topic, settings=settings, group=group,
                                from_beginning=from_beginning, since=since)) as stream:
        async for record in stream:
            if record.value is None:
                continue
            try:
                yield model.model_validate_json(record.value)
            except ValidationError as exc:
                log.warning("skipping %s[%s]@%s: not a %s: %s", record.topic,
                            record.partition, record.offset, model.__name__,
                            exc.errors()[0]["msg"])
