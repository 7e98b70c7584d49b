"""Issue 14: a person's ``who`` clause keeps that person as salient as a subject, so the next
sentence's ``she said`` is them, not a place the clause names that the model read as a person
(real model; texts written for these tests after tuning articles' shapes)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of, speaker_starting


@pytest.mark.parametrize(("body", "start", "expected"), [
    # The clause names a place the model reads as a person.
    ("Tourism officials expect a record season.\n\n"
     "One of those young people is Reem Al-Enezi, 24, who works as a heritage guide at the "
     "Hegra archaeological site. She said she had studied archaeology in Riyadh.",
     "she had studied archaeology", "Reem Al-Enezi"),
    # A description's "who": the teenager, whom the article named before (a guard: base38
    # reads it right too; the Hegra row is the one the rule turns).
    ("Then Mateo Quintal, a 17-year-old, drove the ball into the bottom corner.\n\n"
     "The teenager, who grew up in nearby Chilliwack and signed his first contract in March, "
     'said he had scored the same kind of goal "about a thousand times" in the backyard.\n\n'
     '"Never in front of this many people," he said, laughing.',
     "Never in front of this many people", "Mateo Quintal"),
    # A "who" about an organisation adds no one: the named premier speaks on (a guard).
    ("Premier Ann Holt spoke on Monday.\n\n"
     "The company, who makes parts for Ford, said it would close the plant.\n\n"
     '"This is a sad day," she said.',
     "This is a sad day", "Ann Holt"),
    # The main clause's subject still comes first.
    ("Premier Ann Holt praised Mayor Tom Reyes, who had asked for the funding.\n\n"
     '"This is a good day," she said.',
     "This is a good day", "Ann Holt"),
])
def test_a_persons_who_keeps_them_salient(pipeline: Pipeline, body: str, start: str,
                                          expected: str) -> None:
    """``Name, 24, who works at the Hegra site. She said`` is Name, not Hegra."""
    assert speaker_starting(quotes_of(pipeline, body), start) == expected
