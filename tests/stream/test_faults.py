"""Faults on a real broker: killed workers, a graceful stop, a lost broker.

Every test sends keyed input and then checks the outcome by key: each input ends as an
enriched event or a dead letter; an article enriched twice (at-least-once) carries the same
``event_id`` both times.
"""

from __future__ import annotations

import asyncio
import signal
import time
import urllib.request
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.structs import ConsumerRecord

from newswire import topics
from newswire.broker import EmbeddedBroker, free_port
from newswire.io.ingest import article_from_text
from newswire.kafka.clients import client_kwargs, ensure_topics, make_consumer, make_producer
from newswire.kafka.producer import encode
from newswire.models import DeadLetter, EnrichedArticle
from newswire.settings import Settings
from newswire.stream.process import WorkerProcess
from newswire.stream.watchdog import EXIT_BROKER_LOST
from tests.conftest import TEST_SESSION_TIMEOUT_S
from tests.stream.conftest import read_all, wait_drained

pytestmark = pytest.mark.integration

ARTICLES = 48
BAD = [b'{"title": "Broken", "text": ', b"\xff\xfe not utf-8 \x9c", b'{"title": 7, "text": []}']


@dataclass
class Outcome:
    """What came out on ``articles.enriched`` and ``articles.dlq``, by article id / key."""

    enriched: dict[str, list[EnrichedArticle]] = field(default_factory=lambda: defaultdict(list))
    dead: dict[str, list[DeadLetter]] = field(default_factory=lambda: defaultdict(list))

    def done(self) -> set[str]:
        """Keys that ended one way or the other."""
        return set(self.enriched) | set(self.dead)

    def duplicates(self) -> dict[str, list[str]]:
        """Event ids of every article enriched more than once."""
        return {key: [a.event_id for a in values]
                for key, values in self.enriched.items() if len(values) > 1}


def keyed(article_id: str, seed_text: str) -> tuple[str, bytes]:
    """A real-length article with id (and key) ``article_id``."""
    key, value = encode(article_from_text(f"{article_id}. {seed_text}", id=article_id))
    return key.decode(), value


def messages(seed_text: str, count: int = ARTICLES) -> dict[str, bytes]:
    """``count`` distinct real-length articles and a few bad inputs, by key."""
    out: dict[str, bytes] = {}
    for index in range(count):
        key, value = keyed(f"art-{index:03d}", seed_text)
        out[key] = value
    for index, bad in enumerate(BAD):
        out[f"bad-{index}"] = bad
    return out


async def send(settings: Settings, values: dict[str, bytes]) -> None:
    """Produce ``values`` to ``articles.raw`` (topics created first)."""
    await ensure_topics(settings)
    producer = make_producer(settings)
    await producer.start()
    try:
        for key, value in values.items():
            await producer.send(settings.topic(topics.RAW), value, key=key.encode())
        await producer.flush()
    finally:
        await producer.stop()


async def collect(settings: Settings, until: int | set[str], timeout: float = 120,
                  drained: bool = False) -> Outcome:
    """Read enriched events and dead letters from the start until ``until`` keys are done
    (a count of enriched articles, or a set of keys that must all be done).

    With ``drained``, then wait until the worker has committed all of ``articles.raw`` and
    read both topics again to their end: every duplicate it produced is in the outcome.
    """
    consumer = make_consumer(settings, topics.ENRICHED, topics.DLQ, group_id=None,
                             auto_offset_reset="earliest")
    enriched_topic = settings.topic(topics.ENRICHED)
    outcome = Outcome()

    def finished() -> bool:
        if isinstance(until, int):
            return len(outcome.enriched) >= until
        return until <= outcome.done()

    await consumer.start()
    try:
        deadline = time.monotonic() + timeout
        while not finished():
            batch = await consumer.getmany(timeout_ms=300)
            add(outcome, [r for records in batch.values() for r in records], enriched_topic)
            if not finished() and time.monotonic() > deadline:
                missing = until - outcome.done() if isinstance(until, set) else set()
                where = await whereabouts(settings, missing)
                pytest.fail(f"not done after {timeout}s; missing {sorted(missing)[:10]}; {where}")
    finally:
        await consumer.stop()
    if drained:
        await wait_drained(settings)
        return await outcome_now(settings)
    return outcome


async def outcome_now(settings: Settings) -> Outcome:
    """Every enriched event and dead letter there is now."""
    outcome = Outcome()
    for name in (topics.ENRICHED, topics.DLQ):
        add(outcome, await read_all(settings, name), settings.topic(topics.ENRICHED))
    return outcome


def add(outcome: Outcome, records: list[ConsumerRecord[bytes, bytes]],
        enriched_topic: str) -> None:
    """Sort ``records`` into the outcome's enriched events and dead letters."""
    for record in records:
        if record.topic == enriched_topic:
            article = EnrichedArticle.model_validate_json(record.value or b"")
            outcome.enriched[article.id].append(article)
        else:
            letter = DeadLetter.model_validate_json(record.value or b"")
            outcome.dead[letter.key or ""].append(letter)


async def positions(settings: Settings) -> tuple[dict[str, tuple[int, int]],
                                               dict[int, int | None]]:
    """Each key's (partition, offset) on ``articles.raw``, and the group's committed offsets."""
    found = {(record.key or b"").decode(): (record.partition, record.offset)
             for record in await read_all(settings, topics.RAW)}
    group = AIOKafkaConsumer(group_id=settings.app_id, enable_auto_commit=False,
                             **client_kwargs(settings))
    await group.start()
    try:
        partitions = sorted({partition for partition, _ in found.values()})
        committed = {p: await group.committed(TopicPartition(settings.topic(topics.RAW), p))
                     for p in partitions}
    finally:
        await group.stop()
    return found, committed


async def whereabouts(settings: Settings, keys: set[str]) -> str:
    """Where ``keys`` sit on ``articles.raw`` and what the group committed (for failures)."""
    found, committed = await positions(settings)
    ends: dict[int, int] = {}
    for partition, offset in found.values():
        ends[partition] = max(offset, ends.get(partition, -1))
    where = {key: found.get(key) for key in keys}
    return f"at (partition, offset) {where}; last offsets {ends}; committed {committed}"


def assert_complete(outcome: Outcome, keys: set[str]) -> None:
    """Every key ended enriched or dead-lettered; bad inputs dead; repeats keep their event id."""
    assert keys <= outcome.done(), sorted(keys - outcome.done())
    assert {f"bad-{i}" for i in range(len(BAD))} <= set(outcome.dead)
    assert not set(outcome.enriched) & set(outcome.dead)
    for key, event_ids in outcome.duplicates().items():
        assert len(set(event_ids)) == 1, f"{key} enriched with different event ids {event_ids}"


def metric(worker: WorkerProcess, name: str) -> float:
    """One unlabelled sample from the worker's ``/metrics`` (0 when unreachable)."""
    url = f"http://127.0.0.1:{worker.settings.web_port}/metrics"
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            text = response.read().decode("utf-8")
    except OSError:
        return 0.0
    for line in text.splitlines():
        if line.startswith(f"{name} "):
            return float(line.split()[1])
    return 0.0


def wait_exit(worker: WorkerProcess, timeout: float) -> int | None:
    """Wait up to ``timeout`` s for the worker to exit; its status, or None if still up."""
    assert worker.process is not None
    deadline = time.monotonic() + timeout
    while worker.process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    return worker.process.poll()


@pytest.fixture
def workers(settings: Settings, tmp_path: Path) -> Iterator[list[WorkerProcess]]:
    """A list the test fills with workers; every one still running is stopped afterwards."""
    started: list[WorkerProcess] = []
    yield started
    for worker in started:
        worker.stop(timeout=15)


def new_worker(settings: Settings, tmp_path: Path, name: str, *, own_port: bool = False,
               ) -> WorkerProcess:
    """A worker (not started) logging to ``tmp_path/name.log``; optionally on a new web port."""
    if own_port:
        settings = settings.model_copy(update={"web_port": free_port()})
    return WorkerProcess(settings, tmp_path / f"{name}.log")


async def interrupted_mid_stream(settings: Settings, tmp_path: Path, values: dict[str, bytes],
                                 workers: list[WorkerProcess], signum: int) -> WorkerProcess:
    """Start a worker, send ``values``, and send it ``signum`` once 8 articles are enriched."""
    first = new_worker(settings, tmp_path, "first").start()
    workers.append(first)
    await send(settings, values)
    await collect(settings, until=8, timeout=90)
    assert first.process is not None
    first.process.send_signal(signum)
    return first


async def test_sigkill_mid_stream_then_restart_loses_nothing(
    settings: Settings, tmp_path: Path, seed_text: str, workers: list[WorkerProcess]
) -> None:
    """A worker SIGKILLed mid-stream and restarted: every input ends enriched or dead-lettered."""
    values = messages(seed_text)
    first = await interrupted_mid_stream(settings, tmp_path, values, workers, signal.SIGKILL)
    assert wait_exit(first, 10) == -signal.SIGKILL

    workers.append(new_worker(settings, tmp_path, "second").start())
    outcome = await collect(settings, until=set(values), timeout=150, drained=True)
    assert_complete(outcome, set(values))
    print(f"after SIGKILL: {len(outcome.duplicates())} article(s) enriched twice")


#: How long a survivor may take to rejoin its group after a member was killed. The broker
#: evicts the dead member after one session timeout (3 s here) and the survivor rejoins at
#: its next heartbeat, within seconds on an idle machine; the ceiling is generous because
#: a starved machine stretches every step (12 s once fell short under extreme load), and
#: only a rejoin that never comes should fail.
REJOIN_CEILING_S = 120.0


async def expect_rebalance(worker: WorkerProcess, joins_before: int,
                           ceiling: float = REJOIN_CEILING_S) -> float:
    """Wait for ``worker`` to rejoin its group (the broker evicted a killed member); fail at
    once if it exits, or if no rejoin comes within ``ceiling``. The seconds it took."""
    started = time.monotonic()
    assert worker.process is not None
    while worker.log(tail=None).count("Joined group") <= joins_before:
        waited = time.monotonic() - started
        assert worker.process.poll() is None, f"worker exited while rejoining:\n{worker.log()}"
        assert waited < ceiling, f"no rejoin of the group within {waited:.0f}s:\n{worker.log()}"
        await asyncio.sleep(0.5)
    return time.monotonic() - started


async def test_survivor_takes_over_partitions_of_killed_worker(
    settings: Settings, tmp_path: Path, seed_text: str, workers: list[WorkerProcess]
) -> None:
    """Two workers in one group, one SIGKILLed while busy: the other finishes the stream."""
    survivor = new_worker(settings, tmp_path, "survivor").start()
    victim = new_worker(settings, tmp_path, "victim", own_port=True).start()
    workers += [survivor, victim]
    values = messages(seed_text, count=64)
    await send(settings, values)
    deadline = time.monotonic() + 90
    while metric(victim, "newswire_articles_processed_total") < 2:  # it owns partitions
        assert time.monotonic() < deadline, f"victim never got partitions:\n{victim.log()}"
        await asyncio.sleep(0.2)
    assert victim.process is not None
    joins_before = survivor.log(tail=None).count("Joined group")
    victim.process.send_signal(signal.SIGKILL)
    assert wait_exit(victim, 10) == -signal.SIGKILL
    rejoined_s = await expect_rebalance(survivor, joins_before)
    print(f"the survivor rejoined its group {rejoined_s:.1f}s after the kill")

    outcome = await collect(settings, until=set(values), timeout=150, drained=True)
    assert_complete(outcome, set(values))
    assert survivor.process is not None
    assert survivor.process.poll() is None, survivor.log()
    assert survivor.healthy()


async def test_sigterm_drains_commits_and_exits_zero(
    settings: Settings, tmp_path: Path, seed_text: str, workers: list[WorkerProcess]
) -> None:
    """SIGTERM mid-stream: exit 0 with all it finished committed; the next worker does the rest."""
    values = messages(seed_text)
    first = await interrupted_mid_stream(settings, tmp_path, values, workers, signal.SIGTERM)
    assert wait_exit(first, 30) == 0, first.log()
    before = await outcome_now(settings)  # the worker has exited: all it sent is there
    found, committed = await positions(settings)
    uncommitted = sorted(key for key in before.done()
                         if found[key][1] >= (committed[found[key][0]] or 0))
    assert not uncommitted, f"finished but not committed: {uncommitted}; committed {committed}"

    workers.append(new_worker(settings, tmp_path, "second").start())
    outcome = await collect(settings, until=set(values), timeout=150, drained=True)
    assert_complete(outcome, set(values))
    redone = {key for key, events in outcome.enriched.items()
              if key in before.enriched and len(events) > len(before.enriched[key])}
    print(f"SIGTERM after {len(before.enriched)} enriched; redone after restart: {len(redone)}")
    assert not redone


@pytest.mark.parametrize("down_s", [None, 2.0], ids=["stays-down", "back-empty"])
async def test_lost_broker_makes_worker_exit_non_zero(
    tmp_path: Path, seed_text: str, down_s: float | None
) -> None:
    """Broker gone (or back empty): the worker exits 69 with a clear message in bounded time."""
    broker = EmbeddedBroker(log_path=tmp_path / "tansu.log").start()
    settings = Settings(
        broker=broker.url, topic_prefix="lost.", app_id="newswire-lost", partitions=2,
        web_port=free_port(), data_dir=str(tmp_path / "data"), batch_within_s=0.2,
        log_level="INFO", session_timeout_s=TEST_SESSION_TIMEOUT_S,
    )
    worker = new_worker(settings, tmp_path, "worker")
    try:
        worker.start()
        await send(settings, dict([keyed("before", seed_text)]))
        await collect(settings, until={"before"}, timeout=60)
        broker.stop()
        if down_s is not None:
            await asyncio.sleep(down_s)
            broker = EmbeddedBroker(port=broker.port, log_path=tmp_path / "tansu.log").start()
        status = wait_exit(worker, 60)
        assert status == EXIT_BROKER_LOST, f"status {status} after 60 s:\n{worker.log()}"
        # Back empty, either sign may come first: the topic seen gone, or (when a client
        # re-created it before the watch looked) its end offset gone back; both say so.
        reason = "restarted without its data" if down_s is not None else "unreachable"
        assert f"exiting with status {EXIT_BROKER_LOST}" in worker.log()
        assert reason in worker.log()

        if down_s is None:
            broker = EmbeddedBroker(port=broker.port, log_path=tmp_path / "tansu.log").start()
        restarted = new_worker(settings, tmp_path, "restarted").start()  # as a supervisor would
        try:
            await send(settings, dict([keyed("after", seed_text)]))
            await collect(settings, until={"after"}, timeout=90)
        finally:
            assert restarted.stop() == 0, restarted.log()
    finally:
        worker.stop(timeout=5)
        broker.stop()
