"""The short-lived reader of :func:`last_offsets` is closed however the read ends."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from aiokafka import TopicPartition
from aiokafka.errors import UnrecognizedBrokerVersion

from newswire.kafka import offsets
from newswire.settings import Settings

TP = TopicPartition("newswire.articles.raw", 0)


class _Caller:
    """The caller's consumer: it only answers the end offsets."""

    async def end_offsets(self, tps: list[TopicPartition]) -> dict[TopicPartition, int]:
        return dict.fromkeys(tps, 5)


class _Reader:
    """A reader whose start or fetch fails with ``error``; it records whether it was closed."""

    def __init__(self, fails_in: str, error: BaseException) -> None:
        self.fails_in, self.error, self.stopped = fails_in, error, False

    async def start(self) -> None:
        if self.fails_in == "start":
            raise self.error

    def assign(self, tps: list[TopicPartition]) -> None: ...

    def seek(self, tp: TopicPartition, offset: int) -> None: ...

    async def getmany(self, *tps: TopicPartition, **_: Any) -> dict[TopicPartition, list[Any]]:
        raise self.error

    async def stop(self) -> None:
        self.stopped = True


@pytest.mark.parametrize(("fails_in", "error"), [
    ("start", asyncio.CancelledError()),          # Ctrl-C while the reader connects
    ("start", UnrecognizedBrokerVersion()),       # not a connection error: start_consumer passes it
    ("getmany", asyncio.CancelledError()),        # Ctrl-C while the last batch is read
    ("getmany", RuntimeError("broker answered nonsense")),
])
async def test_the_reader_of_the_last_batch_is_always_closed(
        monkeypatch: pytest.MonkeyPatch, fails_in: str, error: BaseException) -> None:
    """`tail`, `export --from end` and `subscribe()` make one reader per call: it is stopped
    when its start or its fetch fails or is cancelled, never left with open connections."""
    reader = _Reader(fails_in, error)
    monkeypatch.setattr(offsets, "make_consumer", lambda *_, **__: reader)
    with pytest.raises(type(error)):
        await offsets.last_offsets(_Caller(), [TP], Settings())
    assert reader.stopped
