"""A public body named by its field and its land (``Creative Scotland``) is an organisation."""

from __future__ import annotations

import pytest

from newswire.nlp.entities.organisations.land_bodies import is_land_body
from newswire.nlp.pipeline import Pipeline
from tests.nlp.entities.test_extract import entities


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
    ("body", "name", "expected"),
    [
        # Scottish arts desk: the body that funds, a person named bare before it.
        ("Artistic director Morag Dunbar said the company would close. Creative Scotland "
         "said it had received applications worth twice its budget.", "Creative Scotland",
         "ORG"),
        # Australian health round: the state's ambulance service, a negation after it.
        ("Paramedics waited hours outside the Royal Melbourne. Ambulance Victoria did not "
         "comment on the figures, but union secretary Danny Hill said crews were exhausted.",
         "Ambulance Victoria", "ORG"),
        # Canadian college sector, an interview label in the paragraph.
        ("Q: Will fees rise? Colleges Ontario, which represents the province's 24 public "
         "colleges, said in a statement that the sector faced a $1-billion shortfall.",
         "Colleges Ontario", "ORG"),
        # A person whose surname is a land, with a title and an age: still a person.
        ("Coach Grace Ontario, 41, said she was proud of the team.", "Grace Ontario",
         "PERSON"),
        ("Victoria Wood said she had never been happier.", "Victoria Wood", "PERSON"),
    ],
)
def test_a_body_named_by_its_land_is_no_person(
    pipeline: Pipeline, body: str, name: str, expected: str
) -> None:
    """The model's person vote gives way when the name is a field's words and a land."""
    found = {e.name: e.type for e in entities(pipeline, body)}
    assert found.get(name) == expected
