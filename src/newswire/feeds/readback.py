"""Reading the feeds runner's compacted topics back: every record of some partitions, to
their end (a runner restoring what it was given, ``newswire feeds status``).

A topic that does not exist yet has no records (no runner ever ran with these settings); a
broker that cannot be asked for the topic's partitions is an error, never an empty state: a
runner that read no state would ignore every hold and fetch every page again.
"""

from __future__ import annotations

from aiokafka import TopicPartition

from newswire.errors import TopicMissingError
from newswire.kafka.clients import make_consumer, start_consumer
from newswire.kafka.offsets import caught_up
from newswire.kafka.offsets import partitions as topic_partitions
from newswire.settings import Settings

__all__ = ["Raw", "read_partitions"]

#: One record read back: topic, partition, key (UTF-8), value (None: a tombstone).
Raw = tuple[str, int, str, bytes | None]


async def read_partitions(settings: Settings, names: tuple[str, ...], numbers: list[int] | None,
                          idle_s: float) -> list[Raw]:
    """Every record of the ``numbers`` partitions (None: all) of the topics ``names``
    (unprefixed; a missing topic has none), in order, read until nothing new came for
    ``idle_s`` after reaching the end offsets.

    Tansu reports an end offset as the start of the last batch + 1, so the end offsets
    alone do not say that everything was read: the quiet period does.
    """
    consumer = make_consumer(settings, group_id=None, enable_auto_commit=False,
                             auto_offset_reset="earliest")
    await start_consumer(consumer, settings)
    found: list[Raw] = []
    try:
        tps: list[TopicPartition] = []
        for name in names:
            try:
                every = await topic_partitions(consumer, settings.topic(name), settings)
            except TopicMissingError:
                # Not created yet: no runner ever ran with these settings. A BrokerError
                # (Kafka could not be asked) propagates: no state read is not "no state".
                continue
            tps += [tp for tp in every if numbers is None or tp.partition in numbers]
        if not tps:
            return found
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        ends = await consumer.end_offsets(tps)
        while True:
            batch = await consumer.getmany(timeout_ms=int(idle_s * 1000))
            for tp, records in batch.items():
                found += [(tp.topic, tp.partition, (r.key or b"").decode("utf-8", "replace"),
                           r.value) for r in records]
            if not batch and await caught_up(consumer, ends):
                return found
    finally:
        await consumer.stop()
