"""People named with a double-barrelled surname, which the small English model reads as
organisations (texts written for these tests, in the manner of Canadian news)."""

from __future__ import annotations

import pytest

from newswire.nlp.entities.people.doublebarrelled import is_double_barrelled
from newswire.nlp.pipeline import Pipeline
from tests.nlp.entities.geography.test_towns import Named, named


@pytest.mark.parametrize(("word", "expected"), [
    ("Sandhu-Ghosh", True),
    ("MacAulay-Dressler", True),
    ("Roussel-Mbeki", True),
    ("Rolls-Royce", True),  # the form alone says nothing: the rule asks for a first name
    ("Toronto-based", False),
    ("Co-operative", False),
    ("Smith", False),
    ("Saint-Jean-sur-Richelieu", False),
    ("CN-Rail", False),
])
def test_a_double_barrelled_word(word: str, expected: bool) -> None:
    """Two capitalised parts joined by one hyphen, each with lower-case letters."""
    assert is_double_barrelled(word) is expected


@pytest.mark.parametrize(("body", "expected", "absent"), [
    # The model reads the full name and its lone surname as an organisation.
    ("Among those weighing a run is Anand Kessler-Drummond, a former city councillor. "
     "Kessler-Drummond told reporters he was focused on his law practice.",
     {("Anand Kessler-Drummond", "PERSON")},
     {("Anand Kessler-Drummond", "ORG"), ("Kessler-Drummond", "ORG")}),
    # The full name is cut at the hyphen; the surname's later mentions are organisations.
    ("The club's managing partner, Siobhan MacAulay-Dressler, said the financing was in "
     "place. \"We wanted to come with the shovels ordered,\" MacAulay-Dressler said. "
     "MacAulay-Dressler said the club would pay for policing.",
     {("Siobhan MacAulay-Dressler", "PERSON")},
     {("Siobhan MacAulay-Dressler", "ORG"), ("MacAulay-Dressler", "ORG"),
      ("MacAulay", "ORG")}),
    # No first name the tables know, but the surname alone is a person's elsewhere.
    ("Gaétan Roussel-Mbeki told the inquiry that his report was clear. Roussel-Mbeki said "
     "he had inspected the line in March. Roussel-Mbeki said he never heard back.",
     {("Gaétan Roussel-Mbeki", "PERSON")}, {("Gaétan Roussel-Mbeki", "ORG")}),
    # Companies named so have no first name before them.
    ("Rolls-Royce said it would cut 2,000 jobs. Hewlett-Packard said sales fell.",
     {("Rolls-Royce", "ORG"), ("Hewlett-Packard", "ORG")}, set()),
])
def test_a_double_barrelled_surname_is_a_persons(
        pipeline: Pipeline, body: str, expected: Named, absent: Named) -> None:
    """"Anand Kessler-Drummond" and "Kessler-Drummond said" are a person, not an
    organisation; "Rolls-Royce" stays a company."""
    found = named(pipeline, body)
    assert expected <= found
    assert not absent & found
