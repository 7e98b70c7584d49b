"""The sample article against ../shared/gold/seed-000.json: the issue's "done when"."""

from __future__ import annotations

from typing import Any

import pytest

from newswire.models import Entity
from newswire.nlp.entities.extract import extract_entities
from newswire.nlp.pipeline import Pipeline

#: The first line of the sample's boilerplate tail, which another module strips.
TAIL = "Subscribe to our YouTube channel"


@pytest.fixture(scope="module")
def seed_entities(pipeline: Pipeline, seed_text: str) -> tuple[str, str, list[Entity]]:
    """Title, body (without the boilerplate tail) and the entities of the sample article."""
    title, _, rest = seed_text.partition("\n")
    body = rest.strip("\n").split(TAIL)[0].rstrip("\n")
    return title, body, extract_entities(pipeline.nlp(title), pipeline.nlp(body))


def test_every_gold_entity_with_name_type_and_mentions(
    seed_entities: tuple[str, str, list[Entity]], gold: dict[str, Any]
) -> None:
    """Each listed entity appears once, with its canonical name, type and enough mentions."""
    found = {e.name: e for e in seed_entities[2]}
    for expected in gold["entities"]:
        entity = found.get(expected["name"])
        assert entity is not None, (expected["name"], sorted(found))
        assert entity.type == expected["type"], expected["name"]
        assert entity.count >= expected["min_mentions"], expected["name"]
    assert [e.name for e in seed_entities[2]].count("Jens Stoltenberg") == 1


def test_no_forbidden_entity(seed_entities: tuple[str, str, list[Entity]],
                             gold: dict[str, Any]) -> None:
    """None of the gold file's ``entities_must_not`` is an entity or an alias."""
    names = {n for e in seed_entities[2] for n in (e.name, *e.aliases)}
    assert not names & set(gold["entities_must_not"])


@pytest.mark.parametrize(
    ("name", "type_", "role", "min_count", "surname"),
    [
        ("Jens Stoltenberg", "PERSON", "Secretary-General", 4, "Stoltenberg"),
        ("Klaus Iohannis", "PERSON", "President", 2, "Iohannis"),
        ("Kyiv", "GPE", None, 1, None),
        ("Putin", "PERSON", None, 2, None),
    ],
)
def test_issue_done_when(seed_entities: tuple[str, str, list[Entity]], name: str, type_: str,
                         role: str | None, min_count: int, surname: str | None) -> None:
    """The issue's checks, and surname mentions the quote work looks speakers up by."""
    entity = next(e for e in seed_entities[2] if e.name == name)
    assert (entity.type, entity.role) == (type_, role)
    assert entity.count >= min_count
    if surname:
        assert surname in [m.text for m in entity.mentions]


def test_offsets_point_at_the_mention_text(
    seed_entities: tuple[str, str, list[Entity]]
) -> None:
    """``getattr(article, field)[start:end] == text`` for every mention; count matches."""
    title, body, found = seed_entities
    fields = {"title": title, "body": body}
    for entity in found:
        assert entity.count == len(entity.mentions)
        for m in entity.mentions:
            assert fields[m.field][m.start:m.end] == m.text
