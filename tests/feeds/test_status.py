"""`feeds status` reads the state topic: the last record of each key, feeds and holds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from newswire.feeds.readback import Raw
from newswire.feeds.state import FeedState, HostHold
from newswire.feeds.status import latest_status

MOMENT = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
FEED = "http://a.example/feed.xml"
HOST = "http://b.example:80"
TOPIC = "newswire.feeds-state"


def _feed(status: int) -> Raw:
    return TOPIC, 0, FEED, FeedState(url=FEED, status=status).encoded()


def _hold(hours: float) -> Raw:
    hold = HostHold(host=HOST, until=MOMENT + timedelta(hours=hours))
    return TOPIC, 0, hold.key, hold.encoded()


TOMBSTONE_HOLD: Raw = (TOPIC, 0, "hold:" + HOST, None)


@pytest.mark.parametrize(("records", "feeds", "holds"), [
    ([_feed(200), _hold(24)], [(FEED, 200)], [HOST]),
    ([_hold(24), _feed(429), _feed(200)], [(FEED, 200)], [HOST]),
    ([_hold(-1), _feed(200)], [(FEED, 200)], []),
    ([_hold(24), TOMBSTONE_HOLD], [], []),
    ([_hold(-1), _hold(2)], [], [HOST]),
    ([_hold(2), (TOPIC, 0, "hold:" + HOST, b"not json")], [], [HOST]),
], ids=["a-feed-and-a-hold-in-force", "the-last-feed-record-wins", "an-ended-hold-is-left-out",
        "a-tombstoned-hold-is-gone", "a-fresh-hold-after-an-ended-one",
        "an-unreadable-record-leaves-the-last"])
def test_status_lists_feeds_and_the_holds_in_force(records: list[Raw],
                                                   feeds: list[tuple[str, int]],
                                                   holds: list[str]) -> None:
    """`feeds status` lists each host hold that has not ended beside the feeds (it used to
    list feeds only, so a host left unasked for a day was invisible)."""
    found = latest_status(records, MOMENT)
    assert [(state.url, state.status) for state in found.feeds] == feeds
    assert [hold.host for hold in found.holds] == holds
