"""``newswire tail``: events of a topic as JSON lines."""

from __future__ import annotations

import json
import sys

from newswire import topics
from newswire.errors import NewswireError
from newswire.settings import Settings
from newswire.subscribe import records


async def tail_topic(settings: Settings, topic: str, *, from_beginning: bool, limit: int | None,
                     pretty: bool, group: str | None) -> None:
    """Write each record's value of ``topic`` to stdout until ``limit`` (or Ctrl-C)."""
    if topic not in topics.MODELS:
        raise NewswireError(f"unknown topic {topic}; known: {', '.join(topics.MODELS)}")
    count = 0
    async for record in records(topic, settings=settings, group=group,
                                from_beginning=from_beginning):
        text = (record.value or b"").decode("utf-8", "replace")
        if pretty:
            text = json.dumps(json.loads(text), indent=2, ensure_ascii=False)
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
        count += 1
        if limit is not None and count >= limit:
            return
