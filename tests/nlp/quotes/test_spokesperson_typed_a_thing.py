"""A name set off after ``A spokesman for X,`` that the model typed a product (real model): a
person who holds the office and speaks, never the office's phrase.

Texts are written for these tests, in US campaign news phrasing.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # The model types "Cole Redding" a PRODUCT; the speaker was the spokesman's phrase.
    ("A spokesman for the Keystone Jobs PAC, Cole Redding, said the mailer was \"accurate in "
     "every line.\"",
     [("accurate in every line", "Cole Redding", "person")]),
    # Guard: a name the model reads as a person's stays so.
    ("A spokesman for the Senate Majority Fund, Mark Dell, said the bill \"will not pass this "
     "session.\"",
     [("will not pass this session", "Mark Dell", "person")]),
])
def test_a_spokespersons_name_typed_a_thing_is_a_person(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``A spokesman for the PAC, Cole Redding, said`` is Cole Redding."""
    check(pipeline, body, expected)
