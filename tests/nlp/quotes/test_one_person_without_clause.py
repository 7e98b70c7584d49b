"""One unnamed person whose phrase says more than a noun speaks without the ``who`` clause
after it (``A longtime Liberal organizer who has worked on ...``: ``longtime Liberal
organizer``, as the fresh gold writes a single unnamed source); a bare noun (``A man who
lives nearby``) and a group keep the clause that says which ones
(``quotes/unnamed_sources.unnamed``; real model, sentences written for these tests after a
tuning article's shape)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("A longtime Liberal organizer who has worked on four leadership campaigns said at least "
     "two challengers were already calling donors.",
     [("at least two challengers were already calling donors", "longtime Liberal organizer",
       "person")]),
    # A bare noun says nothing without its clause.
    ("A man who lives nearby said the fire started at noon.",
     [("the fire started at noon", "man who lives nearby", "person")]),
    # Two of the same noun that only their clauses tell apart keep them (review40g).
    ("A senior official who attended the meeting said the deal was close. A senior official "
     "who was not there said it was not.",
     [("the deal was close", "senior official who attended the meeting", "person"),
      ("it was not", "senior official who was not there", "person")]),
    ("Residents who live near the plant said the smell had grown worse.",
     [("the smell had grown worse", "Residents who live near the plant", "group")]),
])
def test_one_person_is_named_without_the_clause(pipeline: Pipeline, body: str,
                                                expected: list[Expected]) -> None:
    """A single unnamed source drops its ``who`` clause; a group keeps it."""
    check(pipeline, body, expected)
