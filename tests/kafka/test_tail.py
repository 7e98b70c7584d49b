"""`newswire tail` on a real broker that goes away."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from newswire import topics
from newswire.broker import EmbeddedBroker
from newswire.kafka.clients import EXIT_BROKER_LOST, ensure_topics, make_producer
from newswire.settings import Settings
from tests.conftest import TEST_SESSION_TIMEOUT_S


async def test_tail_exits_69_when_its_broker_is_gone(tmp_path: Path) -> None:
    """`newswire tail` following a topic exits 69 and says why once its broker stays down,
    as the worker does, instead of running on silently."""
    broker = EmbeddedBroker(log_path=tmp_path / "tansu.log").start()
    settings = Settings(broker=broker.url, topic_prefix="tail.", partitions=1,
                        session_timeout_s=TEST_SESSION_TIMEOUT_S)
    tail = None
    try:
        await ensure_topics(settings)
        producer = make_producer(settings)
        await producer.start()
        try:
            await producer.send_and_wait(settings.topic(topics.ENRICHED), b'{"id": "x"}')
        finally:
            await producer.stop()
        tail = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "newswire", "tail", topics.ENRICHED, "--from-beginning",
            env={**settings.child_env(), "COLUMNS": "200"},
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        assert tail.stdout is not None
        assert tail.stderr is not None
        first = await asyncio.wait_for(tail.stdout.readline(), 120)
        assert first.strip() == b'{"id": "x"}', "tail follows the topic before the broker goes"
        broker.stop()
        status = await asyncio.wait_for(tail.wait(), 60)
        stderr = (await tail.stderr.read()).decode()
        assert status == EXIT_BROKER_LOST, stderr
        assert f"Kafka broker {settings.bootstrap_servers} unreachable for" in stderr
    finally:
        if tail is not None and tail.returncode is None:
            tail.kill()
            await tail.wait()
        broker.stop()
