"""Issue 14 (orgs28): an office holder's office speaks as written, its holder and all (real
model).

Texts are written for these tests, in Canadian and US news phrasing.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("The court struck down the law on Friday. Federal Justice Minister Pierre-Luc Gagnon's "
     "office said in an email that the government would review the decision.",
     [("that the government would review the decision",
       "Federal Justice Minister Pierre-Luc Gagnon's office", "organization")]),
    ("Council voted 6-5 to delay the bus lane. The mayor's office said it expected the revised "
     "plan to return to council in the spring.",
     [("it expected the revised plan", "mayor's office", "organization")]),
    ("Attorney General Kwame Oduya sued the company in March. The Illinois attorney "
     "general’s office said in a statement that it was reviewing the decision.",
     [("that it was reviewing the decision", "Illinois attorney general’s office",
       "organization")]),
    ("Senator David Vitter did not attend the hearing. His office said he had a scheduling "
     "conflict.",
     [("he had a scheduling conflict", "David Vitter’s office", "organization")]),
    # Guards: another owned organisation noun is its owner's surname and noun; an office
    # with no owner is its phrase.
    ("Donald Trump spoke in Iowa on Monday. Trump’s campaign said the rally drew 5,000 "
     "people.",
     [("the rally drew 5,000 people", "Trump campaign", "organization")]),
])
def test_an_office_holders_office(pipeline: Pipeline, body: str,
                                  expected: list[Expected]) -> None:
    """``the mayor's office said``: the office as written, not ``Mahoney office``."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Marchuk ran Birchwood Tenants Housing Society for nine years. The society’s board said "
     "in a statement that it had hired a new auditor.",
     [("that it had hired a new auditor", "Birchwood Tenants Housing Society",
       "organization")]),
    ("Wapusk Cree Nation has declared a state of emergency, and its leadership says Ottawa "
     "has been too slow to send the counsellors it promised.",
     [("Ottawa has been too slow", "Wapusk Cree Nation", "organization")]),
    # A part of an organisation that does not govern it speaks as written.
    ("The league said it would review the hit. According to the league's department of "
     "player safety, Dinescu has been offered an in-person hearing.",
     [("Dinescu has been offered", "league's department of player safety",
       "organization")]),
])
def test_an_organisations_governing_body(pipeline: Pipeline, body: str,
                                         expected: list[Expected]) -> None:
    """``its leadership says``, ``the society’s board said``: the organisation, not
    ``Nation leadership``; another part of it as written, not ``league department``."""
    check(pipeline, body, expected)
