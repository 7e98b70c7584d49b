"""The runner's state topics belong to one app id; their records of every version are read."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from pydantic import ConfigDict, ValidationError, create_model

from newswire.feeds import state
from newswire.feeds.config import FeedSpec
from newswire.feeds.readback import Raw
from newswire.feeds.state import (
    STATE_VERSION,
    FeedState,
    HostHold,
    SeenEntry,
    StateStore,
    decode_state,
    now,
)
from newswire.settings import Settings
from tests.feeds.content import START


class _Producer:
    """Records the topics a StateStore writes to."""

    def __init__(self) -> None:
        self.topics: list[str] = []
        self.sent: list[tuple[str, object, object]] = []

    async def send_and_wait(self, topic: str, **options: object) -> None:
        self.topics.append(topic)
        self.sent.append((topic, options.get("key"), options.get("partition")))

    async def send(self, topic: str, **options: object) -> asyncio.Future[None]:
        self.topics.append(topic)
        self.sent.append((topic, options.get("key"), options.get("value")))
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        done.set_result(None)
        return done


@pytest.mark.parametrize(("app_id", "prefix", "expected"), [
    ("newswire", "", ["newswire.feeds-state", "newswire.feeds-seen"]),
    ("staging", "", ["staging.feeds-state", "staging.feeds-seen"]),
    ("staging", "test.", ["test.staging.feeds-state", "test.staging.feeds-seen"]),
])
async def test_feed_state_topics_belong_to_one_app(app_id: str, prefix: str,
                                                   expected: list[str]) -> None:
    """The runner of one app id never restores another app's feed state or seen URLs."""
    producer = _Producer()
    store = StateStore(Settings(app_id=app_id, topic_prefix=prefix), producer)  # type: ignore[arg-type]
    await store.save_feed(FeedState(url="https://example.com/feed"), 0)
    await store.send_seen([SeenEntry(url="https://example.com/a", feed_url="https://example.com/feed",
                                     outcome="produced", at=START)], 0)
    assert producer.topics == expected


V1_FEED = b'{"url": "https://e.com/feed", "etag": "\\"a1\\"", "failures": 2}'
HOLD = HostHold(host="https://e.com:443", until=START)


@pytest.mark.parametrize(("value", "expected"), [
    (V1_FEED, FeedState(url="https://e.com/feed", etag='"a1"', failures=2)),
    (FeedState(url="https://e.com/feed").encoded(),
     FeedState(url="https://e.com/feed", schema_version=STATE_VERSION)),
    (HOLD.encoded(), HOLD.model_copy(update={"schema_version": STATE_VERSION})),
    (b'{"record": "mirror", "schema_version": 3, "url": "https://e.com/feed"}', None),
    (b'{"record": "hold", "host": "https://e.com", "until": "2026-01-01T00:00:00"}', None),
    (b"not json", None),
    (b"[1, 2]", None),
], ids=["version-1-feed", "feed", "hold", "later-kind", "naive-hold-end", "not-json", "list"])
def test_state_records_of_every_version_are_read(value: bytes,
                                                 expected: FeedState | HostHold | None) -> None:
    """A FeedState written before holds (no `record`, no `version`) is read as version 1;
    holds are holds; what this runner cannot read is None, never an error."""
    assert decode_state(value) == expected


def test_a_version_1_runner_skips_a_hold() -> None:
    """A hold fails the FeedState model of version 1 (url required, unknown fields ignored),
    so a runner not yet updated skips it instead of taking it for a feed."""
    version_1 = create_model("FeedState", __config__=ConfigDict(extra="ignore"),
                             url=(str, ...), etag=(str | None, None))
    with pytest.raises(ValidationError):
        version_1.model_validate_json(HOLD.encoded())
    assert version_1.model_validate_json(FeedState(url="https://e.com/f").encoded()).url == \
        "https://e.com/f"


@pytest.mark.parametrize(("host", "feed"), [
    ("https://news.example", "https://news.example/rss"),
    ("http://news.example:8080", "https://News.Example/feeds/all.xml"),
    ("https://other.example", "https://other.example/sitemap.xml"),
])
async def test_a_hold_is_saved_on_the_partition_of_its_hosts_feeds(host: str, feed: str) -> None:
    """A hold goes to the state topic under `hold:{host}`, on the partition the host's feeds
    are on, so the runner that restores those feeds restores the hold with them."""
    producer = _Producer()
    store = StateStore(Settings(), producer, partitions=8)  # type: ignore[arg-type]
    await store.save_hold(host, START)
    assert producer.sent == [("newswire.feeds-state", f"hold:{host}".encode(),
                              FeedSpec(url=feed).partition(8))]
    assert store.holds[host].until == START


FEED = FeedState(url="http://e.com")  # a feed URL that is also a host key: no path
E_HOLD = HostHold(host="http://e.com", until=START)


@pytest.mark.parametrize(("records", "feeds", "holds"), [
    ([("hold:http://e.com", E_HOLD.encoded()), ("hold:http://e.com", None)], [], []),
    ([("http://e.com", FEED.encoded()), ("http://e.com", None)], [], []),
    ([("hold:http://e.com", E_HOLD.encoded()), ("http://e.com", FEED.encoded()),
      ("http://e.com", None)], [], ["http://e.com"]),
    ([("http://e.com", FEED.encoded()), ("hold:http://e.com", E_HOLD.encoded()),
      ("hold:http://e.com", None)], ["http://e.com"], []),
], ids=["hold-deleted", "feed-deleted", "feed-tombstone-keeps-hold", "hold-tombstone-keeps-feed"])
async def test_a_tombstone_deletes_only_the_record_of_its_key(
        monkeypatch: pytest.MonkeyPatch, records: list[tuple[str, bytes | None]],
        feeds: list[str], holds: list[str]) -> None:
    """Feed keys and hold keys never clash: the tombstone of a feed whose URL is a bare host
    (`http://e.com`) leaves that host's hold, and a hold's tombstone leaves the feed."""
    async def read(*_: object) -> list[Raw]:
        return [("newswire.feeds-state", 0, key, value) for key, value in records]

    monkeypatch.setattr(state, "read_partitions", read)
    store = StateStore(Settings(), _Producer())  # type: ignore[arg-type]
    await store.restore([0])
    assert (list(store.feeds), list(store.holds)) == (feeds, holds)


@pytest.mark.parametrize(("host", "ends_in_s", "owned", "tombstoned"), [
    ("https://news.example", -60.0, True, True),       # ended, on an owned partition
    ("https://news.example", 3600.0, True, False),     # an hour left: kept
    ("https://news.example", -60.0, False, False),     # ended, another runner's partition
])
async def test_ended_holds_read_back_are_tombstoned(host: str, ends_in_s: float, owned: bool,
                                                    tombstoned: bool) -> None:
    """A runner deletes (a tombstone on `hold:{host}`) the ended holds of the partitions it
    owns, so the compacted topic does not keep one record per host ever held."""
    producer = _Producer()
    store = StateStore(Settings(), producer, partitions=8)  # type: ignore[arg-type]
    hold = HostHold(host=host, until=now() + timedelta(seconds=ends_in_s))
    store.holds[host] = hold
    mine = hold.partition(8)
    await store.drop_ended_holds([mine] if owned else [(mine + 1) % 8])
    tombstone = ("newswire.feeds-state", f"hold:{host}".encode(), None)
    assert (tombstone in producer.sent, host in store.holds) == (tombstoned, not tombstoned)
