"""The wire schema: frozen, strict, versioned events; JSON Schema per topic."""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

import pydantic
import pytest

from newswire import topics
from newswire.io.ingest import encode
from newswire.models import DeadLetter, EnrichedArticle, RawArticle, enriched_event_id


def article(**changes: object) -> EnrichedArticle:
    """A minimal valid EnrichedArticle."""
    fields: dict[str, object] = {
        "event_id": "e1", "id": "a1", "content_hash": "h", "title": "T", "body": "B",
        "pipeline_version": "v", "processed_at": datetime(2026, 1, 1, tzinfo=UTC),
    }
    return EnrichedArticle.model_validate(fields | changes)


def test_events_are_frozen() -> None:
    """A published event cannot be changed in place."""
    with pytest.raises(pydantic.ValidationError):
        article().title = "other"  # type: ignore[misc]


def test_events_reject_unknown_fields() -> None:
    """extra='forbid': a typo in a field name is an error, not silently kept."""
    with pytest.raises(pydantic.ValidationError):
        article(titel="T")


def test_events_round_trip_through_json() -> None:
    """model_dump_json then model_validate_json gives the same event, schema_version 3."""
    event = article()
    again = EnrichedArticle.model_validate_json(event.model_dump_json())
    assert again == event
    assert again.schema_version == 3


@pytest.mark.parametrize(
    ("other", "same"),
    [
        (("a1", "hA", "", "v"), True),    # a replay or redelivery of the same revision
        (("a1", "hA", "hB", "v"), False),  # A, B, then A again: the third is news
        (("a1", "hB", "", "v"), False),
        (("a2", "hA", "", "v"), False),
        (("a1", "hA", "", "w"), False),   # another pipeline version
    ],
)
def test_enriched_event_id_tells_what_a_revision_replaced(other: tuple[str, str, str, str],
                                                          same: bool) -> None:
    """The enriched event id is stable for the same content after the same content, and
    differs for any other."""
    assert (enriched_event_id(*other) == enriched_event_id("a1", "hA", "", "v")) is same


def test_dead_letter_keeps_original_bytes_as_base64() -> None:
    """Arbitrary bytes survive a dead letter's JSON round trip."""
    original = bytes(range(256))
    letter = DeadLetter(event_id="d", reason="r", error_type="E",
                        original=base64.b64encode(original), failed_at=datetime.now(UTC))
    assert DeadLetter.model_validate_json(letter.model_dump_json()).original == original


@pytest.mark.parametrize("topic", list(topics.MODELS))
def test_every_topic_has_a_json_schema(topic: str) -> None:
    """Each topic's JSON Schema names the topic and lists the model's fields."""
    schema = topics.json_schema(topic)
    assert schema["x-topic"] == topic
    assert "properties" in schema


@pytest.mark.parametrize(("topic", "path", "words"), [
    ("articles.enriched", ("published_at_source",), ("input", "feed", "page")),
    ("articles.enriched", ("published_at",), ("published_at_source", "1990")),
    ("articles.enriched", ("title_source",), ("input", "page", "headline")),
    ("articles.enriched", ("page_kind",), ("article", "listing", "null")),
    ("articles.enriched", ("page",), ("JSON-LD", "null")),
    ("articles.enriched", ("dateline",), ("body", "entities")),
    ("articles.quotes", ("$defs", "Quote", "properties", "speaker"),
     ("organisation", "group", "document", "pronoun")),
    ("articles.quotes", ("$defs", "Quote", "properties", "speaker_kind"),
     ("person", "organisation", "group", "document")),
], ids=["published_at_source", "published_at", "title_source", "page_kind", "page", "dateline",
        "speaker", "speaker_kind"])
def test_schema_describes_where_values_come_from(topic: str, path: tuple[str, ...],
                                                  words: tuple[str, ...]) -> None:
    """`newswire schema` tells a consumer in another language what each new field means."""
    node = topics.json_schema(topic)
    if len(path) == 1:
        node = node["properties"]
    for key in path:
        node = node[key]
    description = str(node.get("description", ""))
    assert all(word in description for word in words), (path, description)


def _properties(schema: dict[str, object]) -> Iterator[tuple[str, str, dict[str, object]]]:
    """Every (model, field, property) of a topic's JSON Schema, nested models included."""
    models = {str(schema["title"]): schema, **cast(dict[str, Any], schema.get("$defs", {}))}
    for model, node in models.items():
        for name, prop in cast(dict[str, Any], node.get("properties", {})).items():
            yield model, name, prop


@pytest.mark.parametrize("topic", list(topics.MODELS))
def test_schema_describes_every_field(topic: str) -> None:
    """Every field of every topic, nested ones too, has a description in `newswire schema`."""
    bare = [f"{model}.{name}" for model, name, prop in _properties(topics.json_schema(topic))
            if not prop.get("description")]
    assert bare == []


def _contract_fields() -> set[str]:
    """The field names the README's contract lists for EnrichedArticle (nested ones too)."""
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    listing = readme.split("`EnrichedArticle` carries `", 1)[1].split("and `event_id`.", 1)[0]
    listing = re.sub(r"\([^`]*?\)", "", listing)  # the prose in parentheses
    return {*re.findall(r"(?:^|[{\[,`]\s*)([a-z_]+)", listing), "event_id", "schema_version"}


def test_schema_has_every_field_of_the_readme_contract() -> None:
    """Each field the README's contract names for EnrichedArticle is in its JSON Schema."""
    documented = {name for _, name, _ in _properties(topics.json_schema(topics.ENRICHED))}
    assert _contract_fields() - documented == set()


@pytest.mark.parametrize(("given", "on_raw"), [
    ("2024-01-01T10:00:00", "2024-01-01T10:00:00Z"),            # naive: taken as UTC
    ("2024-01-01T10:00:00+02:00", "2024-01-01T10:00:00+02:00"),  # an offset is kept
    ("2024-01-01", "2024-01-01T00:00:00Z"),                      # a date: midnight UTC
    (None, None),
])
def test_a_raw_article_date_always_carries_an_offset(given: str | None,
                                                     on_raw: str | None) -> None:
    """``published_at`` as it goes on to articles.raw is RFC 3339 with an offset (naive = UTC),
    as the schema's ``date-time`` says."""
    value = json.loads(encode(RawArticle(text="x", published_at=given))[1])
    assert value.get("published_at") == on_raw
