"""Reading the registry from its changelog: the topic's name, how messages fold, and what a
missing topic and an unreachable Kafka are told as."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from newswire.errors import BrokerError, NewswireError, TopicMissingError
from newswire.kafka import registry
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


class _Consumer:
    """Stands in for the reader's consumer: only stopped."""

    async def stop(self) -> None:
        """Nothing to close."""


@pytest.mark.parametrize(("error", "raised", "hint"), [
    (TopicMissingError("topic wire-entities-changelog does not exist"), NewswireError, True),
    # Kafka did not answer: a hint that no worker ran would send the reader the wrong way.
    (BrokerError("cannot ask Kafka at 127.0.0.1:9092 for the partitions of "
                 "wire-entities-changelog: timed out"), BrokerError, False),
], ids=["topic-missing", "kafka-not-answering"])
def test_a_broker_that_cannot_be_asked_is_no_missing_registry(
        monkeypatch: pytest.MonkeyPatch, error: NewswireError, raised: type[Exception],
        hint: bool) -> None:
    """A missing changelog is "no registry to read" with a hint; Kafka that cannot be asked
    stays a BrokerError with its own words (it was told as a missing registry)."""
    async def started(*_: object) -> None:
        return None

    async def partitions(*_: object) -> list[object]:
        raise error

    monkeypatch.setattr(registry, "make_consumer", lambda *_, **__: _Consumer())
    monkeypatch.setattr(registry, "start_consumer", started)
    monkeypatch.setattr(registry, "partitions", partitions)
    with pytest.raises(NewswireError) as caught:
        asyncio.run(registry.read_registry(Settings(app_id="wire")))
    assert type(caught.value) is raised
    assert ("no registry to read" in str(caught.value)) is hint
    assert caught.value.__cause__ is (error if hint else None)
