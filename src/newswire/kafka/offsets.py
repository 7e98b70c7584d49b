"""Where to start reading a topic: beginning, an offset, or a time (``--from``, ``--since``)."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

from aiokafka import AIOKafkaConsumer, TopicPartition

from newswire.errors import NewswireError
from newswire.timeparse import parse_time

__all__ = ["caught_up", "last_offsets", "partitions", "start_offsets"]


async def partitions(consumer: AIOKafkaConsumer, topic: str) -> list[TopicPartition]:
    """Every partition of ``topic`` (the consumer must be started)."""
    numbers = consumer.partitions_for_topic(topic)
    if not numbers:
        await consumer._client.force_metadata_update()
        numbers = consumer.partitions_for_topic(topic)
    if not numbers:
        raise NewswireError(f"topic {topic} does not exist")
    return [TopicPartition(topic, number) for number in sorted(numbers)]


async def start_offsets(consumer: AIOKafkaConsumer, tps: list[TopicPartition],
                        start: str) -> dict[TopicPartition, int]:
    """Offsets for ``start``: ``beginning``, ``end``, an offset number, or a time.

    The consumer must own ``tps`` (its positions move): ``end`` is :func:`last_offsets`, after
    the last record, since Tansu's own end offset would start ``tail`` inside the last batch
    and print its older records as new ones."""
    if start == "beginning":
        return dict(await consumer.beginning_offsets(tps))
    if start == "end":
        return await last_offsets(consumer, tps)
    if start.isdigit():
        return dict.fromkeys(tps, int(start))
    moment = parse_time(start)
    found = await consumer.offsets_for_times({tp: int(moment.timestamp() * 1000) for tp in tps})
    ends = await last_offsets(consumer, tps) if not all(found.get(tp) for tp in tps) else {}
    return {tp: found[tp].offset if found.get(tp) else ends[tp] for tp in tps}


async def caught_up(consumer: AIOKafkaConsumer, ends: Mapping[TopicPartition, int]) -> bool:
    """Whether every partition's position has reached the end offset it had when reading
    began. Tansu reports an end offset as the start of its last batch + 1, so a reader also
    waits for a poll that brings nothing before it calls a topic read."""
    for tp, end in ends.items():
        if await consumer.position(tp) < end:
            return False
    return True


async def last_offsets(consumer: AIOKafkaConsumer, tps: list[TopicPartition],
                       timeout_s: float = 10.0) -> dict[TopicPartition, int]:
    """Each partition's end: the offset after its last record, now.

    Tansu reports an end offset as the start of its last batch + 1, which would leave out
    the rest of that batch, so the batch is read from there (the consumer must own ``tps``;
    its positions move). A partition whose last record cannot be read within ``timeout_s``
    keeps the reported end.
    """
    ends = dict(await consumer.end_offsets(tps))
    unread = {tp for tp, end in ends.items() if end > 0}
    for tp in unread:
        consumer.seek(tp, ends[tp] - 1)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while unread and loop.time() < deadline:
        fetched = await consumer.getmany(*unread, timeout_ms=200)
        for tp, records in fetched.items():
            if records:  # a fetch brings whole batches: the last one's end is here
                ends[tp] = max(ends[tp], records[-1].offset + 1)
                unread.discard(tp)
    return ends
