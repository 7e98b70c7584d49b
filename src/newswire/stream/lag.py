"""``newswire_consumer_lag``: messages behind the end of ``articles.raw``, for every
partition the worker is assigned, computed when ``/metrics`` is read.

Set only after a batch, the gauge listed only the partitions the worker had enriched from
since it started (a restarted worker with nothing new listed none), and kept the partitions
a rebalance had moved away: a dashboard summing it undercounted.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, MutableMapping
from typing import Any, Protocol

from newswire.stream import metrics

__all__ = ["LagConsumer", "note_processed", "refresh_lag"]

log = logging.getLogger(__name__)


class LagConsumer(Protocol):
    """What the lag needs of Faust's consumer (``app.consumer``)."""

    def assignment(self) -> Any: ...
    def highwater(self, tp: Any) -> Any: ...
    async def highwaters(self, *partitions: Any) -> Any: ...
    async def position(self, tp: Any) -> Any: ...


def note_processed(done: MutableMapping[Any, int], messages: Iterable[Any]) -> None:
    """Remember, per partition, the last offset of ``messages`` (a finished batch)."""
    for message in messages:
        done[message.tp] = max(message.offset, done.get(message.tp, -1))


async def refresh_lag(consumer: LagConsumer, topic: str, done: MutableMapping[Any, int],
                      timeout_s: float = 5.0) -> None:
    """Set the gauge for every partition of ``topic`` assigned to ``consumer``, and only
    those: the end (the consumer's last fetch, else asked of the broker) minus the next
    offset to enrich (after the last one enriched; before any, the consumer's position,
    which after a restart is the group's committed offset)."""
    try:
        assigned = [tp for tp in consumer.assignment() if tp.topic == topic]
        async with asyncio.timeout(timeout_s):  # a rebalance may hold the consumer thread
            lags = {tp.partition: await _lag(consumer, tp, done) for tp in assigned}
    except Exception:  # a metric must never break /metrics: leave the last values
        log.debug("consumer lag not refreshed", exc_info=True)
        return
    for tp in [tp for tp in done if tp not in assigned]:  # moved away by a rebalance
        del done[tp]
    metrics.CONSUMER_LAG.clear()
    for partition, lag in lags.items():
        if lag is not None:
            metrics.CONSUMER_LAG.labels(partition=str(partition)).set(lag)


async def _lag(consumer: LagConsumer, tp: Any, done: MutableMapping[Any, int]) -> int | None:
    end = consumer.highwater(tp)
    if end is None:  # not fetched from yet
        end = (await consumer.highwaters(tp)).get(tp)
    following = done[tp] + 1 if tp in done else await consumer.position(tp)
    if end is None or following is None:
        return None
    return max(0, int(end) - int(following))
