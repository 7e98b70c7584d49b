"""``newswire feeds status``: every feed's latest state, read from the state topic.

It reads Kafka directly (no group, no runner needed), so it answers while no runner runs.
"""

from __future__ import annotations

from newswire.feeds.state import FEEDS_STATE, FeedState, decode_state, read_partitions
from newswire.settings import Settings

__all__ = ["feed_states"]


async def feed_states(settings: Settings) -> list[FeedState]:
    """The latest state of every feed any runner polled, by feed URL; [] before any poll."""
    records = await read_partitions(settings, (settings.internal_topic(FEEDS_STATE),), None,
                                    settings.feeds_restore_idle_s)
    latest: dict[str, FeedState] = {}
    for _topic, _partition, key, value in records:
        if value is None:
            latest.pop(key, None)
            continue
        record = decode_state(value)
        if isinstance(record, FeedState):  # holds and unreadable records are no feed's
            latest[key] = record
    return sorted(latest.values(), key=lambda state: state.url)
