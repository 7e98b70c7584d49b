"""Issue 14 (orgs35): the said words of one clause outside the partial quote it holds are
reported speech of their own, with the same speaker, when they are four words or more with a
subject and an organisation, a document or a group speaks (real model).

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of


@pytest.mark.parametrize(("body", "expected"), [
    ("Toronto police said in a statement that the force would increase patrols in the area "
     "\"in the coming days\".",
     [("that the force would increase patrols in the area", "Toronto police"),
      ("in the coming days", "Toronto police")]),
    ("The agency said in a statement that it had opened a review of the contract \"as a "
     "matter of urgency\".",
     [("that it had opened a review of the contract", "agency"),
      ("as a matter of urgency", "agency")]),
    # Guard: a person's words around a partial quote stay one partial quote.
    ("Councillor Maria Lund said that the force would increase patrols in the area \"in the "
     "coming days\".",
     [("in the coming days", "Maria Lund")]),
    # Guard: three words beside the quotation are no statement of their own.
    ("Councillor Maria Lund said the plan was \"a disaster\" for the town.",
     [("a disaster", "Maria Lund")]),
])
def test_said_words_beside_a_partial_quote_are_reported(
        pipeline: Pipeline, body: str, expected: list[tuple[str, str]]) -> None:
    """``said that the force would increase patrols "in the coming days"``: two quotes."""
    assert [(q.text, q.speaker) for q in quotes_of(pipeline, body)] == expected
