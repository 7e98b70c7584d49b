"""Which partitions a topic has and where they end, read on a real broker (Tansu)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from newswire import topics
from newswire.errors import TopicMissingError
from newswire.kafka import offsets
from newswire.kafka.clients import client_kwargs, ensure_topics, make_admin
from newswire.kafka.consume import records
from newswire.kafka.offsets import last_offsets
from newswire.settings import Settings

pytestmark = pytest.mark.integration


async def produce_batch(producer: AIOKafkaProducer, topic: str, count: int) -> None:
    """``count`` messages to partition 0, sent together so that they make one batch."""
    deliveries = [await producer.send(topic, b"v%d" % index, partition=0)
                  for index in range(count)]
    await asyncio.gather(*deliveries)


async def test_the_last_offsets_count_every_message_of_the_last_batch(
        settings: Settings) -> None:
    """Two batches (10 and 5 messages) on partition 0 end at 15, partition 1 (empty) at 0;
    Tansu's own end offset is the last batch's start + 1 (11), which would leave out four."""
    await ensure_topics(settings)
    topic = settings.topic(topics.RAW)
    producer = AIOKafkaProducer(**client_kwargs(settings), linger_ms=200)
    await producer.start()
    try:
        await produce_batch(producer, topic, 10)
        await produce_batch(producer, topic, 5)
    finally:
        await producer.stop()
    tps = [TopicPartition(topic, 0), TopicPartition(topic, 1)]
    consumer = AIOKafkaConsumer(**client_kwargs(settings))
    await consumer.start()
    try:
        consumer.assign(tps)
        assert await last_offsets(consumer, tps, settings) == {tps[0]: 15, tps[1]: 0}
    finally:
        await consumer.stop()


EndOffsets = Callable[[Iterable[TopicPartition]], Awaitable[dict[TopicPartition, int]]]


def then_produce(real: EndOffsets, producer: AIOKafkaProducer, topic: str,
                 extra: int = 0) -> EndOffsets:
    """``end_offsets`` that, once it has its answer (plus ``extra``), produces one record to
    partition 0 before the caller can fetch: a record that was not there when it asked."""
    async def end_offsets(tps: Iterable[TopicPartition]) -> dict[TopicPartition, int]:
        ends = await real(tps)
        await (await producer.send(topic, b"NEW", partition=0))
        return {tp: end + extra for tp, end in ends.items()}
    return end_offsets


@pytest.mark.parametrize(("old", "extra", "expected"), [
    (3, 0, 3),    # the old batch is counted whole, the record produced after the ask is not
    (1, 0, 1),    # a one-record batch: Tansu's end is already exact
    (3, 10, 11),  # an end past the records (Tansu said 1, + 10; retention): kept, no wait
])
async def test_the_last_offsets_stop_at_what_was_there_when_the_end_was_asked(
        settings: Settings, old: int, extra: int, expected: int) -> None:
    """A record produced between the broker's end offset and the batch read is not counted
    as there (tail would skip it), and an end with no record before it is kept at once."""
    await ensure_topics(settings)
    topic = settings.topic(topics.RAW)
    tp = TopicPartition(topic, 0)
    producer = AIOKafkaProducer(**client_kwargs(settings), linger_ms=200)
    consumer = AIOKafkaConsumer(**client_kwargs(settings))
    await producer.start()
    await consumer.start()
    try:
        await produce_batch(producer, topic, old)
        consumer.assign([tp])
        consumer.end_offsets = then_produce(
            consumer.end_offsets, producer, topic, extra)
        # a wait for the missing record would last an hour: the test's time-out catches it
        ends = await asyncio.wait_for(last_offsets(consumer, [tp], settings, timeout_s=3600),
                                      600)
        assert ends == {tp: expected}
    finally:
        await consumer.stop()
        await producer.stop()


async def test_tail_from_the_end_yields_a_record_produced_while_it_starts(
        settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """What `tail` prints (``records`` from the end): the record produced after the broker
    gave its end offset and before the last batch was read comes first, nothing older."""
    await ensure_topics(settings)
    topic = settings.topic(topics.ENRICHED)
    producer = AIOKafkaProducer(**client_kwargs(settings), linger_ms=200)
    await producer.start()
    real_last_offsets = offsets.last_offsets

    async def racing_last_offsets(consumer: AIOKafkaConsumer, tps: list[TopicPartition],
                                  *args: Any, **kwargs: Any) -> dict[TopicPartition, int]:
        consumer.end_offsets = then_produce(
            consumer.end_offsets, producer, topic)
        return await real_last_offsets(consumer, tps, *args, **kwargs)

    monkeypatch.setattr(offsets, "last_offsets", racing_last_offsets)
    try:
        await produce_batch(producer, topic, 3)
        stream = records(topics.ENRICHED, settings=settings)
        first = await asyncio.wait_for(anext(stream), 600)
        await stream.aclose()
    finally:
        await producer.stop()
    assert first.value == b"NEW"


@pytest.mark.parametrize(("when", "expected"), [
    ("before-the-consumer", [0, 1, 2, 3]),
    # A consumer knows no topic created after it started: the cluster is asked.
    ("after-the-consumer", [0, 1, 2, 3]),
    ("never", None),
])
async def test_partitions_are_the_clusters_whenever_the_topic_was_made(
        settings: Settings, when: str, expected: list[int] | None) -> None:
    """`partitions` lists every partition of a topic made before or after the consumer
    started, which the consumer then reads (public API only: aiokafka's private
    `force_metadata_update` is gone), and refuses a missing topic without creating it."""
    name = settings.topic(topics.RAW)
    if when == "before-the-consumer":
        await ensure_topics(settings, (topics.RAW,))
    consumer = AIOKafkaConsumer(**client_kwargs(settings))
    await consumer.start()
    try:
        if when == "after-the-consumer":
            await ensure_topics(settings, (topics.RAW,))
            assert consumer.partitions_for_topic(name) is None  # the consumer cannot tell
        if expected is None:
            with pytest.raises(TopicMissingError, match=f"topic {name} does not exist"):
                await offsets.partitions(consumer, name, settings)
        else:
            found = await offsets.partitions(consumer, name, settings)
            assert found == [TopicPartition(name, n) for n in expected]
            # The consumer reads them, whether or not its metadata knew the topic.
            assert await consumer.end_offsets(found) == dict.fromkeys(found, 0)
    finally:
        await consumer.stop()
    admin = make_admin(settings)
    await admin.start()
    try:
        assert (name in await admin.list_topics()) == (expected is not None)
    finally:
        await admin.close()
