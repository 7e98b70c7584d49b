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
  (the broker restarted without its data, as Tansu does:
  :class:`~newswire.kafka.restarts.RestartWatch`, which ``newswire tail`` uses too).

Hook it into a Faust app with :func:`install` (``newswire.stream.worker`` does).
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable
from typing import Any

import faust

from newswire import topics
from newswire.kafka.clients import (
    EXIT_BROKER_LOST,
    Outage,
    broker_reachable,
    default_max_down,
)
from newswire.kafka.restarts import RestartWatch
from newswire.settings import Settings
from newswire.stream.shutdown import exit_loudly

__all__ = ["EXIT_BROKER_LOST", "BrokerWatchdog", "default_max_down", "install", "past_producer"]


class BrokerWatchdog:
    """Checks the broker every few seconds; calls ``exit`` with a reason when it is lost."""

    def __init__(
        self,
        settings: Settings,
        *,
        max_down_s: float | None = None,
        interval_s: float = 2.0,
        exit: Callable[[int], Any] = os._exit,
        stopping: Callable[[], bool] = lambda: False,
    ) -> None:
        self.settings = settings
        self.stopping = stopping
        self.max_down_s = default_max_down(settings) if max_down_s is None else max_down_s
        self.interval_s = interval_s
        self._exit = exit
        self._outage = Outage(settings.bootstrap_servers, self.max_down_s)
        self._restarts = RestartWatch(settings, settings.topic(topics.RAW),
                                      timeout_s=max(5.0, interval_s))

    async def run(self) -> None:
        """Check until a reason to exit is found, then exit (runs as a Faust app task), or
        until ``stopping()`` says the worker no longer needs its broker.

        The stop cancels this task once and then awaits it with no bound; Python 3.11 can
        lose that cancellation (``asyncio.wait_for`` returns its inner result when both come
        in one loop iteration, python/cpython#86296, and the checks are full of wait_for),
        and a loop that ended only by cancellation then ran for ever: the worker hung after
        ``Monitor: Stopping...`` until it was killed. So the loop asks ``stopping()`` too.
        """
        try:
            while not self.stopping():
                reason = await self.check()
                if self.stopping():
                    return
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
            return self._outage.update(False, now)
        self._outage.update(True, now)
        return await self._restarts.check()

    async def close(self) -> None:
        """Close the watchdog's own Kafka client."""
        await self._restarts.close()

    def fail(self, reason: str) -> None:
        """Log ``reason`` and exit with :data:`EXIT_BROKER_LOST`."""
        exit_loudly(EXIT_BROKER_LOST, f"{reason}; its supervisor should restart it",
                    exit=self._exit)


def install(app: faust.App, settings: Settings, **options: Any) -> BrokerWatchdog:
    """Run a :class:`BrokerWatchdog` as a task of ``app`` until the app's stop has reached
    its producer (:func:`past_producer`); return it."""
    options.setdefault("stopping", lambda: past_producer(app))
    watchdog = BrokerWatchdog(settings, **options)
    app.task(watchdog.run)
    return watchdog


def past_producer(app: faust.App) -> bool:
    """Whether ``app`` is stopping and its producer's stop has begun (mode sets the producer's
    ``should_stop`` *before* it awaits the producer's ``on_stop``).

    Until then a broker lost during the stop (the agent's flush of the batch in flight)
    still exits 69. A broker lost during the producer's own last flush (Faust's
    ``Producer.on_stop`` flushes its buffer, then aiokafka sends what it holds) is no longer
    watched: that stop waits, and the worker ends as 70 past ``NEWSWIRE_SHUTDOWN_TIMEOUT_S``
    (restarted all the same; nothing uncommitted is lost). The app's tasks are cancelled, and
    awaited, only after every service, producer included, has stopped, so this holds by then
    whatever happens to the cancellation.
    """
    producer = app._producer  # the property would create one
    return bool(app.should_stop) and (producer is None or bool(producer.should_stop))
