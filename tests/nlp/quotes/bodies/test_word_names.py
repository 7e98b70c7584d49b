"""A company or union whose name is a word of the language, untagged by the model, still
speaks (real model).  Texts are written for these tests, in wire phrasing.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("Commuters were stranded for hours on Monday after the train line failed.\n\nGrab said "
     "in a statement that it had capped surge pricing in the affected areas.",
     [("that it had capped surge pricing", "Grab", "organization")]),
    # A surname that is a word, after the full name: still the person.
    ("Councillor Andrew Young opposed the plan on Tuesday.\n\nYoung said he would vote against "
     "the budget next week.",
     [("he would vote against", "Andrew Young", "person")]),
])
def test_word_named_organisations(pipeline: Pipeline, body: str,
                                  expected: list[Expected]) -> None:
    """``Grab said`` speaks as Grab; a person's surname that is a word stays the person's."""
    check(pipeline, body, expected)
