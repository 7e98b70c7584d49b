"""Federal departments named as a list ending in ``Canada``, as speakers (real spaCy model)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.bodies.departments import department_name
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


@pytest.mark.parametrize(("text", "word", "department"), [
    ("Fisheries and Oceans Canada said Monday it would act.", "Fisheries",
     "Fisheries and Oceans Canada"),
    ("Canada said Fisheries would act. Oceans and Parks spoke.", "Fisheries", None),
    ("The Department for Culture, Media and Sport said it would act.", "Media",
     "Department for Culture, Media and Sport"),
    ("Culture, Media and Sport said it would act. The Department agreed.", "Media", None),
    ("", None, None),
])
def test_department_words_are_read_once_with_the_same_verdicts(
        pipeline: Pipeline, text: str, word: str | None, department: str | None) -> None:
    """A word's department is found as the sentence walk finds it, asked twice of one doc
    (the second answer comes from the words read once): no ``Canada`` after the word nor
    body noun before it, no department."""
    doc = pipeline.nlp(text)
    first = [department_name(t) for t in doc]
    again = [department_name(t) for t in doc]
    texts = [found.text if found is not None else None for found in first]
    assert texts == [found.text if found is not None else None for found in again]
    if word is not None:
        assert texts[next(t.i for t in doc if t.text == word)] == department
