"""A partial quote with no cue, in a clause under the one naming its speaker (real model).

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # The quote's own clause is about the scout leaders: the pastor who implied it speaks.
    ("Pastor Kevin Swanson attacked the Girl Scouts on his radio show.\nHe then implied that "
     "scout leaders should be put to death, specifically by having “a millstone be hanged” "
     "around their necks and “drowned at the bottom of the sea,” for their actions.",
     [("drowned at the bottom", "Kevin Swanson", "person")]),
    # "that" heads the quote's clause; the subject of the main clause spoke.
    ("Bernie Sanders campaigned in Cincinnati on Monday.\nIn an address that spoke to "
     "the “frustration, the fear, the anxiety and, yes, the anger” over the economy, Sanders "
     "struck many of the same notes as Elizabeth Warren.",
     [("frustration, the fear", "Sanders", "person")]),
    # The subject of the quote's own verb names someone: it stays the speaker.
    ("Melissa Moore joined the president at the White House.\nMoore thanked him for “stepping "
     "up and taking action when Congress won’t.”",
     [("stepping up", "Melissa Moore", "person")]),
])
def test_partial_quote_takes_outer_speaker(pipeline: Pipeline, body: str,
                                           expected: list[Expected]) -> None:
    """A partial quote whose clause's subject names nobody belongs to the subject above it."""
    check(pipeline, body, expected)
