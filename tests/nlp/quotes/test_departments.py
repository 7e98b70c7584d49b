"""Federal departments named as a list ending in ``Canada``, as speakers (real spaCy model)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of


@pytest.mark.parametrize(("body", "speaker"), [
    ("Fisheries and Oceans Canada announced Monday it would not open the fishery.",
     "Fisheries and Oceans Canada"),
    ("On Monday, Fisheries and Oceans Canada said it would not open the fishery.",
     "Fisheries and Oceans Canada"),
    ("Immigration, Refugees and Citizenship Canada said Monday it would process the files "
     "faster.", "Immigration, Refugees and Citizenship Canada"),
    ("Environment and Climate Change Canada said the heat warning would last until Friday.",
     "Environment and Climate Change Canada"),
    # Two places are two speakers, no department.
    ("Ontario and Canada said they would share the cost.", "Ontario"),
])
def test_a_department_is_its_whole_name(pipeline: Pipeline, body: str, speaker: str) -> None:
    """A run of capitalised words joined by commas and ``and`` ending in ``Canada`` is one
    department's name, whatever part of it the model called an entity."""
    found = [q.speaker for q in quotes_of(pipeline, body) if q.kind == "indirect"]
    assert found == [speaker]


@pytest.mark.parametrize(("body", "speaker"), [
    ("Environment and Climate Change Canada issued a heat warning on Monday. It said the heat "
     "would last until Friday.", "Environment and Climate Change Canada"),
    ("Fisheries and Oceans Canada closed the fishery on Monday. It said poaching had risen.",
     "Fisheries and Oceans Canada"),
])
def test_it_after_a_department_is_the_department(pipeline: Pipeline, body: str,
                                                 speaker: str) -> None:
    """``It said`` after a department names the whole department, not the model's part."""
    found = [q.speaker for q in quotes_of(pipeline, body) if q.kind == "indirect"]
    assert found == [speaker]
