"""``newswire export``: a topic to a JSON Lines file (gzip when the name ends in .gz).

Reading stops once every partition has been read and nothing new arrived for ``idle``
seconds: Tansu reports a partition's end offset as the start of its last batch + 1, so end
offsets alone cannot say that a reader has caught up.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import IO

from aiokafka import AIOKafkaConsumer

from newswire import topics
from newswire.errors import InputError
from newswire.io.ingest import InputLimits, decode_message
from newswire.kafka.clients import make_consumer, start_consumer
from newswire.kafka.offsets import partitions, start_offsets
from newswire.settings import Settings


async def export_topic(settings: Settings, topic: str, target: Path, *, start: str = "beginning",
                       idle: float = 3.0) -> tuple[int, int]:
    """Write ``topic`` from ``start`` to ``target``; return (written, not decodable)."""
    consumer = make_consumer(settings, group_id=None, enable_auto_commit=False)
    await start_consumer(consumer, settings)
    written = undecodable = 0
    try:
        tps = await partitions(consumer, settings.topic(topic))
        consumer.assign(tps)
        for tp, offset in (await start_offsets(consumer, tps, start)).items():
            consumer.seek(tp, offset)
        with _open(target) as out:
            while batch := await _next_batch(consumer, idle):
                for key, value in batch:
                    line = _line(topic, key, value, InputLimits.of(settings))
                    if line is None:
                        undecodable += 1
                        continue
                    out.write(line + "\n")
                    written += 1
    finally:
        await consumer.stop()
    return written, undecodable


async def _next_batch(consumer: AIOKafkaConsumer, idle: float) -> list[tuple[bytes | None, bytes]]:
    records = await consumer.getmany(timeout_ms=int(idle * 1000))
    return [(r.key, r.value) for rs in records.values() for r in rs if r.value is not None]


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
