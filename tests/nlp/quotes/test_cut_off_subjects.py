"""Issue 14 (enfound40): a said clause's subject cut off by a relative aside, which the parse
reads as the verb's object, stays part of what was said (real model).

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_that_clauses import reported


@pytest.mark.parametrize(("body", "expected"), [
    # A relative aside set off by commas after the subject.
    ("Teachers say classes of 30 or more students, several of whom may need extra support, "
     "have become common in the division's middle years schools.",
     [("classes of 30 or more students, several of whom may need extra support, have become "
       "common in the division's middle years schools", "Teachers")]),
    ("Analyst Priya Mehta said shares in Harvest Lane, which fell 3.2 per cent on Thursday, "
     "were likely to remain under pressure.",
     [("shares in Harvest Lane, which fell 3.2 per cent on Thursday, were likely to remain "
       "under pressure", "Priya Mehta")]),
    # Guard: a clause with a subject of its own keeps its words as before.
    ("Teachers say the classes have become too large.",
     [("the classes have become too large", "Teachers")]),
])
def test_a_subject_cut_off_by_an_aside_is_said(
        pipeline: Pipeline, body: str, expected: list[tuple[str, str | None]]) -> None:
    """``say classes of 30 students, several of whom ..., have become common``: the whole
    clause, its subject included, is what was said."""
    assert reported(pipeline, body) == expected
