"""``newswire feeds status``: every feed's latest state and the host holds still in force,
read from the state topic.

It reads Kafka directly (no group, no runner needed), so it answers while no runner runs.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import NamedTuple

from newswire.feeds.readback import Raw, read_partitions
from newswire.feeds.state import FEEDS_STATE, FeedState, HostHold, decode_state, now
from newswire.settings import Settings

__all__ = ["FeedsStatus", "latest_status", "read_status"]


class FeedsStatus(NamedTuple):
    """What ``feeds status`` shows: feeds by URL, holds in force by host."""

    feeds: list[FeedState]
    holds: list[HostHold]


async def read_status(settings: Settings) -> FeedsStatus:
    """The latest state of every feed any runner polled, and every host hold that has not
    ended (the hosts no runner asks before then); both empty before any poll."""
    records = await read_partitions(settings, (settings.internal_topic(FEEDS_STATE),), None,
                                    settings.feeds_restore_idle_s)
    return latest_status(records, now())


def latest_status(records: Iterable[Raw], moment: datetime) -> FeedsStatus:
    """The last record of each key of the state topic, tombstones applied; a hold that has
    ended by ``moment`` is left out (runners ignore it, and the next one deletes it)."""
    latest: dict[str, FeedState | HostHold] = {}
    for _topic, _partition, key, value in records:
        if value is None:
            latest.pop(key, None)
        elif (record := decode_state(value)) is not None:  # unreadable: the last one stands
            latest[key] = record
    feeds = [r for r in latest.values() if isinstance(r, FeedState)]
    holds = [r for r in latest.values() if isinstance(r, HostHold) and r.until > moment]
    return FeedsStatus(sorted(feeds, key=lambda state: state.url),
                       sorted(holds, key=lambda hold: hold.host))
