"""An unnamed source's phrase keeps ``another`` (``Another analyst``: a second unnamed
source) and a vague quantifier (``Several economists``, ``Some analysts``), as the fresh
gold writes them; the determiners still go (``lexicon_en.kept_quantifiers``; real model,
sentences written for these tests after tuning articles' shapes)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("Another analyst, who asked not to be named because his firm has a banking relationship "
     "with the company, said the political risk was real.",
     [("the political risk was real", "Another analyst", "person")]),
    # A vague quantifier stays (enkinds41: was "economists", "people who ...").
    ("Some economists said the cut came too late.",
     [("the cut came too late", "Some economists", "group")]),
    ("Several economists said the cut came too late.",
     [("the cut came too late", "Several economists", "group")]),
    ("Many residents said the increase was overdue.",
     [("the increase was overdue", "Many residents", "group")]),
    ("Most economists said the cut came too late.",
     [("the cut came too late", "Most economists", "group")]),
    # A plain determiner, and "Some of" (the noun after "of" speaks), still go.
    ("The economists said the cut came too late.",
     [("the cut came too late", "economists", "group")]),
    ("Some of the protesters said the plan was a disgrace.",
     [("the plan was a disgrace", "protesters", "group")]),
])
def test_quantifiers_stay_in_the_phrase(pipeline: Pipeline, body: str,
                                        expected: list[Expected]) -> None:
    """``Another analyst said``, ``Several economists said``: the speaker keeps the word
    before its noun, not ``analyst`` or ``economists``."""
    check(pipeline, body, expected)
