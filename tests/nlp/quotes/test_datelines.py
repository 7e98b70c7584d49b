"""Issue 14: a dateline's place is nobody's antecedent (real model).

Texts are written for these tests, in Canadian and US news phrasing.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("SURREY, B.C. — The banner over the campaign office was painted by hand. “Still with "
     "Jagmeet,” it read.",
     [("Still with Jagmeet", None, "unknown")]),
    ("LOS ANGELES — The sign on the bus was painted by hand. “I am still Sanders,” it read.",
     [("I am still Sanders", None, "unknown")]),
    # Guard: a capitalised name opening a sentence with a lower-case word before the dash.
    ("NDP Leader Jagmeet Singh spoke at length — and the party agreed. “We are on track,” it "
     "said.",
     [("We are on track", "party", "organization")]),
])
def test_dateline_place_is_no_antecedent(pipeline: Pipeline, body: str,
                                         expected: list[Expected]) -> None:
    """``it`` never reaches the place of ``LOS ANGELES —``; a name before ``said —`` stays."""
    check(pipeline, body, expected)
