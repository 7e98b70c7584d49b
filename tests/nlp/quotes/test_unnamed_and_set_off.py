"""Issue 14: a spokesperson named after ``for the minister,`` is the speaker; an apposition
set off after a source's organisation is no part of the source's phrase; ``the official``
after ``A senior defense official`` is that unnamed official; ``one trader said`` is that
trader (real model).

Sentences from the fresh English tuning articles (i5, k6, y5, zc3, zc7, zc9; round
nineteen, roles36); the mayor's, the utility's, the parent's and the tenant's rows are
written for the test.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("In an email, a spokesperson for the minister, Janelle Okafor, said the government “has "
     "been meeting with Indigenous leaders for more than a year.”",
     [("has been meeting with Indigenous leaders", "Janelle Okafor", "person")]),
    ("A spokesperson for the minister, Calum Whitford, said the application was \"under "
     "active review\" and that the minister had asked officials to expedite it.",
     [("under active review", "Calum Whitford", "person")]),
    ("The council vote was delayed. A spokeswoman for the mayor, Teresa Lindqvist, said the "
     "budget would be “back on the table next week.”",
     [("back on the table next week", "Teresa Lindqvist", "person")]),
])
def test_a_name_after_a_spokesperson_for_an_office_holder_is_the_spokesperson(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``A spokesperson for the minister, X, said``: X, not the phrase with X in it."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("A spokesman for Skyline Atlantic, the largest carrier at the airport, said the airline "
     "had trimmed its schedule by about 8 percent through the end of the year and would "
     "\"follow the FAA's lead on when it's safe to add back flights.\"",
     [("follow the FAA's lead", "spokesman for Skyline Atlantic", "person")]),
    ("A spokeswoman for Brightwater Utilities, the county's only water supplier, said the "
     "repairs were “well under way.”",
     [("well under way", "spokeswoman for Brightwater Utilities", "person")]),
])
def test_an_apposition_after_the_organisation_is_no_part_of_the_source(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``A spokesman for X, the largest carrier, said``: the spokesman for X."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Defense Secretary Anthony Reszler did not comment publicly. A senior defense official, "
     "speaking on condition of anonymity to discuss internal deliberations, said Reszler had "
     "been briefed within an hour of the encounter.\n\"Nobody wants a shooting war over a "
     "tanker lane,\" the official said.",
     [("Nobody wants a shooting war", "senior defense official", "person")]),
    ("One senior official at the Department of Veterans Affairs said the agency had learned "
     "of the directive from a news alert.\n“It’s a sledgehammer where a scalpel would do,” "
     "the official said.",
     [("It’s a sledgehammer", "One senior official at the Department of Veterans Affairs",
       "person")]),
])
def test_the_official_is_the_unnamed_official_brought_in_before(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``A senior defense official said ... "...," the official said``: that official."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Traders said the move in bonds had been exaggerated by thin liquidity in the hour after "
     "the speech. \"Nobody wanted to be short Schatz into that,\" one London-based bond "
     "trader said.",
     [("Nobody wanted to be short", "one London-based bond trader", "person")]),
    ("Prices rose again this week.\n\n“We cannot keep paying this much,” one parent said.",
     [("We cannot keep paying", "one parent", "person")]),
    ("The landlord did not respond.\n\n“Nobody told us anything,” another tenant said.",
     [("Nobody told us anything", "another tenant", "person")]),
])
def test_a_short_noun_for_one_person_speaks_as_one(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``one trader said``, ``one parent said``: that unnamed person, not no speaker."""
    check(pipeline, body, expected)
