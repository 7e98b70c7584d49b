"""A public body named by its field and its land (``Creative Scotland``) is an organisation."""

from __future__ import annotations

import pytest

from newswire.models import RawArticle
from newswire.nlp.entities.organisations.land_bodies import is_land_body
from newswire.nlp.pipeline import Pipeline


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Creative Scotland", True),
        ("Ambulance Victoria", True),
        ("Colleges Ontario", True),
        ("Public Health Scotland", True),
        ("Hockey Canada", True),
        # A place itself, a part of a land, a first name, a land that is also a surname,
        # a city (no first-level region), one word: no body.
        ("Northern Ireland", False),
        ("New South Wales", False),
        ("Northern Ontario", False),
        ("Victoria Wood", False),
        ("Grace Ontario", False),
        ("Chase Washington", False),
        ("Faith Jordan", False),
        ("Cricket Wellington", False),
        ("Scotland", False),
    ],
)
def test_a_fields_words_and_a_land_name_a_body(name: str, expected: bool) -> None:
    """Lower-case words of a field, then a country or a province: a body's name."""
    assert is_land_body(name.split()) is expected


@pytest.mark.parametrize(
    ("body", "name", "kinds"),
    [
        # Australian health round: a negation after the body, a statement.
        ("Ambulance delays\n\nParamedics waited hours outside the Royal Melbourne on "
         "Friday. Ambulance Victoria said in a statement that it was \"working closely with "
         "health services\" and did not comment on the figures.", "Ambulance Victoria",
         ["organization", "organization"]),
        # A union official named bare before the body, a negation.
        ("Funding\n\nUnion secretary Danny Hill said crews were exhausted. Ambulance "
         "Victoria did not say when \"the new rosters would start across the state\".",
         "Ambulance Victoria", ["organization"]),
        # A state parks service in regional news.
        ("Parks\n\nRangers closed the trail on Sunday. Parks Victoria said walkers \"must "
         "not enter the burnt areas\".", "Parks Victoria", ["organization"]),
        # A person whose surname is a land, with a title and an age: still a person.
        ("Team news\n\nCoach Grace Ontario, 41, said she was \"proud of every one of "
         "them\" after the win.", "Grace Ontario", ["person", "person"]),
        # A body the model reads right stays one.
        ("Hockey\n\nHockey Canada said on Tuesday that it had \"no tolerance for abuse in "
         "the sport\".", "Hockey Canada", ["organization"]),
    ],
)
def test_a_body_named_by_its_land_speaks_as_an_organisation(
    pipeline: Pipeline, body: str, name: str, kinds: list[str]
) -> None:
    """The model's person vote gives way when the name is a field's words and a land: the
    entity is an organisation and its quotes' speaker kind says so."""
    event = pipeline.enrich(RawArticle(id="t", text=body))
    assert [q.speaker_kind for q in event.quotes if q.speaker == name] == kinds
    expected = "PERSON" if kinds[0] == "person" else "ORG"
    assert {e.name: e.type for e in event.entities}.get(name) == expected
