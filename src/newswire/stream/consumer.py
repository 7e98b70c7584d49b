"""A Faust consumer that never commits past a message nobody processed.

Two paths in Faust 0.15 can move a committed offset past an unprocessed message, and the
fault tests (a worker killed while another takes over) lost messages through them:

* a stream *skips* a message fetched under an older group generation, or while flow control
  is suspended for a rebalance, and then *acks* it, so the next commit covers it although
  no agent saw it;
* ``Consumer._new_offset`` commits the first run of acked offsets even when the offset just
  after the last commit is not among them (an off-by-one in its gap check);
* after a rebalance, a partition with no committed offset is not sought at all (aiokafka
  seeks only offsets > 0), so a worker that had fetched it in an earlier generation goes on
  from where that fetch stopped, past messages nobody processed.

Here an ack of such a skipped message only forgets the message (it will be fetched again
by whoever owns the partition next), a commit waits until the next offset is acked, and an
uncommitted input partition is read from its beginning.

Faust also fixes the fetch wait at 1.5 s; Tansu holds a fetch of several partitions that
long even when messages arrive, which added up to 1.5 s to every article's latency. The
worker's consumer uses ``Settings.fetch_max_wait_ms`` instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import aiokafka
import faust
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP, Message


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

    def _new_consumer_thread(self) -> ConsumerThread:
        return ConsumerThread(self, loop=self.loop, beacon=self.beacon)

    def ack(self, message: Message) -> bool:
        """Ack ``message`` unless it was skipped in a rebalance (then only forget it)."""
        app = self.app
        stale = message.generation_id != app.consumer_generation_id
        if stale or not app.flow_control.is_active():
            message.acked = True
            self._unacked_messages.discard(message)
            return False
        acked: bool = super().ack(message)
        return acked

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


class SafeTransport(faust_aiokafka.Transport):
    """The aiokafka transport with :class:`SafeConsumer`."""

    Consumer: ClassVar[Any] = SafeConsumer


class NewswireApp(faust.App):
    """A Faust app whose consumer is :class:`SafeConsumer`."""

    #: The worker consumer's fetch wait (Faust's own is 1500 ms, not configurable).
    fetch_max_wait_ms: int = 1500

    def _new_transport(self) -> SafeTransport:
        return SafeTransport(self.conf.broker_consumer, self)
