"""What a verb of stance or speech says of its object goes with the object (recall21):
``thanked voters for their patience``, ``cited Alphabet as the likely buyer``; when and where
it was said does not.

Texts are written for these tests, paraphrasing constructions of PolNeAR train articles.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_topics import Row, indirect_of


@pytest.mark.parametrize(("body", "expected"), [
    ("Bill Clinton thanked the state's voters for their patience with his wife.",
     [("the state's voters for their patience with his wife", "stance", "Bill Clinton")]),
    ("Analysts cited Alphabet as the most likely buyer.",
     [("Alphabet as the most likely buyer", "speech", "Analysts")]),
    ("Ann Lee denounced the report as a smear.",
     [("the report as a smear", "stance", "Ann Lee")]),
    ("The union welcomed the ruling as a victory for workers.",
     [("the ruling as a victory for workers", "stance", "union")]),
    # When and where is no complement of the object.
    ("Ann Lee defended the plan in an interview on Friday.",
     [("the plan", "stance", "Ann Lee")]),
])
def test_object_with_its_complement(pipeline: Pipeline, body: str,
                                    expected: list[Row]) -> None:
    """A stance's or a topic's object keeps the ``as``/``for``/``of`` phrase said of it."""
    assert indirect_of(quotes_of(pipeline, body)) == expected
