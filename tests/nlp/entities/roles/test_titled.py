"""A known first name and a surname right after a title are a person's name, whatever the
model read there (``entities/titled``; real model, sentences written for these tests)."""

from __future__ import annotations

import pytest

from newswire.nlp.entities.roles.titled import name_spans
from newswire.nlp.pipeline import Pipeline
from tests.nlp.entities.geography.test_towns import Named, named


@pytest.mark.parametrize(("body", "expected", "absent"), [
    # The model names nobody after "Local MP".
    ("Local MP Declan Ruthven, whose electorate covers both villages, posted on Facebook "
     "that the community had been knocked around by this fire.",
     {("Declan Ruthven", "PERSON")}, set()),
    # The model reads "Ibrahim" as a person and "Sulemana" as a place.
    ("Its President, Alhaji Ibrahim Tanko Sulemana, said manufacturers had been borrowing "
     "at high rates. \"Our members have been bleeding,\" Alhaji Sulemana said.",
     {("Ibrahim Tanko Sulemana", "PERSON")}, {("Sulemana", "GPE"), ("Ibrahim", "PERSON")}),
    # A province named for a prince stays a place (entities40 made it "Edward Island").
    ("Patients in Charlottetown were moved, the Prince Edward Island health authority "
     "said.", {("Prince Edward Island", "GPE")}, {("Edward Island", "PERSON")}),
    # A name the model already reads stays as it was.
    ("Prime Minister Justin Trudeau said the talks would resume.",
     {("Justin Trudeau", "PERSON")}, set()),
])
def test_a_titled_first_name_and_surname_are_a_person(
        pipeline: Pipeline, body: str, expected: Named, absent: Named) -> None:
    """"Local MP Declan Ruthven": a person."""
    found = named(pipeline, body)
    assert expected <= found, found
    assert not absent & found


@pytest.mark.parametrize(("text", "names"), [
    ("Local MP Declan Ruthven, whose electorate", ["Declan Ruthven"]),
    ("said Dr Mary Jones on Monday", ["Mary Jones"]),
    # Letters after the name are no part of it.
    ("Judge Alison Croft KC said", ["Alison Croft"]),
    # A first name no table holds, after a title: words English writes only as names are a
    # name all the same (names from many traditions); not words it writes in lower case.
    ("MP Tarrawee Ruthven posted", ["Tarrawee Ruthven"]),
    ("Assistant Superintendent of Police Roshan Jayakody told", ["Roshan Jayakody"]),
    ("MP Housing Grants posted", []),
    # Guards: no title before it; a building named for a person; a capitalised word after
    # the name (it goes on).
    ("Declan Ruthven posted on Facebook", []),
    ("President Donald Trump Tower is tall", []),
    # A title's own word is no first name ("General" was given as one).
    ("Attorney General Nadine Sorensen said", ["Nadine Sorensen"]),
    ("Premier Doug Ford Government Services said", []),
    # Royals have no surname: the words after "Prince Edward" name a place or a team.
    ("the Prince Edward Island health authority said", []),
    ("near King Edward Avenue, police said", []),
    ("the Prince Albert Raiders won", []),
])
def test_only_a_title_then_a_first_name_and_a_surname(text: str, names: list[str]) -> None:
    """A title or courtesy title, a first name of the tables (or, after a title, words that
    are only names), one or two capitalised words."""
    assert [text[start:end] for start, end in name_spans(text)] == names
