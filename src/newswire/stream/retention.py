"""Forget article ids not enriched for ``NEWSWIRE_DEDUPE_DAYS``: the ``processed`` table
(every article id ever, in memory, read again from its changelog at every start) stays as
large as the retention's worth of news.

A periodic task drops the expired rows of the partitions this worker owns and writes their
tombstones to the changelog, so that log compaction removes them there too and a restart
does not read them back. Rows written before newswire 0.2.0 do not say when they were
enriched: the first sweep that sees them stamps them with its own time (in the store and the
changelog), so they expire one retention later. The entity registry has its own retention
(:meth:`newswire.stream.learning.Learning.forget_stale`).
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

import faust

from newswire import topics
from newswire.stream.dedupe import Expired, Seen, Undated, expired, sweep_interval_s, undated

if TYPE_CHECKING:
    from newswire.stream.agents import Components

__all__ = ["date_undated", "forget_expired", "register_retention"]

log = logging.getLogger(__name__)


def register_retention(app: faust.App, components: Components) -> None:
    """Run :func:`forget_expired` every tenth of the retention (at most hourly)."""

    async def sweep_processed() -> None:
        forget_expired(components, now=time.time())

    interval = sweep_interval_s(components.settings.dedupe_days)
    app.timer(interval, on_leader=False)(sweep_processed)


def forget_expired(components: Components, *, now: float) -> list[Expired]:
    """Drop the rows of ``processed`` last enriched more than the retention before ``now``,
    each with its tombstone; runs without awaiting, so no batch writes the table meanwhile."""
    table = components.processed
    raw = components.settings.topic(topics.RAW)
    owned = {tp.partition for tp in components.app.assignor.assigned_actives() if tp.topic == raw}
    date_undated(components, now=now, owned=owned)
    before = now - components.settings.dedupe_days * 86_400
    gone = list(expired(list(table.items()), before=before, partitions=owned))
    for key, partition in gone:
        del table.data[key]  # the store itself: the table's own del needs a current event
        table.send_changelog(partition, key, None, value_serializer="raw")
    if gone:
        log.info("forgot %d article id(s) not enriched since %s", len(gone),
                 time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(before)))
    return gone


def date_undated(components: Components, *, now: float, owned: set[int]) -> list[Undated]:
    """Stamp the rows written before newswire 0.2.0 (no time, no partition) on ``owned``
    partitions with ``now`` and their changelog partition, in the store and the changelog.

    Such rows only come from the changelog (this version writes both fields), and Faust's
    memory store notes the changelog partition of every key it recovers
    (``Store._key_partition``, faust-streaming 0.15; pinned by
    ``tests/stream/test_backbone.py``); without it the rows are left as they are.
    """
    table = components.processed
    partition_of = getattr(table.data, "_key_partition", {})
    found = list(undated(list(table.items()), partition_of=partition_of, partitions=owned))
    for key, partition in found:
        stamped = Seen(**table.data[key])
        stamped["at"], stamped["partition"] = now, partition
        table.data[key] = stamped  # the store itself: the table's own set needs an event
        table.send_changelog(partition, key, stamped)
    if found:
        log.info("%d article id(s) from before newswire 0.2.0 expire %s days from now",
                 len(found), components.settings.dedupe_days)
    return found
