"""Names the model labelled wrongly or not at all, as speakers, with the real spaCy model."""

from __future__ import annotations

from pathlib import Path

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of


def _speakers(pipeline: Pipeline, body: str, quote: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.speaker_kind) for q in quotes_of(pipeline, body) if quote in q.text]


@pytest.mark.parametrize(("body", "quote", "speaker", "kind"), [
    ("Pew Research Center surveyed people on Monday. So, who was the best? Pew notes that the "
     "surveys they studied aren’t monolithic.", "surveys they studied", "Pew Research Center",
     "organization"),
    ("Pew Research Center surveyed people on Monday. So, who was the best? Democrats said "
     "that the surveys they studied aren’t monolithic.", "surveys they studied", "Democrats",
     "group"),
])
def test_a_word_tagged_common_opening_an_organisation(pipeline: Pipeline, body: str,
                                                      quote: str, speaker: str,
                                                      kind: str) -> None:
    """A capitalised word tagged a common noun is the one organisation its name opens."""
    assert _speakers(pipeline, body, quote) == [(speaker, kind)]


PROBE = Path(__file__).parent / "probe" / "articles"


def _probe_body(name: str) -> str:
    """The body of a probe article: what follows its title line."""
    return (PROBE / name).read_text(encoding="utf-8").split("\n\n", 1)[1]


@pytest.mark.parametrize(("article", "quote", "speaker", "kind"), [
    # The model labels no entity in "Jean-François Lavoie" there.
    ("09-quebec-teachers.txt", "walked off the job", "Jean-François Lavoie", "person"),
    # The model misses "Resident Owen MacLean" and calls the later "MacLean" an organisation.
    ("12-mayor-police-budget.txt", "string of break-ins", "Owen MacLean", "person"),
    ("12-mayor-police-budget.txt", "I don't care what it costs", "Owen MacLean", "person"),
    ("12-mayor-police-budget.txt", "it expects to respond", "Department of Justice",
     "organization"),
])
def test_a_name_the_model_missed(pipeline: Pipeline, article: str, quote: str, speaker: str,
                                 kind: str) -> None:
    """Proper nouns heading a subject with no entity are a person, a hyphenated first name
    whole; a full name the model missed makes its surname, typed an organisation, a person."""
    assert _speakers(pipeline, _probe_body(article), quote) == [(speaker, kind)]


@pytest.mark.parametrize(("body", "quote", "speaker", "kind"), [
    ("Health workers in the province could strike Friday. SEIU said talks had stalled. "
     "\"We are ready,\" he said.", "talks had stalled", "SEIU", "organization"),
    ("Health workers in the province could strike Friday. SEIU said talks had stalled. "
     "\"We are ready,\" he said.", "We are ready", None, "unknown"),
    ("Postal workers could strike Friday. CUPW said talks had stalled. \"We are ready,\" it "
     "said.", "We are ready", "CUPW", "organization"),
])
def test_an_acronym_the_model_left_unlabelled(pipeline: Pipeline, body: str, quote: str,
                                              speaker: str | None, kind: str) -> None:
    """One word of capitals the model labels nothing is an organisation, never a ``he``."""
    assert _speakers(pipeline, body, quote) == [(speaker, kind)]


@pytest.mark.parametrize(("body", "quote", "speaker", "kind"), [
    ("Two wards will close this winter. South Riding Teaching Hospitals NHS Trust confirmed "
     "that a 20-bed ward at St Anne’s hospital would shut from January.", "20-bed ward",
     "South Riding Teaching Hospitals NHS Trust", "organization"),
    ("Beds are short this winter. The trust said staff would be moved.", "staff would be",
     "trust", "organization"),
])
def test_a_trust_or_charity_the_model_left_unlabelled(pipeline: Pipeline, body: str,
                                                      quote: str, speaker: str,
                                                      kind: str) -> None:
    """``Trust`` and ``Charity`` end an organisation's name, whole with its capitalised
    common nouns (``Healthcare``)."""
    assert _speakers(pipeline, body, quote) == [(speaker, kind)]


@pytest.mark.parametrize(("body", "quote", "speaker", "kind"), [
    ("Mail carriers walked out on Monday. CUPW-East said its members would stay out.",
     "its members would stay out", "CUPW-East", "organization"),
    ("Jean-Pierre Roy said the plan would fail.", "the plan would fail", "Jean-Pierre Roy",
     "person"),
])
def test_a_name_opening_with_an_acronym_and_a_hyphen(pipeline: Pipeline, body: str,
                                                     quote: str, speaker: str,
                                                     kind: str) -> None:
    """``SEIU-West said``: the whole hyphenated name, an organisation's (not ``West``, a
    person); a hyphenated first name stays a person's."""
    assert _speakers(pipeline, body, quote) == [(speaker, kind)]


@pytest.mark.parametrize(("body", "quote", "speaker"), [
    # The model labels no entity in "Mayor Renata Okafor" after the closing mark.
    ("Council voted 6-5 late Tuesday to send the proposal back to staff.\n\n\"Every month we "
     "wait, forty thousand people a day sit on a bus that goes slower than a bicycle,\" Mayor "
     "Renata Okafor said after the vote.", "Every month we wait", "Renata Okafor"),
    ("Council voted 6-5 late Tuesday to send the proposal back to staff.\n\n\"Every month we "
     "wait, forty thousand people a day sit on a bus that goes slower than a bicycle,\" Mayor "
     "Renata Okafor said after the vote. \"That is not a transit system.\"",
     "That is not a transit system", "Renata Okafor"),
])
def test_a_titled_name_the_model_missed(pipeline: Pipeline, body: str, quote: str,
                                        speaker: str) -> None:
    """A person's title before unlabelled name words heading the subject is the role, not
    part of the speaker's name."""
    assert _speakers(pipeline, body, quote) == [(speaker, "person")]
