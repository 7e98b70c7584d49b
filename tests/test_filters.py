"""`newswire tail` filters and times given on the command line."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from newswire.errors import NewswireError
from newswire.filters import EventFilter
from newswire.timeparse import parse_time

QUOTE_EVENT = {"source": "Reuters", "quote": {"speaker": "Jens Stoltenberg", "kind": "direct"}}
ENTITY_EVENT = {"source": "AP", "entity": {"name": "Kyiv", "type": "GPE", "aliases": ["Kiev"]}}
ARTICLE = {"source": "AP", "entities": [ENTITY_EVENT["entity"]],
           "quotes": [QUOTE_EVENT["quote"]]}


@pytest.mark.parametrize(
    ("where", "event", "expected"),
    [
        (EventFilter(), QUOTE_EVENT, True),
        (EventFilter(speaker="stoltenberg"), QUOTE_EVENT, True),
        (EventFilter(speaker="Putin"), QUOTE_EVENT, False),
        (EventFilter(kind="direct", source="reuters"), QUOTE_EVENT, True),
        (EventFilter(kind="indirect"), QUOTE_EVENT, False),
        (EventFilter(entity="kiev"), ENTITY_EVENT, True),
        (EventFilter(type="PERSON"), ENTITY_EVENT, False),
        (EventFilter(type="gpe", speaker="Jens"), ARTICLE, True),
        (EventFilter(source="Reuters"), ARTICLE, False),
    ],
)
def test_filters_match_any_topic(where: EventFilter, event: dict[str, Any],
                                 expected: bool) -> None:
    """Filters read quotes and entities from quote, entity and article events alike."""
    assert where.matches(event) is expected


NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("90s", NOW - timedelta(seconds=90)),
        ("24h", NOW - timedelta(hours=24)),
        ("7d", NOW - timedelta(days=7)),
        ("2026-11-27T10:00:00", datetime(2026, 11, 27, 10, tzinfo=UTC)),
        ("2026-11-27T10:00:00+01:00", datetime(2026, 11, 27, 9, tzinfo=UTC)),
    ],
)
def test_parse_time(text: str, expected: datetime) -> None:
    """Relative windows count back from now; naive ISO times are UTC."""
    assert parse_time(text, now=NOW) == expected


def test_parse_time_rejects_nonsense() -> None:
    """A time that is neither relative nor ISO 8601 is an error that says what to use."""
    with pytest.raises(NewswireError, match="ISO 8601"):
        parse_time("yesterday-ish")
