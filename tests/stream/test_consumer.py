"""The worker's consumer without a broker: stale fetches after a seek, acks during a stop."""

from __future__ import annotations

import pytest
from aiokafka.structs import ConsumerRecord
from faust.types import TP

from newswire.settings import Settings
from newswire.stream.app import make_app
from newswire.stream.consumer import SafeConsumer


def idle_consumer(monkeypatch: pytest.MonkeyPatch, tp: TP,
                  fetched: list[list[ConsumerRecord[bytes, bytes]]]) -> SafeConsumer:
    """A SafeConsumer owning ``tp`` whose fetches return ``fetched`` in turn (no broker)."""
    app = make_app(Settings(broker="kafka://127.0.0.1:1"))
    consumer = app.consumer
    assert isinstance(consumer, SafeConsumer)
    thread = consumer._thread

    async def getmany(active: set[TP] | None, timeout: float) -> dict[TP, list[object]]:
        return {tp: list(fetched.pop(0))}

    async def seek_to_committed() -> dict[TP, int]:
        return {tp: 2}

    monkeypatch.setattr(thread, "getmany", getmany)
    monkeypatch.setattr(thread, "seek_to_committed", seek_to_committed)
    monkeypatch.setattr(thread, "highwater", lambda tp: 10)
    monkeypatch.setattr(app.topics, "acks_enabled_for", lambda topic: topic == tp.topic)
    consumer._active_partitions = {tp}
    consumer.resume_flow()
    return consumer


def record(tp: TP, offset: int) -> ConsumerRecord[bytes, bytes]:
    """An input record at ``offset``."""
    return ConsumerRecord(tp.topic, tp.partition, offset, 0, 0, b"k", b"v", None, 1, 1, ())


async def test_input_records_fetched_before_a_seek_are_not_delivered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """After a seek to committed offsets, records of an earlier fetch are dropped, not
    delivered out of order (Faust would commit over the offsets they jump)."""
    tp = TP("raw", 0)
    consumer = idle_consumer(monkeypatch, tp, [[record(tp, offset) for offset in (5, 6, 7)],
                                               [record(tp, offset) for offset in (2, 3)]])
    stale = consumer.getmany(timeout=1)
    _, first = await anext(stale)
    await consumer.perform_seek()
    assert [message async for _, message in stale] == []
    again = [message.offset async for _, message in consumer.getmany(timeout=1)]
    assert (first.offset, again) == (5, [2, 3])


async def test_finished_messages_are_acked_during_a_stop_and_skipped_ones_are_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With the flow stopped, ack_handled counts and a plain (skip) ack only forgets."""
    tp = TP("raw", 0)
    consumer = idle_consumer(monkeypatch, tp, [[record(tp, offset) for offset in (0, 1)]])
    finished, skipped = [message async for _, message in consumer.getmany(timeout=1)]
    consumer.app.flow_control.suspend()
    assert consumer.ack_handled(finished) is True
    assert consumer.ack(skipped) is False
    assert consumer._acked[tp] == [0]
