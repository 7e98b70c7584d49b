"""A body's name set off by commas after its description is the speaker: ``The union
representing transit operators, Amalgamated Transit Union Local 1505, said``, and a union
local keeps its number (:mod:`newswire.nlp.quotes.named_bodies`,
``entities.names.trim``; real model, sentences written for these tests after tuning
articles' shapes)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # The parse hangs the name on "operators"; it is the union's (was the phrase).
    ("Drivers have complained for months.\n\nThe union representing transit operators, "
     "Amalgamated Transit Union Local 1505, welcomed the new buses but said the city also "
     "needed to hire more drivers.",
     [("the city also needed", "Amalgamated Transit Union Local 1505", "organization")]),
    # The name after an "of" phrase with a relative clause (was the phrase).
    ("Voting ended on Saturday.\n\nMeanwhile, a coalition of civil society groups that "
     "observed the election, the Ondo Election Situation Room, said in its report that the "
     "overall process was largely peaceful.",
     [("that the overall process was largely peaceful", "Ondo Election Situation Room",
       "organization")]),
    # A union local keeps its number (was "Unifor Local").
    ("More than 1,100 workers walked off the job on Saturday. Their union, Unifor Local "
     "2289, said they were prepared to stay out as long as it takes.",
     [("they were prepared to stay out", "Unifor Local 2289", "organization")]),
    # Guard: people's noun before an organisation's name stays the people's (appositions).
    ("The case was heard on Monday.\n\nLawyers for the builder, Harbour Homes Ltd, argued "
     "that the contract had expired.",
     [("that the contract had expired", "Lawyers for the builder", "group")]),
])
def test_a_bodys_name_set_off_after_it(pipeline: Pipeline, body: str,
                                       expected: list[Expected]) -> None:
    """The organisation's name, not ``union representing transit operators``."""
    check(pipeline, body, expected)
