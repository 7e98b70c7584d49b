"""A chamber of commerce speaks as an organisation (real model): ``the local chamber of
commerce said``, ``The Santa Cruz chamber of commerce said`` had no speaker, and ``the
chamber`` is the one named with ``Chamber`` in its name, never the company named before it.

Texts are written for these tests, in the phrasing of local business and wire copy.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check

_COMPANY = ("Borealis Telecom Inc. said on Monday it would close its Moncton call centre, "
            "cutting 400 jobs.\n\n")


@pytest.mark.parametrize(("body", "expected"), [
    # An unnamed chamber in lower case: its own phrase, not the company named before.
    (_COMPANY + "In Moncton, the local chamber of commerce said in a post on Facebook that "
     "the closing was \"a blow to a region that bet on the sector.\"",
     [("a blow to a region", "local chamber of commerce", "organization")]),
    ("In the eastern lowlands, business leaders have campaigned for an end to currency "
     "controls. The Santa Cruz chamber of commerce said in a statement that the country "
     "could \"not survive another year\" of the current regime.",
     [("not survive another year", "Santa Cruz chamber of commerce", "organization")]),
    # ``the chamber`` after a named chamber: that one.
    (_COMPANY + "The Halifax Chamber of Commerce wrote to the premier on Tuesday. "
     "The chamber said the closure was \"a blow to the whole region\".",
     [("a blow to the whole region", "Halifax Chamber of Commerce", "organization")]),
])
def test_a_chamber_of_commerce_speaks(pipeline: Pipeline, body: str,
                                      expected: list[Expected]) -> None:
    """A chamber of commerce, named or not, is the organisation that says the words."""
    check(pipeline, body, expected)
