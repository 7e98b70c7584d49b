"""``the executive``, ``the inspectorate``: the organisation named before whose name that
noun heads (orgs31, from the m-set's British news).

Texts are written for these tests, in British news phrasing.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_resolution import Expected, check, find


@pytest.mark.parametrize(("body", "expected"), [
    ("A report by the Health and Safety Executive found that two of the ropes were damaged. "
     "The executive said in a statement that its investigation was continuing.",
     [("that its investigation was continuing", "Health and Safety Executive",
       "organization")]),
    ("A report published on Thursday by HM Inspectorate of Prisons found that jails were "
     "full. According to the inspectorate, probation officers were given less than 48 hours' "
     "notice.",
     [("probation officers were given", "HM Inspectorate of Prisons", "organization")]),
])
def test_the_noun_heading_a_name_is_that_organisation(pipeline: Pipeline, body: str,
                                                      expected: list[Expected]) -> None:
    """``The executive said`` after the Health and Safety Executive is that body."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "start"), [
    ("The Health and Safety Executive opened an inquiry into Highpeak Adventures on Monday. "
     "The chief executive said the firm would help the inquiry in every way.",
     "the firm would help the inquiry"),
])
def test_a_role_before_the_noun_is_no_name_head(pipeline: Pipeline, body: str,
                                                start: str) -> None:
    """``The chief executive`` is someone's role, never the Health and Safety Executive."""
    assert find(quotes_of(pipeline, body), start).speaker != "Health and Safety Executive"
