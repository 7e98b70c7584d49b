"""An unnamed source's phrase keeps ``another``, as the fresh gold writes it (``Another
analyst``: a second unnamed source); ``some``, ``several``, ``many``, ``most`` and the
determiners still go (``lexicon_en.kept_quantifiers``; real model, sentences written for
these tests after tuning articles' shapes)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("Another analyst, who asked not to be named because his firm has a banking relationship "
     "with the company, said the political risk was real.",
     [("the political risk was real", "Another analyst", "person")]),
    # Vaguer quantifiers and a plain determiner still go.
    ("Some economists said the cut came too late.",
     [("the cut came too late", "economists", "group")]),
    ("Several economists said the cut came too late.",
     [("the cut came too late", "economists", "group")]),
    ("The economists said the cut came too late.",
     [("the cut came too late", "economists", "group")]),
])
def test_another_stays_in_the_phrase(pipeline: Pipeline, body: str,
                                     expected: list[Expected]) -> None:
    """``Another analyst said``: the speaker is ``Another analyst``, not ``analyst``;
    ``Some economists said`` stays ``economists``."""
    check(pipeline, body, expected)
