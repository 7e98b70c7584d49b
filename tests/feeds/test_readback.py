"""Reading the feeds runner's state topics back, on a real broker (Tansu): a topic not made
yet has no records; Kafka that cannot be asked is an error, never an empty state."""

from __future__ import annotations

import asyncio

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition

from newswire.errors import BrokerError, TopicMissingError
from newswire.feeds import readback
from newswire.feeds.state import FEEDS_STATE
from newswire.settings import Settings

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(("error", "raised"), [
    (None, None),  # the real look-up: Tansu has no such topic, and none is made
    (TopicMissingError("topic t.newswire.feeds-state does not exist"), None),
    (BrokerError("cannot ask Kafka at 127.0.0.1:9092 for the partitions of t.x: timed out"),
     BrokerError),
], ids=["real-broker-no-topic", "topic-not-made-yet", "kafka-not-answering"])
async def test_a_state_topic_that_cannot_be_described_is_no_empty_state(
        monkeypatch: pytest.MonkeyPatch, settings: Settings, error: Exception | None,
        raised: type[Exception] | None) -> None:
    """A missing state topic reads as no records; a broker that cannot say the topic's
    partitions stops the read (it was read as "no state": a runner then ignored every hold
    and fetched every page again)."""
    async def partitions(_consumer: AIOKafkaConsumer, topic: str,
                         _settings: Settings) -> list[TopicPartition]:
        await asyncio.sleep(0)  # the real one asks the cluster (aiokafka's consumer must not
        # be stopped before its own start-up task first ran: that stop raises CancelledError)
        assert error is not None
        raise error

    if error is not None:
        monkeypatch.setattr(readback, "topic_partitions", partitions)
    names = (settings.internal_topic(FEEDS_STATE),)
    if raised is None:
        assert await readback.read_partitions(settings, names, None, 0.2) == []
    else:
        with pytest.raises(raised, match="cannot ask Kafka"):
            await readback.read_partitions(settings, names, None, 0.2)
