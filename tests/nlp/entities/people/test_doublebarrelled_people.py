"""A first name and a double-barrelled surname the model reads as an organisation's is a
person, and the lone surname joins it (``entities/doublebarrelled.py``; real model,
sentences written for these tests after a tuning article's shape)."""

from __future__ import annotations

import pytest

from newswire.nlp.entities.extract import extract_entities
from newswire.nlp.entities.people.doublebarrelled import is_double_barrelled_name
from newswire.nlp.pipeline import Pipeline


def typed(pipeline: Pipeline, body: str) -> list[tuple[str, str]]:
    """The names and types of the entities extracted from ``body``, sorted."""
    return sorted((e.name, e.type) for e in extract_entities(pipeline.nlp(""), pipeline.nlp(body)))


@pytest.mark.parametrize(("body", "expected"), [
    ("One name that keeps coming up is Anand Kessler-Drummond, the former city councillor who "
     "lost his bid for a seat. Kessler-Drummond told me he was busy with his practice.",
     [("Anand Kessler-Drummond", "PERSON")]),
    # A first name no list holds: the surname alone, a person by the words around it
    # ("Roussel-Mbeki said he"), makes the full name a person's, and joins it.
    ("Gaétan Roussel-Mbeki told the public inquiry that his written report on the line was "
     "clear. \"I wrote that the track was deteriorating,\" Roussel-Mbeki said. Roussel-Mbeki "
     "said he inspected the line in March and sent his findings to the railway.",
     [("Gaétan Roussel-Mbeki", "PERSON")]),
    # Hyphenated companies open with no first name.
    ("The Bell-Aliant deal closed. Rolls-Royce Holdings said sales rose.",
     [("Bell-Aliant", "ORG"), ("Rolls-Royce Holdings", "ORG")]),
])
def test_a_double_barrelled_name_is_a_person(pipeline: Pipeline, body: str,
                                             expected: list[tuple[str, str]]) -> None:
    """``Anand Kessler-Drummond``, typed ORG by the model, is a person."""
    assert typed(pipeline, body) == expected


@pytest.mark.parametrize(("parts", "expected"), [
    (["Anand", "Kessler-Drummond"], True),
    (["Siobhan", "MacAulay-Dressler"], True),
    (["Rolls-Royce", "Holdings"], False),
    (["Northern", "Kessler-Drummond"], False),
    (["Anand", "Kessler"], False),
    (["Josée", "Lindahl-Brunet"], True),
])
def test_the_name_shape(parts: list[str], expected: bool) -> None:
    """A known first name, then two capitalised words joined by a hyphen."""
    assert is_double_barrelled_name(parts) is expected
