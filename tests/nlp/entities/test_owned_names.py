"""A person named after an owner's possessive ("Labour’s Niall Corrigan") is named without
it: no name holds a possessive inside (``entities/model_spans``; real model, sentences
written for these tests)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.entities.test_towns import Named, named


@pytest.mark.parametrize(("body", "expected", "absent"), [
    # The model takes the party into the person's name.
    ("Speaking in the Dáil, Labour’s Niall Corrigan TD said the department had known for "
     "years that demand was rising.",
     {("Niall Corrigan", "PERSON")}, {("Labour’s Niall Corrigan", "PERSON")}),
    # The model reads the economist and his firm as one organisation.
    ("Moody's Mark Zandi said growth would slow.", {("Mark Zandi", "PERSON")},
     {("Moody's Mark Zandi", "ORG")}),
    # An organisation's own possessive stays: no person's name follows it.
    ("The Court of King's Bench ruled on Friday.", {("Court of King's Bench", "ORG")}, set()),
])
def test_an_owners_possessive_is_no_part_of_a_persons_name(
        pipeline: Pipeline, body: str, expected: Named, absent: Named) -> None:
    """"Labour’s Niall Corrigan": the person is Niall Corrigan."""
    found = named(pipeline, body)
    assert expected <= found, found
    assert not absent & found
