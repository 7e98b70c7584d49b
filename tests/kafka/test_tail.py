"""`newswire tail` on a real broker: where it starts, and a broker that goes away or comes
back without its data."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from aiokafka import AIOKafkaProducer

from newswire import topics
from newswire.broker import EmbeddedBroker
from newswire.kafka.clients import EXIT_BROKER_LOST, client_kwargs, ensure_topics, make_producer
from newswire.settings import Settings
from tests.conftest import TEST_SESSION_TIMEOUT_S


async def _produce(settings: Settings, *values: bytes) -> None:
    await ensure_topics(settings)
    producer = make_producer(settings)
    await producer.start()
    try:
        for value in values:
            await producer.send_and_wait(settings.topic(topics.ENRICHED), value)
    finally:
        await producer.stop()


def _wait_for_output(out: Path, tail: subprocess.Popen[bytes], timeout: float,
                     lines: int = 1) -> str:
    """What ``tail`` wrote once it wrote ``lines`` lines (or exited, or ``timeout`` passed)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and tail.poll() is None:
        if out.read_text(encoding="utf-8").count("\n") >= lines:
            break
        time.sleep(0.2)
    return out.read_text(encoding="utf-8")


def _start_tail(settings: Settings, out: Path, err: Path) -> subprocess.Popen[bytes]:
    with out.open("wb") as stdout, err.open("wb") as stderr:
        return subprocess.Popen(
            [sys.executable, "-m", "newswire", "tail", topics.ENRICHED, "--from-beginning"],
            env={**settings.child_env(), "COLUMNS": "200"}, stdout=stdout, stderr=stderr)


def test_tail_exits_69_when_its_broker_is_gone(tmp_path: Path) -> None:
    """`newswire tail` following a topic exits 69 and says why once its broker stays down,
    as the worker does, instead of running on silently."""
    broker = EmbeddedBroker(log_path=tmp_path / "tansu.log").start()
    settings = Settings(broker=broker.url, topic_prefix="tail.", partitions=1,
                        session_timeout_s=TEST_SESSION_TIMEOUT_S)
    out, err = tmp_path / "tail.out", tmp_path / "tail.err"
    tail = None
    try:
        asyncio.run(_produce(settings, b'{"id": "x"}'))
        tail = _start_tail(settings, out, err)
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


@pytest.mark.parametrize("empty_for_s", [0.0, 6.0], ids=["refilled-at-once", "empty-a-while"])
def test_tail_follows_a_broker_back_without_its_data(tmp_path: Path, empty_for_s: float) -> None:
    """After a Tansu restart shorter than the limit (it comes back empty), `tail` without a
    group says so on stderr and reads the new topic from its beginning: the events produced
    after the restart are printed, although its read position was past their offsets."""
    broker = EmbeddedBroker(log_path=tmp_path / "tansu.log").start()
    settings = Settings(broker=broker.url, topic_prefix="back.", partitions=1,
                        session_timeout_s=TEST_SESSION_TIMEOUT_S)
    out, err = tmp_path / "tail.out", tmp_path / "tail.err"
    before = [b'{"id": "a%d"}' % n for n in range(5)]
    after = [b'{"id": "b%d"}' % n for n in range(2)]
    tail = None
    try:
        asyncio.run(_produce(settings, *before))
        tail = _start_tail(settings, out, err)
        assert _wait_for_output(out, tail, timeout=120, lines=5).splitlines() == \
            [value.decode() for value in before]
        broker.stop()
        time.sleep(1.0)
        broker = EmbeddedBroker(port=broker.port, log_path=tmp_path / "tansu.log").start()
        time.sleep(empty_for_s)
        asyncio.run(_produce(settings, *after))
        written = _wait_for_output(out, tail, timeout=60, lines=7)
        message = err.read_text(encoding="utf-8")
        assert written.splitlines()[5:] == [value.decode() for value in after], message
        assert "restarted without its data" in message
        assert "reading back.articles.enriched from the beginning of the new topic" in message
        assert tail.poll() is None, "tail follows the new broker, it does not exit"
    finally:
        if tail is not None and tail.poll() is None:
            tail.kill()
            tail.wait()
        broker.stop()


def test_tail_without_a_broker_says_so_in_one_line() -> None:
    """`tail` against a port where no broker listens exits 69 naming the broker, with no
    traceback and no unclosed consumer (as `send` says it)."""
    import socket

    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = subprocess.run(
        [sys.executable, "-m", "newswire", "tail", topics.ENRICHED, "--limit", "1"],
        env={**os.environ, "NEWSWIRE_BROKER": f"kafka://127.0.0.1:{port}"},
        capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == EXIT_BROKER_LOST
    assert f"cannot reach Kafka at 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr
    assert "Unclosed" not in result.stderr


def test_tail_from_the_end_prints_only_what_comes_after_it(settings: Settings,
                                                           tmp_path: Path) -> None:
    """`newswire tail` (no --from-beginning) starts after the last record: the rest of the
    topic's last batch, which Tansu's end offset (its start + 1) would show, is not new."""
    asyncio.run(_produce_one_batch(settings, [b'{"id": "old-%d"}' % n for n in range(5)]))
    out, err = tmp_path / "tail.out", tmp_path / "tail.err"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        tail = subprocess.Popen(
            [sys.executable, "-m", "newswire", "tail", topics.ENRICHED, "--limit", "1"],
            env={**settings.child_env(), "COLUMNS": "200"}, stdout=stdout, stderr=stderr)
    try:
        for number in range(120):  # until tail reads: it may not be reading the first ones
            # partition 1: partition 0's last batch stays the old one while tail starts
            asyncio.run(_produce_one_batch(settings, [b'{"id": "new-%d"}' % number],
                                           partition=1))
            if tail.poll() is not None or out.read_text(encoding="utf-8"):
                break
            time.sleep(1)
        assert tail.wait(timeout=60) == 0, err.read_text(encoding="utf-8")
    finally:
        if tail.poll() is None:
            tail.kill()
            tail.wait()
    assert out.read_text(encoding="utf-8").startswith('{"id": "new-')


async def _produce_one_batch(settings: Settings, values: list[bytes], partition: int = 0
                             ) -> None:
    """``values`` to ``partition`` of articles.enriched, sent together: one batch."""
    await ensure_topics(settings)
    producer = AIOKafkaProducer(**client_kwargs(settings), linger_ms=200)
    await producer.start()
    try:
        topic = settings.topic(topics.ENRICHED)
        await asyncio.gather(*[await producer.send(topic, value, partition=partition)
                               for value in values])
    finally:
        await producer.stop()
