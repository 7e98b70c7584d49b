"""Issue 14: ``she``/``he`` right after one person brought in unnamed is that person (real
model; texts written for these tests in Canadian news phrasing)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("A hospital administrator in Moncton described the shortage. “We are running out of "
     "beds,” she said.",
     [("We are running out", "hospital administrator in Moncton", "group")]),
    ("Premier Susan Holt toured the hospital on Monday. A spokeswoman for the hospital "
     "described the shortage. “We are running out of beds,” she said.",
     [("We are running out", "spokeswoman for the hospital", "group")]),
    # The sentence that brings the one in names someone else: the pronoun may be them.
    ("A reporter asked Premier Susan Holt about the shortage. “We are hiring,” she said.",
     [("We are hiring", "Susan Holt", "person")]),
    # A title of someone named before is that person.
    ("Premier Susan Holt toured the hospital on Monday. A premier who listens to nurses "
     "makes a difference. “We are hiring,” she said.",
     [("We are hiring", "Susan Holt", "person")]),
])
def test_pronoun_is_the_one_brought_in_unnamed(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``A hospital administrator ... she said`` keeps the description, not a woman named
    before; not when that sentence names someone, or the noun titles a person named before."""
    check(pipeline, body, expected)
