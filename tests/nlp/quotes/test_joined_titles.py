"""Issue 14 (round thirteen, who29): titles joined by ``and`` before one name are that
person's (real model).

Texts are written for these tests, in Canadian news phrasing.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_resolution import Expected, check, find


@pytest.mark.parametrize(("body", "expected"), [
    # The parse heads the subject on "President" and makes the name its conjunct.
    ("Harbour Foods announced the closure of its plant on Monday.\n\nPresident and CEO John "
     "Smith said the decision was \"painful but necessary.\" He said the company would help "
     "workers find new jobs.",
     [("painful but necessary", "John Smith", "person"),
      ("the company would help workers", "John Smith", "person")]),
    # A party's title before the office: the subject was "NDP Leader".
    ("The premier spoke in Victoria.\n\nNDP Leader and Premier Rosalind Achebe said the party "
     "would \"build more homes.\"",
     [("build more homes", "Rosalind Achebe", "person")]),
    ("Prime Minister and Liberal Leader Mark Carney told reporters that the tariffs were "
     "\"unjustified.\"",
     [("unjustified", "Mark Carney", "person")]),
])
def test_titles_joined_by_and_before_a_name_are_that_persons(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``President and CEO X said``: X, not the first title."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "quote", "other"), [
    # A title after a determiner is someone else's: two people speak.
    ("The ministry released the figures on Monday. The minister and Jane Doe said the numbers "
     "were \"worrying.\"", "worrying", "Jane Doe"),
])
def test_a_title_after_a_determiner_is_not_the_names(
        pipeline: Pipeline, body: str, quote: str, other: str) -> None:
    """``The minister and X said``: not X alone."""
    assert find(quotes_of(pipeline, body), quote).speaker != other
