"""Issue 14 (enkinds37): an organisation's name that is a list of proper nouns
(``The Shooters, Fishers and Farmers Party``) is one organisation, not a subject that names
no one; a list with another word in it stays several subjects (real model).

Texts are written for these tests, paraphrasing Australian and New Zealand reporting.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # The model keeps only "Farmers Party" as an entity; the list is the party's name.
    ("The Shooters, Fishers and Farmers Party has also signalled it will oppose the bill "
     "unless flood-prone land is excluded.",
     [("it will oppose the bill", "Shooters, Fishers and Farmers Party", "organization")]),
    ("The Rail, Tram and Bus Union said it would strike on Friday.",
     [("it would strike on Friday", "Rail, Tram and Bus Union",
       "organization")]),
    # Guard: a person and a party are two subjects; the first still speaks.
    ("Smith and the Labour Party said they would oppose the bill.",
     [("they would oppose the bill", "Smith", "person")]),
])
def test_a_list_of_proper_nouns_ending_in_an_organisation_noun_is_one_organisation(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``The Shooters, Fishers and Farmers Party has signalled``: the party speaks."""
    check(pipeline, body, expected)
