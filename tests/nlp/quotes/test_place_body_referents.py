"""A place's name before a body's noun as the subject (``Calderdale council said``) is that
body for a later ``it`` (real model), not a noun of what the body said.

Texts are written for these tests, in British local news phrasing.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check

_HEADLINE = "Museum could close if Calderdale withdraws its grant\n\n"


@pytest.mark.parametrize(("body", "expected"), [
    # The entities stage knows "Calderdale" (a place) from the headline; "it said" took
    # "every service" from the sentence before.
    (_HEADLINE + "Calderdale council said it faced \"the hardest budget in its history\" and "
     "that every service outside its statutory duties was being reviewed. In a statement, it "
     "said it would work with trustees to \"explore other models of funding\".",
     [("explore other models of funding", "Calderdale council", "organization")]),
])
def test_it_after_a_place_body_subject_is_the_body(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Calderdale council said ... it said`` is the council's."""
    check(pipeline, body, expected)
