"""Verbs of speaking in a manner with the topic in a preposition (recall21): ``joked about``,
``complained about``, ``cautioned against``, ``warned of``, ``insisted on``; denied speech
says nothing.

Texts are written for these tests, paraphrasing constructions of PolNeAR train articles.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_topics import Row, indirect_of


@pytest.mark.parametrize(("body", "expected"), [
    ("In an interview with the Times, Ann Lee joked about moving to New Zealand.",
     [("moving to New Zealand", "speech", "Ann Lee")]),
    ("Several Democrats cautioned against drawing too many lessons from the Brexit vote.",
     [("drawing too many lessons from the Brexit vote", "speech", "Democrats")]),
    ("Ann Lee complained bitterly about the cost of the new stadium.",
     [("the cost of the new stadium", "speech", "Ann Lee")]),
    ("The governor warned of deep cuts to school budgets.",
     [("deep cuts to school budgets", "speech", "governor")]),
    ("Ann Lee insisted on building a wall on the border.",
     [("building a wall on the border", "speech", "Ann Lee")]),
    # Denied speech is nothing said.
    ("Ann Lee did not complain about the cost of the stadium.", []),
])
def test_speaking_of_a_topic(pipeline: Pipeline, body: str, expected: list[Row]) -> None:
    """What one jokes, complains, warns or insists about is speech of the subject."""
    assert indirect_of(quotes_of(pipeline, body)) == expected
