"""British and Irish police ranks without full stops (real model): the person's name and the
quotes' speaker are the name alone, never the rank; the force itself is no person.

Texts are written for these tests, in British and Irish news phrasing.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # The model takes the rank into the name, then reads "Det Garda Hogan" as a title.
    ("At the hearing, Det Garda Sinead Hogan told the court that the van had been parked "
     "outside.\n\n\"The driver had the keys in his hand,\" Det Garda Hogan said.",
     [("that the van had been", "Sinead Hogan", "person"),
      ("The driver had the keys", "Sinead Hogan", "person")]),
    ("Det Supt Ann Cole said the inquiry was \"moving quickly\" and appealed for witnesses.",
     [("moving quickly", "Ann Cole", "person")]),
    # Guard: the force itself is no person of that rank.
    ("A spokesman for the Garda Press Office said inquiries were \"ongoing\".",
     [("ongoing", "spokesman for the Garda Press Office", "person")]),
])
def test_a_police_rank_without_a_full_stop_is_no_part_of_the_name(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Det Garda Sinead Hogan`` is Sinead Hogan, and so is ``Det Garda Hogan said``."""
    check(pipeline, body, expected)
