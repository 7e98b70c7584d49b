"""Issue 14 (orgs28): a government body named by a list of what it covers is one
organisation, whole, where the model cuts it at the comma (real model).

Texts are written for these tests, in British and Canadian news phrasing.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("A spokesperson for the Department for Culture, Media and Sport said: “We are monitoring "
     "the situation in Calderbridge closely.”",
     [("We are monitoring", "Department for Culture, Media and Sport", "organization")]),
    ("The Ministry of the Environment, Conservation and Parks said it had ordered the company "
     "to stop pumping.",
     [("it had ordered the company", "Ministry of the Environment, Conservation and Parks",
       "organization")]),
    # Guards: places in the run make a list of several; a name with no list is left alone.
    ("The Department of Health, Ontario and Quebec agreed that the plan was sound, officials "
     "said.",
     [("The Department of Health, Ontario and Quebec agreed", "officials", "group")]),
    ("The Department of Justice said it would appeal the ruling.",
     [("it would appeal the ruling", "Department of Justice", "organization")]),
])
def test_a_body_named_by_a_list(pipeline: Pipeline, body: str,
                                expected: list[Expected]) -> None:
    """``Department for Culture, Media and Sport said``: the department, not ``Media``."""
    check(pipeline, body, expected)
