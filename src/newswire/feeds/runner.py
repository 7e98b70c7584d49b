"""``newswire feeds run``: poll the feeds this runner owns until stopped (or once each).

Ownership goes through a consumer group (``{app_id}-feeds``) on the feed state topic: the
group hands each runner some partitions; the runner restores those partitions' state and
seen URLs and polls the feeds whose host hashes to them. Two runners never poll one feed at
once, and the partitions of a runner that died (its session timed out) move to the others,
which restore them from Kafka. The group consumer reads nothing (its partitions are paused):
it is only the membership.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import defaultdict
from collections.abc import Sequence

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRebalanceListener, TopicPartition
from aiokafka.errors import KafkaError

from newswire import topics
from newswire.errors import BrokerError, FeedsFileError
from newswire.feeds.config import FeedSpec
from newswire.feeds.fetch import Fetcher
from newswire.feeds.metrics import start_web
from newswire.feeds.pages import PageTaker
from newswire.feeds.polite import Politeness
from newswire.feeds.poll import Poller
from newswire.feeds.state import (
    COMPACTED,
    FEEDS_STATE,
    FeedState,
    StateStore,
    now,
    state_topics,
)
from newswire.kafka.clients import ensure_topics, make_consumer, make_producer
from newswire.kafka.offsets import partitions as topic_partitions
from newswire.settings import DEFAULT_USER_AGENT, Settings
from newswire.webport import check_web_port

__all__ = ["FeedRunner"]

log = logging.getLogger(__name__)


class FeedRunner:
    """Polls the owned feeds of ``specs``; ``once``: each owned feed once, then returns."""

    def __init__(self, settings: Settings, specs: Sequence[FeedSpec], *, once: bool = False):
        self.settings = settings
        self.specs = list(specs)
        long_names = [spec.url for spec in self.specs
                      if spec.source and len(spec.source) > settings.max_source_chars]
        if long_names:  # the worker would dead-letter every article of these feeds
            raise FeedsFileError(f"source over NEWSWIRE_MAX_SOURCE_CHARS "
                                 f"({settings.max_source_chars}) for: {', '.join(long_names)}")
        self.once = once
        self.polled: dict[str, FeedState] = {}
        #: Feeds whose last poll raised unexpectedly (no state saved): failed, for ``--once``.
        self.crashed: set[str] = set()
        self.assigned = False
        self._stop = asyncio.Event()
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._by_partition: dict[int, list[FeedSpec]] = {}
        self._fatal: BaseException | None = None
        self._poller: Poller | None = None

    def stop(self) -> None:
        """Ask the runner to stop (SIGTERM): feeds in flight are abandoned, not lost."""
        self._stop.set()

    def fail(self, exc: BaseException) -> None:
        """Stop the runner for ``exc``: :meth:`run` raises it, as a :class:`BrokerError`."""
        self._fatal = exc

    async def run(self) -> dict[str, FeedState]:
        """Run until stopped (or, with ``once``, until each owned feed was polled once)."""
        if self.settings.fetch_user_agent == DEFAULT_USER_AGENT:
            log.warning("NEWSWIRE_FETCH_USER_AGENT is the default: add a contact to it")
        if self.settings.web_enabled:
            check_web_port(self.settings.web_host, self.settings.feeds_web_port,
                           "NEWSWIRE_FEEDS_WEB_PORT")
        producer = make_producer(self.settings)
        try:
            await ensure_topics(self.settings, (topics.RAW,))
            await ensure_topics(self.settings, state_topics(self.settings), configs=COMPACTED)
            await producer.start()
            # aiokafka tracks the metadata of every topic until a send names a topic it has
            # not seen, then of that one topic only: a batch for another topic then never
            # finds its leader. Naming the three topics up front keeps all of them tracked.
            # No public API sets the tracked topics: ``producer.partitions_for(topic)`` adds
            # a topic (``add_topic``) only when the metadata lacks it, so with all three
            # known it leaves the every-topic mode in place (one later miss narrows it to
            # one topic) and with one missing it narrows to that one. ``client`` is a
            # public attribute and ``AIOKafkaClient`` is in ``aiokafka.__all__``, though
            # its ``set_topics`` is not in aiokafka's API docs.
            await producer.client.set_topics([self.settings.topic(name) for name in
                                              (topics.RAW, *state_topics(self.settings))])
        except KafkaError as exc:
            raise BrokerError(f"cannot reach Kafka at {self.settings.bootstrap_servers}: "
                              f"{exc}") from exc
        try:
            async with Fetcher(self.settings) as fetcher:
                await self._run_with(producer, fetcher)
        finally:
            await producer.stop()
        if self._fatal is not None:
            raise BrokerError(f"feeds runner stopped: {self._fatal}") from self._fatal
        return self.polled

    async def _run_with(self, producer: AIOKafkaProducer, fetcher: Fetcher) -> None:
        web = None
        if self.settings.web_enabled:
            web = await start_web(self.settings.web_host, self.settings.feeds_web_port,
                                  lambda: self.assigned)
        consumer = make_consumer(self.settings, **self._group_options())
        await consumer.start()
        try:
            state_topic = self.settings.topic(self.settings.internal_topic(FEEDS_STATE))
            count = len(await topic_partitions(consumer, state_topic, self.settings))
            store = StateStore(self.settings, producer, partitions=count)
            # A long hold is saved as it begins: the next process honours it (acquire).
            polite = Politeness(fetcher, self.settings, on_hold=store.save_hold)
            self._poller = Poller(self.settings, polite, store,
                                  PageTaker(self.settings, polite, store, producer))
            self._by_partition = _by_partition(self.specs, count)
            consumer.subscribe([state_topic],
                               listener=_Membership(self, consumer, store))
            await self._drive(consumer)
        finally:
            await self._cancel(list(self._tasks))
            await consumer.stop()
            if web is not None:
                await web.cleanup()

    def _group_options(self) -> dict[str, object]:
        session_ms = int(self.settings.session_timeout_s * 1000)
        return {"group_id": f"{self.settings.app_id}-feeds", "enable_auto_commit": False,
                "session_timeout_ms": session_ms, "heartbeat_interval_ms": session_ms // 4}

    async def _drive(self, consumer: AIOKafkaConsumer) -> None:
        """Keep the membership alive until stopped, a fatal error, or (once) all polled."""
        while not self._stop.is_set():
            await consumer.getmany(timeout_ms=200)
            if self._fatal is not None:
                return
            if self.once and self.assigned and all(t.done() for t in self._tasks.values()):
                return

    async def acquire(self, partitions: set[int], store: StateStore) -> None:
        """Restore ``partitions`` and start polling their feeds."""
        await store.restore(partitions)
        await store.drop_ended_holds(partitions)
        assert self._poller is not None
        for hold in store.holds.values():  # before any fetch
            self._poller.polite.hold(hold.host, hold.until)
        for partition in sorted(partitions):
            for spec in self._by_partition.get(partition, []):
                self._tasks[spec.url] = asyncio.create_task(self._feed_loop(spec, partition))
        self.assigned = True
        log.info("feeds runner owns partitions %s (%d feeds)", sorted(partitions),
                 sum(len(self._by_partition.get(p, [])) for p in partitions))

    async def release(self, partitions: set[int], store: StateStore) -> None:
        """Stop polling the feeds of ``partitions`` and forget their state."""
        urls = [s.url for p in partitions for s in self._by_partition.get(p, [])]
        await self._cancel(urls)
        # What was sent must be written before another runner restores these partitions.
        await store.producer.flush()
        store.forget(partitions)

    async def _cancel(self, urls: list[str]) -> None:
        tasks = [self._tasks.pop(url) for url in urls if url in self._tasks]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _feed_loop(self, spec: FeedSpec, partition: int) -> None:
        assert self._poller is not None
        store = self._poller.store
        while not self._stop.is_set():
            state = store.feeds.get(spec.url)
            if not self.once and state is not None and state.next_poll is not None \
                    and not state.due(now()):
                await _sleep((state.next_poll - now()).total_seconds(), self._stop)
                continue
            try:
                self.polled[spec.url] = await self._poller.poll(spec, partition)
                self.crashed.discard(spec.url)
            except KafkaError as exc:
                log.error("cannot write to Kafka while polling %s: %s", spec.url, exc)
                self._fatal = exc
                return
            except Exception:
                # A bug must not stop the other feeds: say it once, try again later.
                log.exception("polling %s failed unexpectedly", spec.url)
                self.crashed.add(spec.url)
                if not self.once:
                    await _sleep(self._poller.bounds(spec).low_s, self._stop)
            if self.once:
                return


class _Membership(ConsumerRebalanceListener):  # type: ignore[misc]
    """Starts and stops the runner's feeds as the group moves partitions."""

    def __init__(self, runner: FeedRunner, consumer: AIOKafkaConsumer,
                 store: StateStore) -> None:
        self.runner = runner
        self.consumer = consumer
        self.store = store

    async def on_partitions_revoked(self, revoked: set[TopicPartition]) -> None:
        await self.runner.release({tp.partition for tp in revoked}, self.store)

    async def on_partitions_assigned(self, assigned: set[TopicPartition]) -> None:
        # The group consumer only holds the membership; the state is read by restore().
        self.consumer.pause(*assigned)
        try:
            await self.runner.acquire({tp.partition for tp in assigned}, self.store)
        except Exception as exc:  # noqa: BLE001 - any: aiokafka would log it and go on
            # A runner that could not restore its state must not poll without it (holds
            # ignored, every page fetched again), nor wait for ever (--once): it stops.
            log.error("cannot restore the feeds state of partitions %s: %s",
                      sorted(tp.partition for tp in assigned), exc)
            self.runner.fail(exc)


def _by_partition(specs: Sequence[FeedSpec], count: int) -> dict[int, list[FeedSpec]]:
    grouped: dict[int, list[FeedSpec]] = defaultdict(list)
    for spec in specs:
        grouped[spec.partition(count)].append(spec)
    return dict(grouped)


async def _sleep(seconds: float, stop: asyncio.Event) -> None:
    """Sleep ``seconds`` or until ``stop`` is set."""
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=max(0.0, seconds))
