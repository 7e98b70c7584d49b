"""US local and state offices before a name (real model): ``County Clerk``, ``Assemblymember``
are titles, never part of the person's name or the quotes' speaker.

Texts are written for these tests, in US statehouse and city hall phrasing.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # The model takes "Clerk" into the name: "Clerk Brian Vosburg".
    ("City Clerk Janet Olsen said turnout was \"the highest in twenty years.\"",
     [("the highest in twenty years", "Janet Olsen", "person")]),
    ("Assemblymember Rosa Tran said the measure was \"long overdue for tenants.\"",
     [("long overdue for tenants", "Rosa Tran", "person")]),
    # Guard: an office the stage already read stays right.
    ("Comptroller Daniel Reyes said the fund \"cannot cover the shortfall this year.\"",
     [("cannot cover the shortfall", "Daniel Reyes", "person")]),
])
def test_a_us_office_before_a_name_is_no_part_of_it(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Ottawa County Clerk Brian Vosburg said`` is Brian Vosburg."""
    check(pipeline, body, expected)
