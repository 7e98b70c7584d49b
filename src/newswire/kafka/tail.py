"""``newswire tail``: events of a topic as JSON lines, optionally filtered."""

from __future__ import annotations

import json
import sys

from newswire import topics
from newswire.errors import NewswireError
from newswire.kafka.consume import records
from newswire.kafka.filters import EventFilter
from newswire.settings import Settings


async def tail_topic(settings: Settings, topic: str, *, from_beginning: bool = False,
                     since: str | None = None, limit: int | None = None, pretty: bool = False,
                     group: str | None = None, where: EventFilter | None = None) -> int:
    """Write each matching value of ``topic`` to stdout until ``limit``; return the count."""
    if topic not in topics.MODELS:
        raise NewswireError(f"unknown topic {topic}; known: {', '.join(topics.MODELS)}")
    count = 0
    async for record in records(topic, settings=settings, group=group,
                                from_beginning=from_beginning, since=since):
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
