"""Cues of quotes set off by a colon (real model).

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("Mary Lee was asked about the emails again.\nLee has since apologized for what happened: "
     "\"Yes, I should have used two email addresses. That was a mistake.\"",
     [("Yes, I should have", "Mary Lee", "person")]),
])
def test_colon_cue_skips_a_relative_subject(pipeline: Pipeline, body: str,
                                            expected: list[Expected]) -> None:
    """``apologized for what happened: “...”``: ``what`` names nobody; the apologizer speaks."""
    check(pipeline, body, expected)
