"""An unnamed person no list holds and no word gives a gender (``A housekeeper at a large
resort``, ``A younger harvester``) who speaks is whom the next ``she``/``he`` stands for, not
the person named before (``quotes/speaking_ones.speaks_as_one``; real model, sentences
written for these tests after tuning articles' shapes)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("Tourism Minister Anjali Prasad-Whitcombe said arrivals had recovered. A housekeeper at "
     "a large resort on the island said the hours had grown longer. \"Sometimes I work until "
     "10 at night,\" she said.",
     [("Sometimes I work until 10 at night,", "housekeeper at a large resort on the island",
       "person")]),
    ("Union leader Gerald Hiscock said the crews would hold the line. A younger harvester said "
     "the boats were ready. \"Everyone is solid today,\" he said.",
     [("Everyone is solid today,", "younger harvester", "person")]),
    # A named person stays the antecedent when no unnamed one spoke between.
    ("Union leader Gerald Hiscock said the crews would hold the line. \"Everyone is solid "
     "today,\" he said.",
     [("Everyone is solid today,", "Gerald Hiscock", "person")]),
])
def test_an_unlisted_speaking_one_takes_the_next_pronoun(pipeline: Pipeline, body: str,
                                                         expected: list[Expected]) -> None:
    """``A younger harvester said ... "...," he said``: the harvester, not Hiscock."""
    check(pipeline, body, expected)
