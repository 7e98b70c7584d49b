"""Real worker processes on the session's Tansu broker (``broker`` and ``settings`` live in
``tests/conftest.py``, shared with ``tests/feeds``)."""

from __future__ import annotations

import asyncio
import subprocess
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.structs import ConsumerRecord

from newswire import topics
from newswire.kafka.clients import client_kwargs, ensure_topics, make_consumer, make_producer
from newswire.kafka.offsets import partitions
from newswire.settings import Settings
from newswire.stream.process import WorkerProcess
from tests.conftest import run_newswire


@pytest.fixture
def worker(settings: Settings, tmp_path: Path) -> Iterator[WorkerProcess]:
    """A running worker on this test's topics."""
    process = WorkerProcess(settings, tmp_path / "worker.log").start()
    yield process
    process.stop()


@pytest.fixture
async def producer(settings: Settings) -> AsyncIterator[AIOKafkaProducer]:
    """A plain aiokafka producer, with this test's topics created."""
    await ensure_topics(settings)
    client = make_producer(settings)
    await client.start()
    yield client
    await client.stop()


async def produce_as_is(settings: Settings, messages: dict[str, bytes],
                        max_request_bytes: int) -> None:
    """Produce ``messages`` (key -> value) to articles.raw byte for byte, each awaited, with a
    request limit above aiokafka's 1 MB default (hostile and oversized inputs)."""
    await ensure_topics(settings)
    client = AIOKafkaProducer(**client_kwargs(settings), acks="all",
                              max_request_size=max_request_bytes)
    await client.start()
    try:
        for key, value in messages.items():
            await client.send_and_wait(settings.topic(topics.RAW), value, key=key.encode())
    finally:
        await client.stop()


async def read_until(settings: Settings, topic: str, count: int,
                     timeout: float = 90, settle: float = 0.0,
                     until: Callable[[list[bytes]], bool] | None = None) -> list[bytes]:
    """Read ``topic`` from the start with a plain aiokafka consumer until ``count`` values
    (or until ``until(values)`` holds).

    With ``settle``, keep reading that many seconds more, so extra values are seen too.
    """
    done = until or (lambda values: len(values) >= count)
    consumer = make_consumer(settings, topic, group_id=None, auto_offset_reset="earliest")
    await consumer.start()
    values: list[bytes] = []
    try:
        async with asyncio.timeout(timeout):
            while not done(values):
                batch = await consumer.getmany(timeout_ms=500)
                values += [r.value for records in batch.values() for r in records if r.value]
        settle_until = time.monotonic() + settle
        while time.monotonic() < settle_until:
            batch = await consumer.getmany(timeout_ms=500)
            values += [r.value for records in batch.values() for r in records if r.value]
    except TimeoutError:
        pytest.fail(f"only {len(values)} of {count} values on {topic} after {timeout}s")
    finally:
        await consumer.stop()
    return values


async def read_all(settings: Settings, topic: str, timeout: float = 60
                   ) -> list[ConsumerRecord[bytes, bytes]]:
    """Every record of ``topic`` (unprefixed) there is now, read from the start.

    Done when each partition's position reaches the high watermark of its last fetch (Tansu's
    ListOffsets answers the start of a partition's last batch, its fetches the true end).
    """
    consumer = make_consumer(settings, group_id=None, enable_auto_commit=False)
    await consumer.start()
    try:
        async with asyncio.timeout(timeout):
            return await _read_to_end(consumer, settings.topic(topic), settings)
    except TimeoutError:
        pytest.fail(f"{topic} not read to its end within {timeout}s")
    finally:
        await consumer.stop()


async def _read_to_end(consumer: AIOKafkaConsumer, name: str, settings: Settings
                       ) -> list[ConsumerRecord[bytes, bytes]]:
    tps = await partitions(consumer, name, settings)
    consumer.assign(tps)
    await consumer.seek_to_beginning(*tps)
    out: list[ConsumerRecord[bytes, bytes]] = []
    while True:
        batch = await consumer.getmany(timeout_ms=200)
        out += [record for records in batch.values() for record in records]
        ends = [consumer.highwater(tp) for tp in tps]
        positions = [await consumer.position(tp) for tp in tps]
        if all(end is not None and at >= end for at, end in zip(positions, ends, strict=True)):
            return out


async def wait_drained(settings: Settings, timeout: float = 90) -> None:
    """Wait until the worker group has committed every offset of ``articles.raw``.

    A worker commits a batch only after its events and dead letters were delivered, so
    from then on the output topics hold all they will ever hold for the input sent so far:
    reading them to their end (:func:`read_all`) sees every duplicate too, without waiting
    an arbitrary while for more.
    """
    ends: dict[int, int] = {}
    for record in await read_all(settings, topics.RAW):
        ends[record.partition] = max(ends.get(record.partition, 0), record.offset + 1)
    # A consumer of the group that subscribes to nothing only reads its offsets: it never
    # joins the group, so the worker is not disturbed by a rebalance.
    group = AIOKafkaConsumer(group_id=settings.app_id, enable_auto_commit=False,
                             **client_kwargs(settings))
    await group.start()
    committed: dict[int, int | None] = {}
    try:
        async with asyncio.timeout(timeout):
            while any((committed.get(p) or 0) < end for p, end in ends.items()):
                await asyncio.sleep(0.2)
                committed = {p: await group.committed(TopicPartition(settings.topic(topics.RAW), p))
                             for p in ends}
    except TimeoutError:
        pytest.fail(f"articles.raw not all committed after {timeout}s: ends {ends}, "
                    f"committed {committed}")
    finally:
        await group.stop()


def values_of(records: list[ConsumerRecord[bytes, bytes]]) -> list[bytes]:
    """The non-empty values of ``records``."""
    return [record.value for record in records if record.value]


def run_cli(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``newswire ARGS`` with these settings, as a user would; output captured."""
    return run_newswire(*args, env=settings.child_env())
