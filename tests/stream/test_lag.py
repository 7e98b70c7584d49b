"""``newswire_consumer_lag`` lists every assigned partition of articles.raw when read."""

from __future__ import annotations

import asyncio
from typing import Any, NamedTuple

import pytest

from newswire.stream import metrics
from newswire.stream.lag import note_processed, refresh_lag

RAW = "articles.raw"


class TP(NamedTuple):
    topic: str
    partition: int


class Message(NamedTuple):
    tp: TP
    offset: int


class FakeConsumer:
    """Faust's consumer as the lag reads it: an assignment, fetched ends (None: not fetched
    yet), the broker's ends, and positions (the committed offset after a restart)."""

    def __init__(self, fetched: dict[int, int | None], broker: dict[int, int],
                 positions: dict[int, int]) -> None:
        self.fetched, self.broker, self.positions = fetched, broker, positions

    def assignment(self) -> set[TP]:
        return {TP(RAW, p) for p in self.fetched} | {TP("newswire-processed-changelog", 0)}

    def highwater(self, tp: TP) -> int | None:
        return self.fetched[tp.partition]

    async def highwaters(self, *partitions: TP) -> dict[TP, int]:
        return {tp: self.broker[tp.partition] for tp in partitions}

    async def position(self, tp: TP) -> int:
        return self.positions[tp.partition]


def gauge() -> dict[str, float]:
    """The gauge's values by partition label, as /metrics would print them."""
    return {sample.labels["partition"]: sample.value
            for family in metrics.CONSUMER_LAG.collect() for sample in family.samples}


@pytest.mark.parametrize(("fetched", "broker", "positions", "done", "expected", "kept"), [
    pytest.param({0: 10, 1: 7, 2: 3}, {}, {0: 10, 1: 7, 2: 3}, {},
                 {"0": 0, "1": 0, "2": 0}, {}, id="restarted-idle-lists-every-partition"),
    pytest.param({0: 10, 1: 7}, {}, {0: 10, 1: 9}, {TP(RAW, 0): 4},
                 {"0": 5, "1": 0}, {TP(RAW, 0): 4},
                 id="enriched-offset-beats-the-prefetched-position"),
    pytest.param({0: None, 1: 12}, {0: 30}, {0: 20, 1: 12}, {},
                 {"0": 10, "1": 0}, {}, id="not-fetched-yet-asks-the-broker"),
    pytest.param({1: 5}, {}, {1: 2}, {TP(RAW, 0): 3, TP(RAW, 1): 1}, {"1": 3},
                 {TP(RAW, 1): 1}, id="moved-away-partition-is-dropped"),
])
def test_lag_of_every_assigned_partition(fetched: dict[int, int | None], broker: dict[int, int],
                                         positions: dict[int, int], done: dict[Any, int],
                                         expected: dict[str, float],
                                         kept: dict[Any, int]) -> None:
    """Every assigned partition of articles.raw has a value (end minus the next offset to
    enrich), other topics none, and a partition a rebalance moved away is gone from the
    gauge and from the offsets remembered (the worker's own dict, not a copy)."""
    metrics.CONSUMER_LAG.labels(partition="7").set(99)  # left by an earlier assignment
    asyncio.run(refresh_lag(FakeConsumer(fetched, broker, positions), RAW, done))
    assert gauge() == expected
    assert done == kept


def test_partition_that_comes_back_uses_its_position() -> None:
    """A partition moved away and assigned again is measured from the consumer's position
    (another worker enriched it meanwhile), not from the offset this worker last enriched."""
    done: dict[Any, int] = {}
    note_processed(done, [Message(TP(RAW, 0), 3), Message(TP(RAW, 1), 1)])
    asyncio.run(refresh_lag(FakeConsumer({1: 5}, {}, {1: 2}), RAW, done))  # 0 moved away
    back = FakeConsumer({0: 25, 1: 5}, {}, {0: 20, 1: 2})  # 0 back, 17 offsets further on
    asyncio.run(refresh_lag(back, RAW, done))
    assert gauge() == {"0": 5, "1": 3}  # 25 - 20, not 25 - (3 + 1)


def test_note_processed_keeps_the_last_offset_per_partition() -> None:
    """A batch's messages leave, per partition, the highest offset enriched."""
    done: dict[Any, int] = {TP(RAW, 1): 40}
    note_processed(done, [Message(TP(RAW, 0), 5), Message(TP(RAW, 0), 3),
                          Message(TP(RAW, 1), 41)])
    assert done == {TP(RAW, 0): 5, TP(RAW, 1): 41}
