"""Real worker processes on the session's Tansu broker (``broker`` and ``settings`` live in
``tests/conftest.py``, shared with ``tests/feeds``)."""

from __future__ import annotations

import asyncio
import subprocess
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest
from aiokafka import AIOKafkaProducer

from newswire.kafka.clients import ensure_topics, make_consumer, make_producer
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


def run_cli(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``newswire ARGS`` with these settings, as a user would; output captured.

    The terminal is 200 columns wide, so rich does not wrap names across lines.
    """
    return run_newswire(*args, env=settings.child_env() | {"COLUMNS": "200"})
