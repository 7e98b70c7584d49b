"""Issue 14 (enfound40): a person named beside a proper-noun subject that is no person's name
(an office the parse headed on its last word) is the speaker (real model). The rule is
``quotes/set_off_offices.py`` since dedupe40 (enfound40's ``speakers._apposed_person`` folded
into it: the Tánaiste row is the apposition a title no role list holds).

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.speech.test_that_clauses import reported


@pytest.mark.parametrize(("body", "expected"), [
    # An office with its "of" phrase, headed on its last word: the name beside it speaks.
    ("B.C.’s Minister of Emergency Management and Climate Readiness, Devika Sorensen-Achara, "
     "said the government accepted all 41 recommendations in principle.",
     [("the government accepted all 41 recommendations in principle",
       "Devika Sorensen-Achara")]),
    # A capitalised title the model did not take for a role: the person, not the title.
    ("The Tánaiste, Siobhán Dwyer, later told reporters that the minister would meet rural "
     "TDs next week.",
     [("that the minister would meet rural TDs next week", "Siobhán Dwyer")]),
    # Guard: an organisation beside its description stays the organisation.
    ("Acme Foods, Canada’s largest bakery, said the plant would close.",
     [("the plant would close", "Acme Foods")]),
    # Guard (review40e): a person listed after a body, not set off by commas, is no
    # apposition of it.
    ("Apple, Tim Cook and Microsoft said the rules were unfair.",
     [("the rules were unfair", "Apple")]),
])
def test_the_person_beside_an_office_speaks(
        pipeline: Pipeline, body: str, expected: list[tuple[str, str | None]]) -> None:
    """``The Tánaiste, Siobhán Dwyer, told reporters``: the speaker is Siobhán Dwyer."""
    assert reported(pipeline, body) == expected
