"""`newswire export`: when reading a topic stops, without a broker (a scripted consumer)."""

from __future__ import annotations

import asyncio
import gzip
import json
from pathlib import Path

import pytest
from aiokafka import TopicPartition
from aiokafka.structs import ConsumerRecord

from newswire.errors import NewswireError
from newswire.kafka import export
from newswire.settings import Settings

TP = TopicPartition("articles.quotes", 0)


class ScriptedConsumer:
    """Answers each poll with the next batch of ``polls`` (then nothing); its end offset is
    ``end``, and its position moves past every record it hands out."""

    def __init__(self, polls: list[list[int]], end: int) -> None:
        self.polls = polls
        self.end = end
        self.position_now = 0

    def assign(self, tps: list[TopicPartition]) -> None:
        """Nothing to assign."""

    def seek(self, tp: TopicPartition, offset: int) -> None:
        self.position_now = offset

    async def end_offsets(self, tps: list[TopicPartition]) -> dict[TopicPartition, int]:
        return dict.fromkeys(tps, self.end)

    async def position(self, tp: TopicPartition) -> int:
        return self.position_now

    async def getmany(self, timeout_ms: int) -> dict[TopicPartition, list[object]]:
        offsets = self.polls.pop(0) if self.polls else []
        if offsets:
            self.position_now = offsets[-1] + 1
        value = json.dumps({"n": 1}).encode()
        return {TP: [ConsumerRecord(TP.topic, 0, offset, 0, 0, b"k", value, None, 1, 1, ())
                     for offset in offsets]} if offsets else {}

    async def stop(self) -> None:
        """Nothing to close."""


def scripted(monkeypatch: pytest.MonkeyPatch, consumer: ScriptedConsumer) -> None:
    """Make export_topic read ``consumer``."""
    async def started(*_: object) -> None:
        return None

    async def one_partition(*_: object) -> list[TopicPartition]:
        return [TP]

    async def from_zero(*_: object) -> dict[TopicPartition, int]:
        return {TP: 0}

    monkeypatch.setattr(export, "make_consumer", lambda *_, **__: consumer)
    monkeypatch.setattr(export, "start_consumer", started)
    monkeypatch.setattr(export, "partitions", one_partition)
    monkeypatch.setattr(export, "start_offsets", from_zero)


def test_a_quiet_first_poll_does_not_end_the_export(monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    """A first fetch that brings nothing (a slow broker) is waited out up to the end offsets."""
    scripted(monkeypatch, ScriptedConsumer([[], [0, 1], [], [2]], end=3))
    target = tmp_path / "quotes.jsonl.gz"
    written, _ = asyncio.run(export.export_topic(Settings(), "articles.quotes", target,
                                                 idle=0.01))
    assert written == 3
    assert len(gzip.decompress(target.read_bytes()).splitlines()) == 3


def test_an_export_that_stalls_behind_the_end_says_so(monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    """Nothing for STALL_S behind the end offsets is an error, not a short archive in silence."""
    monkeypatch.setattr(export, "STALL_S", 0.05)
    scripted(monkeypatch, ScriptedConsumer([[0]], end=5))
    with pytest.raises(NewswireError, match="before the end of the topic"):
        asyncio.run(export.export_topic(Settings(), "articles.quotes", tmp_path / "q.jsonl",
                                        idle=0.01))
