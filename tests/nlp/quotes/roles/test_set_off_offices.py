"""The person set off after a capitalised office the parse heads on its last word holds it
(``quotes/set_off_offices.py``; real model, sentences written for these tests after a tuning
article's shape)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("B.C.’s Minister of Emergency Management and Climate Readiness, Devika Sorensen-Achara, "
     "said the government accepted all 41 recommendations in principle.",
     [("the government accepted all 41 recommendations", "Devika Sorensen-Achara", "person")]),
    ("The Minister of Emergency Management and Climate Readiness, Devika Sorensen-Achara, "
     "said the government accepted all 41 recommendations.",
     [("the government accepted all 41 recommendations", "Devika Sorensen-Achara", "person")]),
    # A courtesy title the model leaves out of the name (folded from enfound40's rule).
    ("The State Minister for Rural Roads, Dr Samuel Okello Mugisha, told reporters that the "
     "ministry was doing everything possible to fix the bridges.",
     [("that the ministry was doing everything possible to fix the bridges",
       "Samuel Okello Mugisha", "person")]),
    # An office the parse already heads on its role noun is unchanged.
    ("Ontario's Minister of Health, Sylvia Jones, said the province would act.",
     [("the province would act", "Sylvia Jones", "person")]),
])
def test_the_person_set_off_after_an_office_holds_it(pipeline: Pipeline, body: str,
                                                     expected: list[Expected]) -> None:
    """``Minister of X and Y, Name, said``: the name, not the office's last word, speaks."""
    check(pipeline, body, expected)
