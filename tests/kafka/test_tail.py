"""`newswire tail` on a real broker that goes away."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from pathlib import Path

from newswire import topics
from newswire.broker import EmbeddedBroker
from newswire.kafka.clients import EXIT_BROKER_LOST, ensure_topics, make_producer
from newswire.settings import Settings
from tests.conftest import TEST_SESSION_TIMEOUT_S


async def _produce_one(settings: Settings, value: bytes) -> None:
    await ensure_topics(settings)
    producer = make_producer(settings)
    await producer.start()
    try:
        await producer.send_and_wait(settings.topic(topics.ENRICHED), value)
    finally:
        await producer.stop()


def _wait_for_output(out: Path, tail: subprocess.Popen[bytes], timeout: float) -> str:
    """What ``tail`` wrote once it wrote a line (or exited, or ``timeout`` passed)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and tail.poll() is None:
        if out.read_text(encoding="utf-8").endswith("\n"):
            break
        time.sleep(0.2)
    return out.read_text(encoding="utf-8")


def test_tail_exits_69_when_its_broker_is_gone(tmp_path: Path) -> None:
    """`newswire tail` following a topic exits 69 and says why once its broker stays down,
    as the worker does, instead of running on silently."""
    broker = EmbeddedBroker(log_path=tmp_path / "tansu.log").start()
    settings = Settings(broker=broker.url, topic_prefix="tail.", partitions=1,
                        session_timeout_s=TEST_SESSION_TIMEOUT_S)
    out, err = tmp_path / "tail.out", tmp_path / "tail.err"
    tail = None
    try:
        asyncio.run(_produce_one(settings, b'{"id": "x"}'))
        with out.open("wb") as stdout, err.open("wb") as stderr:
            tail = subprocess.Popen(
                [sys.executable, "-m", "newswire", "tail", topics.ENRICHED, "--from-beginning"],
                env={**settings.child_env(), "COLUMNS": "200"}, stdout=stdout, stderr=stderr)
        written = _wait_for_output(out, tail, timeout=120)
        assert written == '{"id": "x"}\n', "tail follows the topic before the broker goes"
        broker.stop()
        status = tail.wait(timeout=60)  # TimeoutExpired: tail runs on without its broker
        message = err.read_text(encoding="utf-8")
        assert status == EXIT_BROKER_LOST, message
        assert f"Kafka broker {settings.bootstrap_servers} unreachable for" in message
    finally:
        if tail is not None and tail.poll() is None:
            tail.kill()
            tail.wait()
        broker.stop()
