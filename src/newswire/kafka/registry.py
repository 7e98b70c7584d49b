"""The entity registry without a worker: the latest value of each key of its changelog.

The worker keeps the registry in a Faust table called ``entities``; Faust writes every change
to the compacted topic ``{app_id}-entities-changelog`` (key and value in Faust's JSON codec),
which is how a restarted worker gets the table back. Reading that topic to its end gives the
same records, so ``newswire entities top`` answers when no worker does.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition

from newswire.errors import NewswireError, TopicMissingError
from newswire.kafka.clients import make_consumer, start_consumer
from newswire.kafka.offsets import caught_up, partitions
from newswire.settings import Settings

__all__ = ["DRAIN_S", "REGISTRY_TABLE", "changelog_topic", "read_registry"]

log = logging.getLogger(__name__)

#: How long a reader at the end offsets waits for more before it stops, in seconds.
DRAIN_S = 0.5
#: The name of the worker's registry table (``app.GlobalTable("entities")``).
REGISTRY_TABLE = "entities"


def changelog_topic(settings: Settings) -> str:
    """The registry table's changelog topic, as Faust names it: ``{app_id}-entities-changelog``."""
    return f"{settings.app_id}-{REGISTRY_TABLE}-changelog"


async def read_registry(settings: Settings, idle: float = 3.0,
                        timeout: float = 120.0) -> dict[str, dict[str, Any]]:
    """Every record of the registry (entity id -> record), read from the changelog topic.

    Reading stops once each partition has reached the end offset it had when reading
    began and a further short poll brings nothing (Tansu's end offsets can lag its real
    end), or nothing arrived for ``idle`` seconds. Raises :class:`NewswireError` when the
    topic does not exist, :class:`BrokerError` when Kafka cannot say whether it does.
    """
    topic = changelog_topic(settings)
    consumer = make_consumer(settings, group_id=None, enable_auto_commit=False)
    await start_consumer(consumer, settings)
    try:
        try:
            tps = await partitions(consumer, topic, settings)
        except TopicMissingError as exc:  # a BrokerError (no answer) is not "no registry"
            raise NewswireError(f"no registry to read: {exc} (has a worker run with "
                                f"NEWSWIRE_APP_ID={settings.app_id}?)") from exc
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        ends = await consumer.end_offsets(tps)
        async with asyncio.timeout(timeout):
            return await _latest_values(consumer, ends, idle)
    except TimeoutError as exc:
        raise NewswireError(f"reading {topic} took longer than {timeout:.0f} s") from exc
    finally:
        await consumer.stop()


async def _latest_values(consumer: AIOKafkaConsumer, ends: dict[TopicPartition, int],
                         idle: float) -> dict[str, dict[str, Any]]:
    records: dict[str, dict[str, Any]] = {}
    while True:
        behind = not await caught_up(consumer, ends)
        batch = await consumer.getmany(timeout_ms=int((idle if behind else DRAIN_S) * 1000))
        if not batch:
            break
        for messages in batch.values():
            for message in messages:
                _apply(records, message.key, message.value)
    return records


def _apply(records: dict[str, dict[str, Any]], key: bytes | None, value: bytes | None) -> None:
    """Fold one changelog message into ``records``: a value replaces, a tombstone deletes."""
    if key is None:
        return
    try:
        entity_id = json.loads(key)
        record = json.loads(value) if value is not None else None
    except ValueError:
        log.warning("skipping a changelog message that is not JSON (key %r)", key[:40])
        return
    if record is None:
        records.pop(str(entity_id), None)
    elif isinstance(record, dict):
        records[str(entity_id)] = record
