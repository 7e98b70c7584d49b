"""Kafka clients from settings: the bootstrap server list as the reachability checks read it."""

from __future__ import annotations

import asyncio
import socket

import pytest
from aiokafka.errors import KafkaConnectionError, LeaderNotAvailableError, UnrecognizedBrokerVersion

from newswire.errors import BrokerError
from newswire.kafka.clients import (
    Outage,
    broker_reachable,
    described_partitions,
    first_server,
    partition_numbers,
    start_consumer,
    topic_error,
)
from newswire.settings import Settings


@pytest.mark.parametrize(("broker", "expected"), [
    ("kafka://127.0.0.1:9093", ("127.0.0.1", 9093)),
    ("kafka://k1.example:19092;k2.example:19092", ("k1.example", 19092)),
    ("kafka://[::1]:9094", ("::1", 9094)),
    ("kafka://[2001:db8::7]", ("2001:db8::7", 9092)),
    ("kafka://kafka.internal", ("kafka.internal", 9092)),
])
def test_first_server_reads_ipv6_and_missing_ports(broker: str, expected: tuple[str, int]) -> None:
    """The first server's host and port; IPv6 loses its brackets, no port means 9092."""
    assert first_server(Settings(broker=broker)) == expected


def test_a_broker_on_an_ipv6_address_is_reachable() -> None:
    """A listener on [::1] answers the check the worker's watchdog and `tail` run every 2 s."""
    if not socket.has_ipv6:
        pytest.skip("no IPv6 on this machine")
    with socket.socket(socket.AF_INET6) as listener:
        try:
            listener.bind(("::1", 0))
        except OSError:
            pytest.skip("no IPv6 loopback on this machine")
        listener.listen()
        port = listener.getsockname()[1]
        assert asyncio.run(broker_reachable(Settings(broker=f"kafka://[::1]:{port}")))


def test_an_outage_gives_up_after_its_limit_and_forgets_a_recovery() -> None:
    """Down 10 s of a 10 s limit is the reason to exit; a reachable check starts over."""
    outage = Outage("k:9092", limit_s=10)
    assert outage.update(False, now=100.0) is None
    assert outage.update(True, now=105.0) is None
    assert outage.update(False, now=106.0) is None
    assert outage.update(False, now=115.0) is None
    reason = outage.update(False, now=116.0)
    assert reason == "Kafka broker k:9092 unreachable for 10 s (limit 10 s)"


class _FailingStart:
    """A consumer whose start raises ``error``; it records whether it was stopped."""

    def __init__(self, error: BaseException) -> None:
        self.error, self.stopped = error, False

    async def start(self) -> None:
        raise self.error

    async def stop(self) -> None:
        self.stopped = True


@pytest.mark.parametrize(("error", "raised"), [
    (KafkaConnectionError(), BrokerError),                       # broker unreachable
    (UnrecognizedBrokerVersion(), UnrecognizedBrokerVersion),    # passes through as is
    (asyncio.CancelledError(), asyncio.CancelledError),          # Ctrl-C while connecting
])
def test_a_consumer_that_did_not_start_is_closed(error: BaseException,
                                                 raised: type[BaseException]) -> None:
    """Whatever stops a consumer's start, it is closed before the error reaches the caller
    (`feeds status`, `subscribe()` and the state readers start theirs before their `try`)."""
    consumer = _FailingStart(error)
    with pytest.raises(raised):
        asyncio.run(start_consumer(consumer, Settings()))  # type: ignore[arg-type]
    assert consumer.stopped


def described(topic: str, partitions: list[int], error_code: int = 0) -> dict[str, object]:
    """One topic as aiokafka's ``describe_topics`` gives it."""
    return {"error_code": error_code, "topic": topic, "is_internal": False,
            "partitions": [{"error_code": 0, "partition": n, "leader": 1} for n in partitions]}


@pytest.mark.parametrize(("topics", "expected"), [
    ([described("other", [0]), described("t.articles.raw", [2, 0, 1])], [0, 1, 2]),
    ([described("other", [0, 1])], None),
    # UNKNOWN_TOPIC_OR_PARTITION (3), and a topic listed with no partitions.
    ([described("t.articles.raw", [], error_code=3)], None),
    ([described("t.articles.raw", [])], None),
    ([], None),
])
def test_partition_numbers_of_one_topic_in_a_description(
        topics: list[dict[str, object]], expected: list[int] | None) -> None:
    """A topic's partitions are read from the cluster's description of every topic, sorted;
    a topic absent, in error or without partitions has none."""
    assert partition_numbers(topics, "t.articles.raw") == expected


@pytest.mark.parametrize(("topics", "expected"), [
    ([described("other", [0]), described("t.articles.raw", [0])], 0),
    ([described("t.articles.raw", [], error_code=5)], 5),  # LEADER_NOT_AVAILABLE
    ([described("t.articles.raw", [], error_code=3)], 3),
    ([described("other", [0])], 3),  # not listed: UNKNOWN_TOPIC_OR_PARTITION
    ([], 3),
])
def test_the_error_code_of_one_topic_in_a_description(
        topics: list[dict[str, object]], expected: int) -> None:
    """A topic's error code is read from the description; one not listed is unknown (3)."""
    assert topic_error(topics, "t.articles.raw") == expected


class _Describing:
    """Stands in for a started admin client: each call describes the next of ``answers``."""

    def __init__(self, answers: list[list[dict[str, object]]]) -> None:
        self.answers, self.asked = answers, 0

    async def describe_topics(self) -> list[dict[str, object]]:
        self.asked += 1
        return self.answers[min(self.asked, len(self.answers)) - 1]


NOT_READY = [described("t.articles.raw", [], error_code=5)]  # LEADER_NOT_AVAILABLE


@pytest.mark.parametrize(("answers", "expected", "asked"), [
    ([[described("t.articles.raw", [1, 0])]], [0, 1], 1),
    ([[]], None, 1),  # missing at once: no second question
    ([[described("t.articles.raw", [], error_code=3)]], None, 1),
    # A topic Apache Kafka has just created: asked again until its leader is there.
    ([NOT_READY, NOT_READY, [described("t.articles.raw", [0, 1, 2])]], [0, 1, 2], 3),
    ([NOT_READY], LeaderNotAvailableError, 5),  # still not ready: an error, never "missing"
], ids=["there", "absent", "unknown", "leader-comes", "leader-never-comes"])
def test_a_topic_in_a_passing_error_is_asked_again_not_missing(
        answers: list[list[dict[str, object]]], expected: list[int] | type[Exception] | None,
        asked: int) -> None:
    """A topic whose description says LEADER_NOT_AVAILABLE is described again (up to 5
    times) and then raises that error; only a topic absent or unknown reads as missing."""
    admin = _Describing(answers)
    run = described_partitions(admin, "t.articles.raw", pause_s=0)  # type: ignore[arg-type]
    if isinstance(expected, type):
        with pytest.raises(expected):
            asyncio.run(run)
    else:
        assert asyncio.run(run) == expected
    assert admin.asked == asked
