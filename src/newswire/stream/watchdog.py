"""Exit the worker, non-zero and with a clear message, when its broker is lost.

What Faust (0.15) and aiokafka (0.14) do on their own when the broker goes away: nothing
bounded. The consumer, producer and group coordinator retry every ``retry_backoff_ms``
(100 ms) for ever, logging several errors per retry; ``/healthz`` keeps answering 200; the
process never exits. When the broker comes back, the worker rejoins its group and says
"Worker ready" again — but a Tansu broker comes back *empty* (memory storage): topics,
committed offsets and the group are gone, the worker's in-memory read positions and table
changelogs no longer match the broker, and it was seen to sit idle with new input waiting.

So a worker that has lost its broker exits with :data:`EXIT_BROKER_LOST` (69, ``EX_UNAVAILABLE``)
and lets its supervisor (systemd ``Restart=on-failure``, Docker ``restart: on-failure``,
Kubernetes) start a fresh one, which recreates the topics and rejoins cleanly. Nothing is
lost by exiting without a commit: offsets are committed only after their batch was
delivered (at-least-once), and event ids are deterministic.

The watchdog exits when, checking every ``interval_s``:

* no TCP connection to the first bootstrap server succeeds for ``max_down_s``, or
* the input topic is gone, or the end offset of one of its partitions went backwards
  (the broker restarted without its data, as Tansu does).

Hook it into a Faust app with :func:`install` (``newswire.stream.worker`` does).
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import time
from collections.abc import Callable
from typing import Any

import faust
from aiokafka import AIOKafkaConsumer, TopicPartition

from newswire import topics
from newswire.kafka.clients import (
    EXIT_BROKER_LOST,
    broker_reachable,
    client_kwargs,
    default_max_down,
)
from newswire.settings import Settings

__all__ = ["EXIT_BROKER_LOST", "BrokerWatchdog", "default_max_down", "install"]

log = logging.getLogger(__name__)


class BrokerWatchdog:
    """Checks the broker every few seconds; calls ``exit`` with a reason when it is lost."""

    def __init__(
        self,
        settings: Settings,
        *,
        max_down_s: float | None = None,
        interval_s: float = 2.0,
        exit: Callable[[int], Any] = os._exit,
    ) -> None:
        self.settings = settings
        self.max_down_s = default_max_down(settings) if max_down_s is None else max_down_s
        self.interval_s = interval_s
        self._exit = exit
        self._topic = settings.topic(topics.RAW)
        self._down_since: float | None = None
        self._seen_topic = False
        self._high: dict[int, int] = {}
        self._consumer: AIOKafkaConsumer | None = None

    async def run(self) -> None:
        """Check until a reason to exit is found, then exit (runs as a Faust app task)."""
        try:
            while True:
                reason = await self.check()
                if reason is not None:
                    self.fail(reason)
                    return
                await asyncio.sleep(self.interval_s)
        finally:
            await self.close()

    async def check(self) -> str | None:
        """One round: the reason to exit, or None while the broker looks fine."""
        now = time.monotonic()
        if not await broker_reachable(self.settings, timeout=min(2.0, self.interval_s)):
            await self.close()  # a fresh client once the broker is back
            self._down_since = self._down_since or now
            down = now - self._down_since
            if down >= self.max_down_s:
                return (f"Kafka broker {self.settings.bootstrap_servers} unreachable for "
                        f"{down:.0f} s (limit {self.max_down_s:.0f} s)")
            return None
        self._down_since = None
        try:
            return await asyncio.wait_for(self._check_topic(), timeout=max(5.0, self.interval_s))
        except (TimeoutError, OSError, ConnectionError) as exc:
            log.debug("watchdog: topic check inconclusive: %r", exc)
            await self.close()
            return None
        except Exception as exc:  # noqa: BLE001 - aiokafka errors: inconclusive, retry later
            log.debug("watchdog: topic check inconclusive: %r", exc)
            await self.close()
            return None

    async def _check_topic(self) -> str | None:
        consumer = await self._client()
        present = self._topic in await consumer.topics()
        if not present:
            if self._seen_topic:
                return (f"topic {self._topic} vanished from broker "
                        f"{self.settings.bootstrap_servers}: it restarted without its data")
            return None
        self._seen_topic = True
        partitions = consumer.partitions_for_topic(self._topic) or set()
        if not partitions:
            return None
        ends = await consumer.end_offsets([TopicPartition(self._topic, p) for p in partitions])
        for tp, end in ends.items():
            if end < self._high.get(tp.partition, 0):
                return (f"end offset of {self._topic}[{tp.partition}] went back from "
                        f"{self._high[tp.partition]} to {end}: broker "
                        f"{self.settings.bootstrap_servers} restarted without its data")
            self._high[tp.partition] = end
        return None

    async def _client(self) -> AIOKafkaConsumer:
        if self._consumer is None:
            consumer = AIOKafkaConsumer(**client_kwargs(self.settings), group_id=None,
                                        enable_auto_commit=False, request_timeout_ms=5000)
            await consumer.start()
            self._consumer = consumer
        return self._consumer

    async def close(self) -> None:
        """Close the watchdog's own Kafka client."""
        consumer, self._consumer = self._consumer, None
        if consumer is not None:
            try:
                await asyncio.wait_for(consumer.stop(), timeout=2)
            except Exception as exc:  # noqa: BLE001 - closing a client of a dead broker
                log.debug("watchdog: closing its client: %r", exc)

    def fail(self, reason: str) -> None:
        """Log ``reason`` and exit with :data:`EXIT_BROKER_LOST`."""
        message = (f"newswire worker exiting with status {EXIT_BROKER_LOST}: {reason}; "
                   "its supervisor should restart it")
        log.critical(message)
        print(message, file=sys.stderr, flush=True)
        for handler in logging.getLogger().handlers:
            handler.flush()
        self._exit(EXIT_BROKER_LOST)


def install(app: faust.App, settings: Settings, **options: Any) -> BrokerWatchdog:
    """Run a :class:`BrokerWatchdog` as a task of ``app``; return it."""
    watchdog = BrokerWatchdog(settings, **options)
    app.task(watchdog.run)
    return watchdog
