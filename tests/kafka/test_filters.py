"""`newswire tail` filters."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from newswire.kafka.filters import EventFilter

QUOTE_EVENT = {"source": "Reuters", "language": "en",
               "quote": {"speaker": "Jens Stoltenberg", "kind": "direct"}}
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
        (EventFilter(language="EN"), QUOTE_EVENT, True),
        (EventFilter(language="fr"), QUOTE_EVENT, False),
        (EventFilter(language="fr"), ARTICLE, False),
    ],
)
def test_filters_match_any_topic(where: EventFilter, event: dict[str, Any],
                                 expected: bool) -> None:
    """Filters read quotes and entities from quote, entity and article events alike."""
    assert where.matches(event) is expected


NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
