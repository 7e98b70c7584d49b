"""What a name's own words say against the model's type: a party's word alone
(fresh, hand-written political news)."""

from __future__ import annotations

import pytest

from newswire.nlp.entities.words.namewords import not_a_person
from newswire.nlp.pipeline import Pipeline
from tests.nlp.entities.geography.test_towns import Named, named


@pytest.mark.parametrize(("body", "expected", "absent"), [
    ("Sir Keir Starmer's Labour won a landslide. Labour said it would raise taxes on private "
     "schools.", {("Labour", "ORG"), ("Keir Starmer", "PERSON")}, {("Labour", "PERSON")}),
])
def test_a_partys_word_is_no_person(
        pipeline: Pipeline, body: str, expected: Named, absent: Named) -> None:
    """"Starmer's Labour won": the party, though the model read a person."""
    found = named(pipeline, body)
    assert expected <= found
    assert not absent & found


@pytest.mark.parametrize(("name", "expected"), [
    ("Labour", True), ("WestJet", True), ("Cyclica Metals", True), ("Dublin Bus", True),
    ("Starmer", False), ("McDonald", False), ("Keir Starmer", False),
])
def test_not_a_person(name: str, expected: bool) -> None:
    """Names whose words no person's name has: a party's word, a CamelCase word, a
    company's last word."""
    assert not_a_person(name.split()) is expected
