"""A union local named with its number (``Unifor Local 2289``): one organisation, number and
all. Real model."""

from __future__ import annotations

import pytest

from newswire.nlp.entities.repairs import local_spans
from newswire.nlp.pipeline import Pipeline
from tests.nlp.entities.test_extract import entities


@pytest.mark.parametrize(("body", "name"), [
    # The model names "Amalgamated Transit Union Local" and leaves the number out.
    ("The union representing transit operators, Amalgamated Transit Union Local 1505, "
     "welcomed the new buses.", "Amalgamated Transit Union Local 1505"),
    # The model names nothing here.
    ("Unifor Local 2289 says the workers are prepared to stay out.", "Unifor Local 2289"),
    ("CUPE Local 1989 welcomed the decision to protect library hours.", "CUPE Local 1989"),
])
def test_a_union_local_and_its_number_are_one_organisation(
        pipeline: Pipeline, body: str, name: str) -> None:
    """The local's number is part of its name, as the article writes it."""
    found = {(e.type, e.name) for e in entities(pipeline, body)}
    assert ("ORG", name) in found, found


@pytest.mark.parametrize(("text", "spans"), [
    ("The Teamsters Local 419 said no.", ["Teamsters Local 419"]),
    # Guards: a local with no number, a lower-case "local", a number of something else.
    ("The Unifor local said no.", []),
    ("Local 12 residents said no.", []),
    ("Teamsters Local said no.", []),
])
def test_only_local_and_its_number_after_capitalised_words_make_a_local(
        text: str, spans: list[str]) -> None:
    """Capitalised words, ``Local`` and a number: not a lower-case local, nor no number."""
    assert [text[start:end] for start, end in local_spans(text)] == spans
