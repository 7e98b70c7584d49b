"""Issue 14 (orgs29): a proper noun the model typed as nothing, subject of a verb of saying
and no person's name, speaks as an organisation; a lobby's name runs on over ``for`` and
the capitalised words after it (real model).

Texts are written for these tests, in British and North American charity and lobby news.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("Compass, which runs school meals in the county, said prices had risen.",
     [("prices had risen", "Compass", "organization")]),
    ("Crisis, the homelessness charity, said rough sleeping had doubled.",
     [("rough sleeping had doubled", "Crisis", "organization")]),
    ("Liberty, the civil rights group, said the law went too far.",
     [("the law went too far", "Liberty", "organization")]),
    ("Refuge, which runs shelters for women, said calls had risen by a third.",
     [("calls had risen by a third", "Refuge", "organization")]),
    ("Physicians for Social Responsibility, a group of doctors, said the plan was unsafe.",
     [("the plan was unsafe", "Physicians for Social Responsibility", "organization")]),
    # Guards: a person's name stays a person's; a name the model typed keeps its entity.
    ("Ann Lee, who runs the food bank, said demand had doubled.",
     [("demand had doubled", "Ann Lee", "person")]),
    ("Trout Unlimited said the dam had harmed the river.",
     [("the dam had harmed the river", "Trout Unlimited", "organization")]),
])
def test_an_untyped_name_saying_something(pipeline: Pipeline, body: str,
                                          expected: list[Expected]) -> None:
    """``Refuge, which runs shelters, said``: an organisation, where it was nobody."""
    check(pipeline, body, expected)
