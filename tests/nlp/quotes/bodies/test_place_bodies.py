"""Issue 14 (orgs27): a public body named by its kind and place speaks as that phrase (real model).

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("The city of Montreal said a redesign of the street is being studied.",
     [("a redesign of the street", "city of Montreal", "organization")]),
    ("The Municipality of the County of Colchester said its comfort centre would remain open.",
     [("its comfort centre would remain open", "Municipality of the County of Colchester",
       "organization")]),
    ("Heavy rain closed two roads. The town of Truro said crews would work through the night.",
     [("crews would work through the night", "town of Truro", "organization")]),
    ("Flooding closed roads in Colchester County. The county said its comfort centre would "
     "remain open until Wednesday.",
     [("its comfort centre would remain open", "county", "organization")]),
    # Guards: "the province" was its phrase before and stays; a person or the people of a
    # place are no body.
    ("Premier Tim Houston toured the damage. The province said it would open its disaster "
     "assistance program.",
     [("it would open its disaster", "province", "organization")]),
    ("The mayor of Montreal said the work would finish in May.",
     [("the work would finish in May", "mayor of Montreal", "person")]),
    ("The people of Montreal said they were tired of the construction.",
     [("they were tired of the construction", "people of Montreal", "group")]),
])
def test_a_body_of_a_place_is_its_phrase(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``the city of Montreal said``: the city's government speaks, named as written."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Advance voting begins Saturday. Elections BC said in a release that voters can cast a "
     "ballot at any advance voting location in the province.",
     [("that voters can cast a ballot", "Elections BC", "organization")]),
    ("Advance voting begins Saturday. Elections Ontario said in a release that voters can "
     "cast a ballot at any advance voting location.",
     [("that voters can cast a ballot", "Elections Ontario", "organization")]),
    # Guard: an honorific before a name is no body's purpose.
    ("Mr Dolan said the charity had asked the Minister to act before the winter.",
     [("the charity had asked the Minister", "Mr Dolan", "person")]),
])
def test_a_body_named_by_its_purpose_and_province(pipeline: Pipeline, body: str,
                                                   expected: list[Expected]) -> None:
    """``Elections BC said``: the body as written, not the place ``BC`` or nobody."""
    check(pipeline, body, expected)
