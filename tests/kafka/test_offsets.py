"""Where a topic's partitions end, read on a real broker (Tansu)."""

from __future__ import annotations

import asyncio

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from newswire import topics
from newswire.kafka.clients import client_kwargs, ensure_topics
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
        assert await last_offsets(consumer, tps) == {tps[0]: 15, tps[1]: 0}
    finally:
        await consumer.stop()
