"""Reading the registry from its changelog: the topic's name and how messages fold."""

from __future__ import annotations

import json
from typing import Any

import pytest

from newswire.kafka.registry import _apply, changelog_topic
from newswire.settings import Settings


def test_changelog_topic_is_named_as_faust_names_it() -> None:
    """`{app_id}-entities-changelog`, the table's name taken from one constant."""
    assert changelog_topic(Settings(app_id="wire")) == "wire-entities-changelog"


def encoded(value: object) -> bytes:
    """A key or value as Faust's JSON codec writes it."""
    return json.dumps(value).encode()


@pytest.mark.parametrize(
    ("messages", "expected"),
    [
        ([(encoded("a"), encoded({"n": 1})), (encoded("a"), encoded({"n": 2}))], {"a": {"n": 2}}),
        ([(encoded("a"), encoded({"n": 1})), (encoded("a"), None)], {}),
        ([(encoded("a"), b"{not json"), (None, encoded({"n": 3})), (encoded("b"), encoded(3))],
         {}),
    ],
)
def test_the_latest_value_of_each_key_wins(messages: list[tuple[bytes | None, bytes | None]],
                                           expected: dict[str, Any]) -> None:
    """A later value replaces, a tombstone deletes, what is not a JSON record is skipped."""
    records: dict[str, dict[str, Any]] = {}
    for key, value in messages:
        _apply(records, key, value)
    assert records == expected
