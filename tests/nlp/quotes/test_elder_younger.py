"""Issue 14: ``the elder Quintal`` is the parent the article named (``His father, Eduardo
Quintal,``), ``the younger Quintal`` the other one who shares the surname (real model; text
written for these tests after a tuning article's shape)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of, speaker_starting

_BODY = (
    "Then Mateo Quintal, a 17-year-old who had been on the field for 11 minutes, drove the "
    "ball into the bottom corner.\n\n"
    "\"Honestly, I didn't even look up,\" Quintal said afterward.\n\n"
    "Quintal's parents were in the crowd. His father, Eduardo Quintal, said the family had "
    "driven to every home match since the club's first season.\n\n"
    "\"He used to be a ball boy here,\" the elder Quintal said. \"Now look.\"\n\n"
    "\"That's the coach's decision,\" the younger Quintal said with a grin.")


@pytest.mark.parametrize(("start", "expected"), [
    ("He used to be a ball boy here", "Eduardo Quintal"),
    # Guards: the son, by his lone surname and as the younger.
    ("Honestly, I didn't even look up", "Mateo Quintal"),
    ("That's the coach's decision", "Mateo Quintal"),
])
def test_the_elder_is_the_parent_named(pipeline: Pipeline, start: str, expected: str) -> None:
    """``the elder X`` is the person named as someone's father or mother; ``the younger X``
    and a lone ``X`` stay the other."""
    assert speaker_starting(quotes_of(pipeline, _BODY), start) == expected
