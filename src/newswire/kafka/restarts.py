"""Telling that the broker came back without its data, and following it when it did.

Tansu here keeps everything in memory: a restart loses every topic, offset and group. A
client that outlived the restart keeps read positions that no longer mean anything: past
the new end offsets it reads nothing (``newswire tail`` was seen to sit idle with new events
waiting), below them it skips the first events of the new topic. The worker exits then and
lets its supervisor start it afresh (:mod:`newswire.stream.watchdog`); a reader without a
group (``tail``, :func:`~newswire.kafka.consume.records`) reads the new topic from its
beginning instead (:func:`follow_restarts`).

The signs, checked with a client of its own every few seconds: the topic vanished after it
was seen, or the end offset of one of its partitions went back. (Tansu reports an end
offset as the start of the last batch + 1, never as more, so a position beyond the end
offset is no sign by itself; the highest end offset seen only grows while data is kept.)
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from newswire.kafka.clients import client_kwargs, described_partitions, make_admin
from newswire.settings import Settings

__all__ = ["RestartWatch", "follow_restarts"]

log = logging.getLogger(__name__)


class RestartWatch:
    """Tells when ``topic`` (its full name) vanished after it was seen, or one of its end
    offsets went back: the broker restarted without its data."""

    def __init__(self, settings: Settings, topic: str, *, timeout_s: float = 5.0) -> None:
        self.settings = settings
        self.topic = topic
        self.timeout_s = timeout_s
        self._seen_topic = False
        self._high: dict[int, int] = {}
        self._consumer: AIOKafkaConsumer | None = None
        self._admin: AIOKafkaAdminClient | None = None

    async def check(self) -> str | None:
        """The sign that the broker lost its data, or None (also when the broker could not
        be asked: the next check asks again, with a fresh client)."""
        try:
            return await asyncio.wait_for(self._check(), timeout=self.timeout_s)
        except Exception as exc:  # noqa: BLE001 - aiokafka errors, timeouts: inconclusive
            log.debug("restart check of %s inconclusive: %r", self.topic, exc)
            await self.close()
            return None

    async def partitions(self) -> list[int]:
        """The topic's partitions as the broker has them now (none while it is absent)."""
        try:
            return await asyncio.wait_for(self._partitions_now(), timeout=self.timeout_s) or []
        except Exception as exc:  # noqa: BLE001 - as in check
            log.debug("partitions of %s unknown: %r", self.topic, exc)
            await self.close()
            return []

    def forget(self) -> None:
        """Start over: the reader moved to the topic as the broker has it now."""
        self._seen_topic = False
        self._high.clear()

    async def _check(self) -> str | None:
        partitions = await self._partitions_now()
        if partitions is None:
            if self._seen_topic:
                return (f"topic {self.topic} vanished from broker "
                        f"{self.settings.bootstrap_servers}: it restarted without its data")
            return None
        self._seen_topic = True
        consumer = await self._client()
        ends = await consumer.end_offsets([TopicPartition(self.topic, p) for p in partitions])
        for tp, end in ends.items():
            if end < self._high.get(tp.partition, 0):
                return (f"end offset of {self.topic}[{tp.partition}] went back from "
                        f"{self._high[tp.partition]} to {end}: broker "
                        f"{self.settings.bootstrap_servers} restarted without its data")
            self._high[tp.partition] = end
        return None

    async def _partitions_now(self) -> list[int] | None:
        """The topic's partitions in metadata asked for now; None while it is absent.

        (Asked of an admin client: the consumer's ``partitions_for_topic`` answers from
        metadata nothing refreshes for a client that reads no topic, so a topic that
        vanished would never be seen back, and its ``topics()`` gives names only.)
        """
        if self._admin is None:
            # Kept before it starts, so that a start cut short is closed like the rest.
            self._admin = make_admin(self.settings)
            await self._admin.start()
        return await described_partitions(self._admin, self.topic)

    async def _client(self) -> AIOKafkaConsumer:
        if self._consumer is None:
            # Kept before it starts, so that a start cut short is closed like the rest.
            self._consumer = AIOKafkaConsumer(**client_kwargs(self.settings), group_id=None,
                                              enable_auto_commit=False, request_timeout_ms=5000)
            await self._consumer.start()
        return self._consumer

    async def close(self) -> None:
        """Close the watch's own Kafka clients (fresh ones are made when needed)."""
        consumer, self._consumer = self._consumer, None
        admin, self._admin = self._admin, None
        if consumer is not None:
            await _close_quietly(consumer.stop)
        if admin is not None:
            await _close_quietly(admin.close)


async def _close_quietly(close: Callable[[], Awaitable[object]]) -> None:
    try:
        await asyncio.wait_for(close(), timeout=2)
    except Exception as exc:  # noqa: BLE001 - closing a client of a dead broker
        log.debug("restart watch: closing its client: %r", exc)


async def follow_restarts(consumer: AIOKafkaConsumer, watch: RestartWatch,
                          notify: Callable[[str], None], *, interval_s: float = 2.0) -> None:
    """Keep ``consumer`` (every partition of ``watch.topic`` assigned, no group) reading a
    broker that restarts without its data: once it did, say so through ``notify``, wait for
    the topic to be there again and read it from its beginning (every event in it is new).

    ``watch`` should have checked once as the reader started: the end offsets it saw then
    are what a restart is told by. Runs until cancelled; closes ``watch``.
    """
    topic = watch.topic
    try:
        while True:
            await asyncio.sleep(interval_s)
            reason = await watch.check()
            if reason is None:
                continue
            notify(f"{reason}; reading {topic} again from the beginning once it is back")
            tps = [TopicPartition(topic, n) for n in await _once_back(watch, interval_s)]
            consumer.assign(tps)
            await consumer.seek_to_beginning(*tps)
            watch.forget()
            notify(f"reading {topic} from the beginning of the new topic "
                   f"({len(tps)} partition(s))")
    finally:
        await watch.close()


async def _once_back(watch: RestartWatch, interval_s: float) -> list[int]:
    """The topic's partitions once it is there again (a producer or worker recreates it)."""
    while True:
        numbers = await watch.partitions()
        if numbers:
            return numbers
        await asyncio.sleep(interval_s)
