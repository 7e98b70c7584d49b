"""Issue 14 (round thirteen, who29): ``the young man said`` stands for the man named just
before, unless the text spoke of a man it did not name (real model).

Texts are written for these tests, in Canadian news phrasing; the first line is the headline.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # The description was the speaker, as an unnamed group.
    ("Land claim rally\n\n\"My grandmother was born on land that is now at the bottom of a "
     "reservoir,\" said Tyler Keeshig, 23, a youth councillor.\n\nThe young man said he had "
     "come to Ottawa so that the minister would \"look us in the eye.\"",
     [("look us in the eye", "Tyler Keeshig", "person")]),
    ("Residents fight plant closure\n\nMaria Santos has lived on the street for 40 years. Her "
     "neighbour, Tom Reyes, joined her at the protest.\n\n\"We are not leaving,\" the elderly "
     "woman said.",
     [("We are not leaving", "Maria Santos", "person")]),
    # Guards: a man or woman the text spoke of without a name is the one described.
    ("Arrest made in break-in\n\nPolice arrested a young man on Tuesday.\n\nChief Tom Hale "
     "said charges were likely.\n\n\"I did nothing wrong,\" the young man said.",
     [("I did nothing wrong", "young man", "person")]),
    ("Residents fight plant closure\n\nA woman who lives near the plant said the smell was "
     "unbearable. Councillor Jane Baird said the city would act.\n\n\"It has been like this "
     "for years,\" the elderly woman said.",
     [("It has been like this", "elderly woman", "person")]),
])
def test_a_described_man_or_woman_is_the_one_named_before(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``X, 23, said ... The young man said``: X, unless a man was spoken of unnamed."""
    check(pipeline, body, expected)
