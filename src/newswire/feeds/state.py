"""The runner's state, kept in Kafka: one record per feed, one per URL seen.

Two compacted topics per app id with the same partitions: ``{app_id}.feeds-state`` (key =
feed URL, value = :class:`FeedState`) and ``{app_id}.feeds-seen`` (key = canonical URL, value =
:class:`SeenEntry`). Every record of a feed, and of the URLs its items led to, goes to the
partition of the feed's host (:meth:`FeedSpec.partition`), so the runner that owns a
partition owns all it needs; :meth:`StateStore.restore` reads a partition back when the
consumer group assigns it. Compaction keeps the latest record per key.

An article and the seen record of its URL are sent together and both awaited, so a runner
killed between the two can only fetch that page again, never lose it.

The state topic also keeps each host that asked for a long pause (:class:`HostHold`, key
``hold:{scheme://host:port}``, on its host's partition), so that the next process, a
``feeds run --once`` from cron, honours it instead of asking the host again. Records carry
the ``schema_version`` of the model that wrote them (:data:`STATE_VERSION`; named as on the
public events); a record without one is version 1 (a FeedState from before holds), read as
it always was.
"""

from __future__ import annotations

import asyncio
import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Literal

from aiokafka import AIOKafkaProducer
from pydantic import AwareDatetime, BaseModel, ConfigDict, ValidationError

from newswire.feeds.config import host_partition
from newswire.feeds.readback import read_partitions
from newswire.settings import Settings

__all__ = [
    "COMPACTED", "FEEDS_SEEN", "FEEDS_STATE", "HOLD_KEY_PREFIX", "STATE_VERSION", "FeedState",
    "HostHold", "Outcome", "SeenEntry", "StateStore", "decode_state", "now", "state_topics",
]

#: Internal topic names, completed per app by :meth:`Settings.internal_topic`.
FEEDS_STATE = "feeds-state"
FEEDS_SEEN = "feeds-seen"
COMPACTED = {"cleanup.policy": "compact"}
#: The version of the records this runner writes: 1 (no ``schema_version`` field) had FeedState
#: only; 2 adds ``record`` and :class:`HostHold`.
STATE_VERSION = 2
#: Keys of hold records on the state topic (feed keys are http(s) URLs: no clash).
HOLD_KEY_PREFIX = "hold:"


def state_topics(settings: Settings) -> tuple[str, str]:
    """This app's feed state and seen topics (unprefixed)."""
    return settings.internal_topic(FEEDS_STATE), settings.internal_topic(FEEDS_SEEN)

Outcome = Literal["produced", "skipped", "retry", "failed"]


class _Record(BaseModel):
    # Internal topics read back by newer or older runners: unknown fields are ignored.
    model_config = ConfigDict(frozen=True, extra="ignore")

    #: The model version that wrote the record (1 when absent); stamped on write.
    schema_version: int = 1

    def encoded(self) -> bytes:
        """The record's JSON as this runner writes it (current version)."""
        return self.model_copy(update={"schema_version": STATE_VERSION}).model_dump_json().encode()


class FeedState(_Record):
    """What the runner knows about a feed after its last poll."""

    record: Literal["feed"] = "feed"
    url: str
    source: str | None = None
    kind: Literal["feed", "sitemap"] | None = None
    etag: str | None = None
    last_modified: str | None = None
    last_poll: datetime | None = None
    status: int | None = None
    error: str | None = None
    new_items: int = 0
    total_items: int = 0
    interval_s: float | None = None
    next_poll: datetime | None = None
    backoff_s: float = 0.0
    failures: int = 0

    def due(self, now: datetime) -> bool:
        """Whether the feed should be polled at ``now``."""
        return self.next_poll is None or self.next_poll <= now


class HostHold(_Record):
    """A host that asked (a Retry-After over the longest Crawl-delay) not to be asked again
    before ``until``. No ``url`` field: a runner of version 1 reads it as an invalid
    FeedState and skips it."""

    record: Literal["hold"] = "hold"
    host: str  #: ``scheme://host:port``, lower case, as :class:`Politeness` names hosts
    until: AwareDatetime

    @property
    def key(self) -> str:
        """The record's key on the state topic."""
        return HOLD_KEY_PREFIX + self.host

    def partition(self, partitions: int) -> int:
        """The host's partition: the one its feeds are on."""
        return host_partition(self.host, partitions)


def decode_state(value: bytes) -> FeedState | HostHold | None:
    """A record of the state topic, of any version; None for what this runner cannot read
    (not JSON, invalid, a kind of record from a later version)."""
    try:
        kind = json.loads(value).get("record", "feed")
        if kind == "hold":
            return HostHold.model_validate_json(value)
        return FeedState.model_validate_json(value) if kind == "feed" else None
    except (ValueError, AttributeError):  # ValidationError is a ValueError
        return None


class SeenEntry(_Record):
    """A URL an item led to: produced, skipped for good, or failed (``attempts`` so far)."""

    url: str
    feed_url: str
    outcome: Outcome
    article_id: str | None = None
    reason: str | None = None
    attempts: int = 1
    at: datetime

    def done(self, max_attempts: int) -> bool:
        """Whether the URL is settled: never fetched again."""
        return self.outcome != "retry" or self.attempts >= max_attempts


class StateStore:
    """Feed states and seen URLs of the partitions this runner owns, written through Kafka."""

    def __init__(self, settings: Settings, producer: AIOKafkaProducer,
                 partitions: int | None = None) -> None:
        self.settings = settings
        self.producer = producer
        #: How many partitions the state topic has (holds are placed by host).
        self.partitions = partitions or settings.partitions
        self.feeds: dict[str, FeedState] = {}
        #: Holds read back or saved, by host (ended ones read back: :meth:`drop_ended_holds`).
        self.holds: dict[str, HostHold] = {}
        self.seen: dict[int, dict[str, SeenEntry]] = defaultdict(dict)
        self._feed_partition: dict[str, int] = {}

    def is_done(self, partition: int, url: str) -> bool:
        """Whether ``url`` (canonical) is settled on ``partition``."""
        entry = self.seen[partition].get(url)
        return entry is not None and entry.done(self.settings.feeds_page_attempts)

    def attempts(self, partition: int, url: str) -> int:
        """Failed attempts at ``url`` so far."""
        entry = self.seen[partition].get(url)
        return entry.attempts if entry is not None and entry.outcome == "retry" else 0

    async def save_feed(self, state: FeedState, partition: int) -> None:
        """Remember ``state`` and write it to the state topic (awaited)."""
        self.feeds[state.url] = state
        self._feed_partition[state.url] = partition
        await self.producer.send_and_wait(
            self._topic(FEEDS_STATE), key=state.url.encode("utf-8"),
            value=state.encoded(), partition=partition)

    async def save_hold(self, host: str, until: datetime) -> None:
        """Remember that ``host`` holds us until ``until`` and write it (awaited), so that
        the next runner, or the next ``--once``, does not ask the host before then."""
        hold = HostHold(host=host, until=until)
        self.holds[host] = hold
        await self.producer.send_and_wait(
            self._topic(FEEDS_STATE), key=hold.key.encode("utf-8"), value=hold.encoded(),
            partition=hold.partition(self.partitions))

    async def drop_ended_holds(self, partitions: Iterable[int]) -> None:
        """Tombstone the ended holds of ``partitions`` (read back by :meth:`restore`), so
        that compaction removes them instead of keeping one record per host ever held. A
        tombstone that fails only leaves an ended hold, which is ignored."""
        owned, moment = set(partitions), now()
        ended = [hold for hold in self.holds.values()
                 if hold.until <= moment and hold.partition(self.partitions) in owned]
        futures = []
        for hold in ended:
            del self.holds[hold.host]
            futures.append(await self.producer.send(
                self._topic(FEEDS_STATE), key=hold.key.encode("utf-8"), value=None,
                partition=hold.partition(self.partitions)))
        await asyncio.gather(*futures, return_exceptions=True)

    async def send_seen(self, entries: Iterable[SeenEntry],
                        partition: int) -> list[asyncio.Future[object]]:
        """Remember ``entries`` and send them; the futures resolve once the broker has them."""
        futures = []
        for entry in entries:
            self.seen[partition][entry.url] = entry
            futures.append(await self.producer.send(
                self._topic(FEEDS_SEEN), key=entry.url.encode("utf-8"),
                value=entry.encoded(), partition=partition))
        return futures

    def _topic(self, name: str) -> str:
        return self.settings.topic(self.settings.internal_topic(name))

    def forget(self, partitions: Iterable[int]) -> None:
        """Drop what this runner held for partitions it no longer owns."""
        gone = set(partitions)
        for number in gone:
            self.seen.pop(number, None)
        for url in [u for u, p in self._feed_partition.items() if p in gone]:
            self.feeds.pop(url, None)
            self._feed_partition.pop(url, None)

    async def restore(self, partitions: Iterable[int]) -> None:
        """Read both topics' ``partitions`` from the beginning until they stay quiet."""
        numbers = sorted(set(partitions))
        records = await read_partitions(self.settings, state_topics(self.settings), numbers,
                                        self.settings.feeds_restore_idle_s)
        for topic, partition, key, value in records:
            if topic == self._topic(FEEDS_STATE):
                self._apply_feed(partition, key, value)
            else:
                self._apply_seen(partition, key, value)

    def _apply_feed(self, partition: int, key: str, value: bytes | None) -> None:
        record = None if value is None else decode_state(value)
        if isinstance(record, HostHold):
            self.holds[record.host] = record
        elif isinstance(record, FeedState):
            self.feeds[key] = record
            self._feed_partition[key] = partition
        elif value is None and key.startswith(HOLD_KEY_PREFIX):  # a hold's tombstone
            self.holds.pop(key.removeprefix(HOLD_KEY_PREFIX), None)
        elif value is None:  # a feed's tombstone: not the hold of a host named as the feed
            self.feeds.pop(key, None)

    def _apply_seen(self, partition: int, key: str, value: bytes | None) -> None:
        if value is None:
            self.seen[partition].pop(key, None)
            return
        try:
            self.seen[partition][key] = SeenEntry.model_validate_json(value)
        except ValidationError:
            return


def now() -> datetime:
    """The current time, aware (UTC)."""
    return datetime.now(UTC)
