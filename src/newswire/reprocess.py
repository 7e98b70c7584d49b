"""``newswire reprocess``: rewind the worker's consumer group on ``articles.raw``.

Run it with the workers stopped (Kafka only lets an empty group's offsets be moved). The
worker started afterwards with ``--reprocess-before T`` enriches every message produced
before ``T`` again, bypassing the dedupe table; later messages are deduplicated as usual.
"""

from __future__ import annotations

from aiokafka import AIOKafkaConsumer
from aiokafka.errors import KafkaError

from newswire import topics
from newswire.errors import BrokerError
from newswire.kafka import client_kwargs
from newswire.offsets import partitions, start_offsets
from newswire.settings import Settings


async def rewind_group(settings: Settings, start: str) -> dict[int, int]:
    """Commit ``start`` (beginning | TIME | OFFSET) as the group's offsets; return them."""
    consumer = AIOKafkaConsumer(group_id=settings.app_id, enable_auto_commit=False,
                                **client_kwargs(settings))
    await consumer.start()
    try:
        tps = await partitions(consumer, settings.topic(topics.RAW))
        consumer.assign(tps)
        offsets = await start_offsets(consumer, tps, start)
        try:
            await consumer.commit(offsets)
        except KafkaError as exc:
            message = f"cannot move the offsets of group {settings.app_id}: stop its workers first"
            raise BrokerError(f"{message} ({exc})") from exc
        return {tp.partition: offset for tp, offset in offsets.items()}
    finally:
        await consumer.stop()
