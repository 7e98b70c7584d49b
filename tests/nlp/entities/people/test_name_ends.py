"""A person's name ends before the weekday that wire copy writes right after it (real
model): ``Senator Peter Walsh Tuesday said`` is Peter Walsh's quote, not ``Peter Walsh
Tuesday``'s; a surname that is a place's name stays (``Billy Ray Austin``).

Texts are written for these tests, in the phrasing of wire and parliamentary copy.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # The day of the statement right after a titled name (US wire style).
    ("\"The price is too high,\" Senator Peter Walsh Tuesday said of the bill.",
     [("The price is too high", "Peter Walsh", "person")]),
    ("Senator Peter Walsh Tuesday accused the government of \"a cover-up.\"",
     [("a cover-up", "Peter Walsh", "person")]),
    # Guards: a three-word name before a weekday keeps its three words; a three-word name
    # ending on a surname that is also a town's, and one whose middle word is a city's
    # name, stay whole.
    ("Housing Minister Aoife Nic Giolla Tuesday told the Dáil the target was \"within "
     "reach.\"",
     [("within reach", "Aoife Nic Giolla", "person")]),
    ("Labor MP Sarah Jane Preston said the review was \"long overdue.\"",
     [("long overdue", "Sarah Jane Preston", "person")]),
    ("\"It was a fair fight,\" said Mayor George Washington Carver.",
     [("It was a fair fight", "George Washington Carver", "person")]),
    # A three-word name whose surname is a city's or a country's stays whole (round
    # twenty-nine's place cut gave "Billy Ray", "Mary Ann"; review46).
    ("\"We gave it everything,\" said coach Billy Ray Austin.",
     [("We gave it everything", "Billy Ray Austin", "person")]),
    ("Councillor Mary Ann Jordan said the budget was \"a disgrace.\"",
     [("a disgrace", "Mary Ann Jordan", "person")]),
    # A middle initial before a surname that is a city's or a country's name (Austin,
    # Jordan): review46's guards on the place cut, kept now that no place is cut (en47).
    ("Defence Secretary Lloyd J. Austin said the troops \"will stay as long as needed.\"",
     [("will stay as long as needed", "Lloyd J. Austin", "person")]),
    ("\"It changed my life,\" said the actor Michael B. Jordan.",
     [("It changed my life", "Michael B. Jordan", "person")]),
])
def test_a_name_ends_before_a_day(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """A weekday after a person's name is no part of the speaker's name; a city's name
    ending a three-word name is its surname."""
    check(pipeline, body, expected)
