"""``newswire export``: a topic to a JSON Lines file (gzip when the name ends in .gz).

Reading stops once every partition has reached the end offset it had when reading began and
a poll of ``idle`` seconds brings nothing: Tansu reports a partition's end offset as the start
of its last batch + 1, so end offsets alone cannot say that a reader has caught up, and a quiet
poll alone (a slow first fetch) cannot either.
"""

from __future__ import annotations

import gzip
import json
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import IO

from aiokafka import AIOKafkaConsumer, TopicPartition

from newswire import topics
from newswire.errors import InputError, NewswireError
from newswire.io.ingest import InputLimits, decode_message
from newswire.kafka.clients import make_consumer, start_consumer
from newswire.kafka.offsets import caught_up, partitions, start_offsets
from newswire.settings import Settings

__all__ = ["STALL_S", "export_topic"]

#: Seconds without a record, behind the end offsets, after which an export gives up.
STALL_S = 60.0


async def export_topic(settings: Settings, topic: str, target: Path, *, start: str = "beginning",
                       idle: float = 3.0) -> tuple[int, int]:
    """Write ``topic`` from ``start`` to ``target``; return (written, not decodable)."""
    consumer = make_consumer(settings, group_id=None, enable_auto_commit=False)
    await start_consumer(consumer, settings)
    written = undecodable = 0
    try:
        tps = await partitions(consumer, settings.topic(topic), settings)
        consumer.assign(tps)
        for tp, offset in (await start_offsets(consumer, tps, start, settings)).items():
            consumer.seek(tp, offset)
        ends = await consumer.end_offsets(tps)
        with _open(target) as out:
            async for key, value in _values(consumer, ends, idle):
                line = _line(topic, key, value, InputLimits.of(settings))
                if line is None:
                    undecodable += 1
                    continue
                out.write(line + "\n")
                written += 1
    finally:
        await consumer.stop()
    return written, undecodable


async def _values(consumer: AIOKafkaConsumer, ends: dict[TopicPartition, int],
                  idle: float) -> AsyncIterator[tuple[bytes | None, bytes]]:
    """Keys and values (tombstones left out) until every partition reached ``ends`` and a
    poll brought nothing; :class:`NewswireError` when, behind them, polls bring nothing for
    :data:`STALL_S` seconds (a partition without a leader): never a short archive in silence."""
    quiet_since: float | None = None
    while True:
        batch = await consumer.getmany(timeout_ms=int(idle * 1000))
        for records in batch.values():
            for record in records:
                if record.value is not None:
                    yield record.key, record.value
        if batch:
            quiet_since = None
        elif await caught_up(consumer, ends):
            return
        elif quiet_since is None:
            quiet_since = time.monotonic()
        elif time.monotonic() - quiet_since >= STALL_S:
            raise NewswireError(f"export stopped: nothing came for {STALL_S:.0f} s before "
                                "the end of the topic was reached")


def _line(topic: str, key: bytes | None, value: bytes, limits: InputLimits) -> str | None:
    """One JSON line; raw articles become RawArticle JSON that keeps their message key as id."""
    if topic == topics.RAW:
        try:
            article = decode_message(value, limits, key=key)
        except InputError:
            return None
        return article.model_dump_json(exclude_none=True)
    try:
        return json.dumps(json.loads(value), ensure_ascii=False, separators=(",", ":"))
    except ValueError:
        return None


def _open(target: Path) -> IO[str]:
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.suffix == ".gz":
        return gzip.open(target, "wt", encoding="utf-8")
    return target.open("w", encoding="utf-8")
