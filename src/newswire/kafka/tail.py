"""``newswire tail``: events of a topic as JSON lines, optionally filtered."""

from __future__ import annotations

import asyncio
import json
import sys
from contextlib import aclosing

from newswire import topics
from newswire.errors import BrokerError, NewswireError
from newswire.kafka.clients import wait_broker_lost
from newswire.kafka.consume import records
from newswire.kafka.filters import EventFilter
from newswire.settings import Settings

__all__ = ["tail_topic"]


async def tail_topic(settings: Settings, topic: str, *, from_beginning: bool = False,
                     since: str | None = None, limit: int | None = None, pretty: bool = False,
                     group: str | None = None, where: EventFilter | None = None) -> int:
    """Write each matching value of ``topic`` to stdout until ``limit``; return the count.

    Raises :class:`BrokerError` once the broker has been unreachable for the worker's limit
    (:func:`~newswire.kafka.clients.default_max_down`), instead of waiting for ever. Without
    ``group``, a broker back sooner but without its data (a restarted Tansu) is followed:
    a notice on stderr, then the new topic from its beginning.
    """
    if topic not in topics.MODELS:
        raise NewswireError(f"unknown topic {topic}; known: {', '.join(topics.MODELS)}")
    follow = asyncio.create_task(_follow(settings, topic, from_beginning=from_beginning,
                                         since=since, limit=limit, pretty=pretty, group=group,
                                         where=where))
    watch = asyncio.create_task(wait_broker_lost(settings))
    try:
        await asyncio.wait({follow, watch}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in (follow, watch):
            task.cancel()
        # bounded: stopping a consumer whose broker is gone must not hang the exit
        await asyncio.wait({follow, watch}, timeout=5)
    if follow.done() and not follow.cancelled():
        return follow.result()
    raise BrokerError(watch.result())


def _notice(message: str) -> None:
    """Tell the reader on stderr (stdout carries only events)."""
    print(f"newswire tail: {message}", file=sys.stderr, flush=True)


async def _follow(settings: Settings, topic: str, *, from_beginning: bool, since: str | None,
                  limit: int | None, pretty: bool, group: str | None,
                  where: EventFilter | None) -> int:
    count = 0
    stream = records(topic, settings=settings, group=group, from_beginning=from_beginning,
                     since=since, on_restart=_notice)
    async with aclosing(stream):  # consumers closed here, also when --limit stops early
        async for record in stream:
            text = (record.value or b"").decode("utf-8", "replace")
            if where is not None or pretty:
                try:
                    event = json.loads(text)
                except ValueError:
                    event = {}
                if where is not None and not where.matches(event):
                    continue
                if pretty and event:
                    text = json.dumps(event, indent=2, ensure_ascii=False)
            sys.stdout.write(text + "\n")
            sys.stdout.flush()
            count += 1
            if limit is not None and count >= limit:
                break
    return count
