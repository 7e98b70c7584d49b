"""Issue 14 (kinds36): ``data show X`` where the tagger read ``show`` as a noun is still the
data's finding, held by the maker named before the data (real model).

Texts are written for these tests, paraphrasing fact-check and wire constructions.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # The maker's name right before the data holds the finding.
    ("Not quite. Bureau of Labor Statistics data show Ohio added about 12,000 factory jobs "
     "between March 2023 and March 2025.",
     [("Ohio added about 12,000 factory jobs", "Bureau of Labor Statistics",
       "organization")]),
    # An owner described before: the organisation named earlier.
    ("The Canada Border Services Agency recorded about 90,000 asylum claims in 2023. The "
     "agency's most recent monthly data show claims running at roughly half of that pace.",
     [("claims running at roughly half", "Canada Border Services Agency", "organization")]),
    # ``show`` ends the sentence: the finding is the clause before the comma.
    ("The Energy Information Administration tracks fuel prices every week. Heating oil prices "
     "have not tripled, EIA data show.",
     [("Heating oil prices have not tripled", "Energy Information Administration",
       "organization")]),
    # No maker named: the data itself.
    ("Official data show rice imports rose by about 9 percent in the first half of the year.",
     [("rice imports rose by about 9 percent", "Official data", "document")]),
])
def test_a_misread_data_show_is_the_datas_finding(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``X data show Y`` with ``show`` tagged a noun: Y is found, held by X (else the data)."""
    check(pipeline, body, expected)


@pytest.mark.parametrize("body", [
    "She appeared on a late-night talk show that aired on Sunday.",
    "The band played a road show in every town along the coast.",
])
def test_a_show_that_is_a_noun_reports_nothing(pipeline: Pipeline, body: str) -> None:
    """``a talk show that aired``: a real noun ``show`` after no document holds no finding."""
    assert quotes_of(pipeline, body) == []
