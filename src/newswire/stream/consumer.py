"""A Faust consumer that never commits past a message nobody processed.

Four paths in Faust 0.15 can move a committed offset past an unprocessed message, and the
fault tests (a worker killed while another takes over, a worker stopped and restarted) lost
messages through them:

* a stream *skips* a message fetched under an older group generation, or while flow control
  is suspended for a rebalance, and then *acks* it, so the next commit covers it although
  no agent saw it;
* ``Consumer._new_offset`` commits the first run of acked offsets even when the offset just
  after the last commit is not among them (an off-by-one in its gap check);
* after a rebalance, a partition with no committed offset is not sought at all (aiokafka
  seeks only offsets > 0), so a worker that had fetched it in an earlier generation goes on
  from where that fetch stopped, past messages nobody processed;
* Recovery resumes the input partitions *before* it seeks them to their committed offsets,
  so records fetched from the old positions are delivered interleaved with those fetched
  again after the seek. Offsets then jump, which Faust's gap tracking (meant for compacted
  topics) takes for offsets that do not exist, and commits over them.

Here an ack of such a skipped message only forgets the message (it will be fetched again
by whoever owns the partition next), a commit waits until the next offset is acked, an
uncommitted input partition is read from its beginning, and a fetch never overlaps a seek:
input records fetched before the latest seek are dropped (the seek rewound their partition,
so they are fetched again in order).

Acks of messages an agent has finished (:meth:`SafeConsumer.ack_handled`) count even while
the flow is stopped, so the batch a worker drains after SIGTERM is committed on the way out.

Faust also fixes the fetch wait at 1.5 s; Tansu holds a fetch of several partitions that
long even when messages arrive, which added up to 1.5 s to every article's latency. The
worker's consumer uses ``Settings.fetch_max_wait_ms`` instead.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterable, Mapping
from typing import Any, ClassVar

import aiokafka
import faust
from faust.transport.consumer import RecordMap
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP, Message

__all__ = ["ConsumerThread", "NewswireApp", "SafeConsumer", "SafeTransport", "ack_handled"]


class ConsumerThread(faust_aiokafka.AIOKafkaConsumerThread):
    """Faust's consumer thread, with the app's fetch wait."""

    def _create_worker_consumer(self, transport: Any) -> aiokafka.AIOKafkaConsumer:
        consumer = super()._create_worker_consumer(transport)
        app = self.app
        if isinstance(app, NewswireApp):
            # Read by AIOKafkaConsumer.start(), which has not run yet.
            consumer._fetch_max_wait_ms = app.fetch_max_wait_ms
        return consumer


class SafeConsumer(faust_aiokafka.Consumer):
    """Faust's aiokafka consumer with the commit holes closed."""

    #: Bumped by every seek to committed offsets; records fetched before it are stale.
    _seek_epoch: int = 0
    _fetched_epoch: int = 0
    _position_lock: asyncio.Lock | None = None

    def _new_consumer_thread(self) -> ConsumerThread:
        return ConsumerThread(self, loop=self.loop, beacon=self.beacon)

    def ack(self, message: Message) -> bool:
        """Ack ``message`` unless it was skipped in a rebalance or a stop (then forget it)."""
        if not self.app.flow_control.is_active():
            return self._forget(message)
        return self.ack_handled(message)

    def ack_handled(self, message: Message) -> bool:
        """Ack a message an agent has finished, even if a stop or rebalance began meanwhile.

        Only a message of an older group generation is forgotten: its partition may be
        someone else's now, and the new owner reads it again from the committed offset.
        """
        if message.generation_id != self.app.consumer_generation_id:
            return self._forget(message)
        acked: bool = super().ack(message)
        return acked

    def _forget(self, message: Message) -> bool:
        message.acked = True
        self._unacked_messages.discard(message)
        return False

    def _lock(self) -> asyncio.Lock:
        if self._position_lock is None:  # created on the consumer's own loop
            self._position_lock = asyncio.Lock()
        return self._position_lock

    async def _getmany(self, active_partitions: set[TP] | None, timeout: float) -> RecordMap:
        async with self._lock():
            records: RecordMap = await super()._getmany(active_partitions, timeout)
            self._fetched_epoch = self._seek_epoch
        return records

    async def getmany(self, timeout: float) -> AsyncIterator[tuple[TP, Message]]:
        """Fetched messages, without input records fetched before the latest seek."""
        async for tp, message in super().getmany(timeout):
            stale = self._fetched_epoch != self._seek_epoch
            if stale and self.app.topics.acks_enabled_for(tp.topic):
                continue  # its partition was rewound: it comes again, in order
            yield tp, message

    async def perform_seek(self) -> None:
        """Seek to committed offsets while no fetch is in flight."""
        async with self._lock():
            self._seek_epoch += 1
            await super().perform_seek()

    def _new_offset(self, tp: TP) -> int | None:
        acked = self._acked[tp]
        committed = self._committed_offset[tp]
        if acked and committed is not None and not self._gap[tp] and min(acked) > committed:
            return None  # the message at the committed offset is still being processed
        offset: int | None = super()._new_offset(tp)
        return offset

    async def seek_to_committed(self) -> Mapping[TP, int]:
        """Seek to committed offsets; input partitions never committed go to their start."""
        committed: Mapping[TP, int] = await super().seek_to_committed()
        fresh = [tp for tp, offset in committed.items()
                 if not offset and self.app.topics.acks_enabled_for(tp.topic)]
        if fresh:
            await self._thread.seek_to_beginning(*fresh)
        return committed


def ack_handled(app: faust.App, messages: Iterable[Message]) -> None:
    """Ack ``messages``, which an agent has finished, on ``app``'s :class:`SafeConsumer`."""
    consumer = app.consumer
    if not isinstance(consumer, SafeConsumer):
        raise TypeError(f"the app's consumer is a {type(consumer).__name__}, not a SafeConsumer")
    for message in messages:
        consumer.ack_handled(message)


class SafeTransport(faust_aiokafka.Transport):
    """The aiokafka transport with :class:`SafeConsumer`."""

    Consumer: ClassVar[Any] = SafeConsumer


class NewswireApp(faust.App):
    """A Faust app whose consumer is :class:`SafeConsumer`."""

    #: The worker consumer's fetch wait (Faust's own is 1500 ms, not configurable).
    fetch_max_wait_ms: int = 1500

    def _new_transport(self) -> SafeTransport:
        return SafeTransport(self.conf.broker_consumer, self)
