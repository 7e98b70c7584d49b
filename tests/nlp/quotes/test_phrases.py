"""Issue 14: the phrase an unnamed source speaks as (real model; texts written for these tests)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("The trade group for the Blue Cross Blue Shield plans, which dominate many state "
     "exchanges, said the risk pool was out of balance.",
     [("the risk pool", "trade group for the Blue Cross Blue Shield plans", "organization")]),
    ("A coalition of Ontario hospitals, which together employ 40,000 nurses, said the system "
     "was at a breaking point.",
     [("the system was", "coalition of Ontario hospitals", "organization")]),
    # With no comma, the clause says which ones and stays.
    ("Researchers who studied the outbreak said the virus spread through schools.",
     [("the virus spread", "Researchers who studied the outbreak", "group")]),
])
def test_phrase_ends_before_a_clause_set_off_by_a_comma(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """A ``, which ...`` clause only describes the source: it is no part of its phrase."""
    check(pipeline, body, expected)
