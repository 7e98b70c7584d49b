"""Issue 14 (enkinds37): a headline's second verb of saying, after a comma, shares the first
verb's subject (``Kâpiskaw Cree Nation declares state of emergency ..., says Ottawa's help
'stuck in a queue'``), not the noun just before the comma; an inverted ``“...,” says X``
keeps its own speaker (real model).

Texts are written for these tests, paraphrasing Canadian headlines.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_resolution import Expected, find


@pytest.mark.parametrize(("title", "expected"), [
    ("Kâpiskaw Cree Nation declares state of emergency over youth suicides, says Ottawa's "
     "help 'stuck in a queue'",
     [("stuck in a queue", "Kâpiskaw Cree Nation", "organization")]),
    ("Council approves budget, says the plan 'will not raise rates'",
     [("will not raise rates", "Council", "organization")]),
    # Guard: the quote before the comma is what is said; the name after it speaks.
    ("'Prices will rise this winter,' says Harbourline Energy",
     [("Prices will rise", "Harbourline Energy", "organization")]),
])
def test_a_headlines_second_verb_shares_the_first_verbs_subject(
        pipeline: Pipeline, title: str, expected: list[Expected]) -> None:
    """``X declares ..., says Ottawa's help 'stuck in a queue'``: X speaks."""
    quotes = quotes_of(pipeline, "The story follows.", title)
    for start, speaker, kind in expected:
        quote = find(quotes, start)
        assert (quote.speaker, quote.speaker_kind) == (speaker, kind), quote
