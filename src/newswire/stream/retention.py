"""Forget article ids not enriched for ``NEWSWIRE_DEDUPE_DAYS``: the ``processed`` table
(every article id ever, in memory, read again from its changelog at every start) stays as
large as the retention's worth of news.

A periodic task drops the expired rows of the partitions this worker owns and writes their
tombstones to the changelog, so that log compaction removes them there too and a restart
does not read them back. The entity registry has its own retention
(:meth:`newswire.stream.learning.Learning.forget_stale`).
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

import faust

from newswire import topics
from newswire.stream.dedupe import Expired, expired, sweep_interval_s

if TYPE_CHECKING:
    from newswire.stream.agents import Components

__all__ = ["forget_expired", "register_retention"]

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
    before = now - components.settings.dedupe_days * 86_400
    gone = list(expired(list(table.items()), before=before, partitions=owned))
    for key, partition in gone:
        del table.data[key]  # the store itself: the table's own del needs a current event
        table.send_changelog(partition, key, None, value_serializer="raw")
    if gone:
        log.info("forgot %d article id(s) not enriched since %s", len(gone),
                 time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(before)))
    return gone
