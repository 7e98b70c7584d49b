"""A player's position with ``the`` (``the Finnish winger``, ``the centre-half``) is the
player named before, as sports copy writes (``quotes/positions.py``; real model, sentences
written for these tests after a tuning article's shape)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("Coach Ian Petrie praised his side. Sami Rantala, who set up the equaliser, said the "
     "winner came off the training ground. \"We practise that delivery every Friday,\" the "
     "Finnish winger said.",
     [("We practise that delivery every Friday,", "Sami Rantala", "person")]),
    ("Coach Ian Petrie praised his side. Euan Lockhart said the dressing room had been quiet "
     "at half-time. \"We knew we had to be better,\" the centre-half said.",
     [("We knew we had to be better,", "Euan Lockhart", "person")]),
    # A coach named in between is no player: the position passes over him (review40g).
    ("Sami Rantala scored twice in the first period. Coach Mike Dunn praised the power "
     "play.\n\"We practise that delivery every Friday,\" the Finnish winger said.",
     [("We practise that delivery every Friday,", "Sami Rantala", "person")]),
])
def test_a_position_is_the_player_named_before(pipeline: Pipeline, body: str,
                                               expected: list[Expected]) -> None:
    """``..., the Finnish winger said``: Sami Rantala, named just before."""
    check(pipeline, body, expected)
