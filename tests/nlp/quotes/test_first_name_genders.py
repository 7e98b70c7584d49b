"""Issue 14: a pronoun skips a person whose first name is strongly of the other gender (real
model).

Texts are written for these tests, in Canadian news phrasing; the first names are ones the
hand lists of :mod:`newswire.nlp.entities.firstnames` do not hold, found in the wider table.
"""

from __future__ import annotations

import pytest

from newswire.nlp.entities.firstnames import first_name_gender
from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("word", "expected"), [
    ("Pierre", "m"), ("Desmond", "m"), ("Connor", "m"), ("Maureen", "f"),
    ("Andrea", "f"), ("Jordan", None), ("Taylor", None), ("Poilievre", None),
])
def test_first_name_gender_reads_the_wider_table(word: str, expected: str | None) -> None:
    """Names strongly of one gender in the SSA table get it; names given to both stay none."""
    assert first_name_gender(word) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Finance Minister Chrystia Freeland tabled the budget on Tuesday. Conservative Leader "
     "Pierre Poilievre called it reckless. She said the deficit would fall by 2027.",
     [("the deficit would fall", "Chrystia Freeland", "person")]),
    ("Andrea Horwath tabled the motion at city hall. Councillor Connor Whitfield voted "
     "against it. She said the vote was a victory for tenants.",
     [("the vote was a victory", "Andrea Horwath", "person")]),
    ("Maureen Okafor chaired the hearing in Halifax. Lawyer Desmond Brooks cross-examined "
     "the witness for an hour. “That is not what the record shows,” she said.",
     [("That is not what the record shows", "Maureen Okafor", "person")]),
])
def test_pronoun_skips_a_first_name_of_the_other_gender(pipeline: Pipeline, body: str,
                                                       expected: list[Expected]) -> None:
    """``she`` skips the nearer person whose first name the wider table says is male."""
    check(pipeline, body, expected)
