"""A topic's partitions (the cluster is asked when the consumer does not know the topic) and
where to read them: from the beginning, an offset or a time (``--from``, ``--since``), up to
the last offsets, and whether a reader caught up with them."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from typing import Any

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from aiokafka.errors import KafkaError

from newswire.errors import BrokerError, TopicMissingError
from newswire.kafka.clients import described_partitions, make_admin, make_consumer, start_consumer
from newswire.settings import Settings
from newswire.timeparse import parse_time

__all__ = ["caught_up", "last_offsets", "partitions", "start_offsets"]


async def partitions(consumer: AIOKafkaConsumer, topic: str,
                     settings: Settings) -> list[TopicPartition]:
    """Every partition of ``topic`` (its full name; the consumer must be started).

    The consumer answers when its metadata knows the topic; else (a consumer without a
    subscription knows no topic after it starts, and one created since is unknown to any)
    the cluster is asked through public API, an admin client's description of the topics.
    Raises :class:`TopicMissingError` when Kafka says the topic does not exist, and
    :class:`BrokerError` when it cannot be asked or the topic stays in error (a topic just
    created may answer LEADER_NOT_AVAILABLE for a moment: it is asked again first).
    """
    numbers = sorted(consumer.partitions_for_topic(topic) or ())
    if not numbers:
        numbers = await _cluster_partitions(settings, topic) or []
    if not numbers:
        raise TopicMissingError(f"topic {topic} does not exist")
    return [TopicPartition(topic, number) for number in numbers]


async def _cluster_partitions(settings: Settings, topic: str) -> list[int] | None:
    admin = make_admin(settings)
    try:
        await admin.start()
        return await described_partitions(admin, topic)
    except KafkaError as exc:
        raise BrokerError(f"cannot ask Kafka at {settings.bootstrap_servers} for the "
                          f"partitions of {topic}: {exc}") from exc
    finally:
        await admin.close()


async def start_offsets(consumer: AIOKafkaConsumer, tps: list[TopicPartition],
                        start: str, settings: Settings) -> dict[TopicPartition, int]:
    """Offsets for ``start``: ``beginning``, ``end``, an offset number, or a time.

    ``end`` is :func:`last_offsets`, after the last record, since Tansu's own end offset
    would start ``tail`` inside the last batch and print its older records as new ones."""
    if start == "beginning":
        return dict(await consumer.beginning_offsets(tps))
    if start == "end":
        return await last_offsets(consumer, tps, settings)
    if start.isdigit():
        return dict.fromkeys(tps, int(start))
    moment = parse_time(start)
    found = await consumer.offsets_for_times({tp: int(moment.timestamp() * 1000) for tp in tps})
    missing = [tp for tp in tps if not found.get(tp)]  # no record since: start at the end
    ends = await last_offsets(consumer, missing, settings) if missing else {}
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
                       settings: Settings, timeout_s: float = 10.0) -> dict[TopicPartition, int]:
    """Each partition's end: the offset after the last record there when it was asked.

    Tansu reports an end offset as the start of its last batch + 1, which would leave out
    the rest of that batch, so the one batch at ``end - 1`` is read (by a reader of its own
    whose fetches are capped at one byte, which a broker answers with one whole batch) and
    the end moved past it. On Apache Kafka, whose end offset is exact, that batch ends at
    ``end - 1`` and the end stays as reported. A record produced after the end was asked is
    never counted as there (:func:`_after_batch`). A partition with no record at ``end - 1``
    (emptied by retention, out of range) keeps the reported end at once, and so does one
    whose batch cannot be read within ``timeout_s``. ``consumer`` answers the end offsets;
    its positions do not move.
    """
    ends = dict(await consumer.end_offsets(tps))
    asked_ms = int(time.time() * 1000)
    unread = {tp for tp, end in ends.items() if end > 0}
    if not unread:
        return ends
    async with _one_batch_reader(settings) as reader:
        reader.assign(list(unread))
        for tp in unread:
            reader.seek(tp, ends[tp] - 1)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s
        while unread and loop.time() < deadline:
            fetched = await reader.getmany(*unread, timeout_ms=200)
            for tp in list(unread):
                if fetched.get(tp):
                    ends[tp] = _after_batch(fetched[tp], ends[tp], asked_ms)
                    unread.discard(tp)
                elif not await _may_come(reader, tp, ends[tp] - 1, asked_ms):
                    unread.discard(tp)
    return ends


def _after_batch(records: list[ConsumerRecord[Any, Any]], end: int, asked_ms: int) -> int:
    """The offset after the run of ``records`` that starts at ``end - 1`` and was there
    when ``end`` was asked (at ``asked_ms``): a record at or past ``end`` counts only if it
    follows on without a gap and was stamped by then, so a broker that sent more than one
    batch cannot make a record produced since look old (the start errs early, not late)."""
    if records[0].offset != end - 1:  # end - 1 is gone (compacted): nothing to add
        return end
    last = end - 1
    for record in records[1:]:
        if record.offset != last + 1 or record.timestamp > asked_ms:
            break
        last = record.offset
    return max(end, last + 1)


async def _may_come(consumer: AIOKafkaConsumer, tp: TopicPartition, offset: int,
                    since_ms: int) -> bool:
    """Whether the record at ``offset`` may still be fetched: not if the seek went out of
    range (Kafka resets the position) or a fetch answered since ``since_ms`` with a high
    watermark at or below it (Tansu keeps the position and answers empty)."""
    if await consumer.position(tp) != offset:
        return False
    answered, highwater = consumer.last_poll_timestamp(tp), consumer.highwater(tp)
    return answered is None or answered < since_ms or highwater is None or highwater > offset


@asynccontextmanager
async def _one_batch_reader(settings: Settings) -> AsyncIterator[AIOKafkaConsumer]:
    """A consumer without a group whose fetches are capped at one byte (aiokafka's public
    ``fetch_max_bytes`` and ``max_partition_fetch_bytes``): a broker then sends the first
    batch only. An out-of-range seek resets to the end, which :func:`_may_come` sees. It is
    closed whatever happens, also when its start fails or is cancelled (Ctrl-C in ``tail``)."""
    reader = make_consumer(settings, group_id=None, enable_auto_commit=False,
                           auto_offset_reset="latest", fetch_max_bytes=1,
                           max_partition_fetch_bytes=1)
    try:
        await start_consumer(reader, settings)
        yield reader
    finally:
        await reader.stop()
