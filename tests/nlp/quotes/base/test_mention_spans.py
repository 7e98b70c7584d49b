"""The name around a proper noun the model made no entity of (orgs31): a capitalised plural
with a bare apostrophe belongs to the one-word name it owns.

Texts are written for these tests, in British and Canadian news phrasing.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("The Prison Officers' Association said the findings matched what its members had been "
     "saying for years.",
     [("the findings matched", "Prison Officers' Association", "organization")]),
    # A curly apostrophe the tagger reads as punctuation (a Canadian Press shape) owns it too.
    ("Fans gathered outside. The CFL Players’ Association said in a statement that it "
     "welcomed expansion.",
     [("that it welcomed expansion", "CFL Players’ Association", "organization")]),
    # Guards: a person's two-word name is hers, and "'s" never joins two names.
    ("The Welsh Conservatives' Annette Ruddock said the cuts would hit towns in west Wales "
     "hardest.",
     [("the cuts would hit towns", "Annette Ruddock", "person")]),
    ("Canada's Competition Bureau said the merger would raise prices for shoppers.",
     [("the merger would raise prices", "Competition Bureau", "organization")]),
])
def test_a_plurals_apostrophe_stays_in_the_name_it_owns(pipeline: Pipeline, body: str,
                                                        expected: list[Expected]) -> None:
    """``The Prison Officers' Association said`` is the association, not ``Association``."""
    check(pipeline, body, expected)
