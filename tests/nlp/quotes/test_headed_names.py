"""Issue 14 (orgs35): a definite noun no list holds that heads one organisation's name
named before speaks as that organisation (real model).

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("The Manitoba Housing Inspectorate opened a review of the building in May. The "
     "inspectorate said the landlord had ignored three orders.",
     [("the landlord had ignored", "Manitoba Housing Inspectorate", "organization")]),
    ("The Seven Oaks School Division rejected the plan on Tuesday. The division said the "
     "costs were too high.",
     [("the costs were too high", "Seven Oaks School Division", "organization")]),
    # Guard: two names share the head, so the noun names neither.
    ("The Pembina Trails School Division and the Seven Oaks School Division both rejected "
     "the plan. The division said the costs were too high.",
     [("the costs were too high", None, "unknown")]),
    # Guard: the noun heads no name named before.
    ("The Riverton Harbour Authority rejected the plan on Tuesday. The division said the "
     "costs were too high.",
     [("the costs were too high", None, "unknown")]),
])
def test_a_noun_heading_one_earlier_name_speaks_as_it(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``the division`` after ``Seven Oaks School Division`` is that school division."""
    check(pipeline, body, expected)
