"""Echoing and addressing as speech of a topic, a case made and thoughts
offered as speech, nouns of saying with their holder, and the bench's gold list of saying
that counts them.

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

from types import ModuleType

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.conftest import bench_module
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_topics import Row, indirect_of


@pytest.mark.parametrize(("body", "expected"), [
    ("Senator Ann Lee echoed the governor's call for a ban on assault weapons.",
     [("the governor's call for a ban on assault weapons", "speech", "Ann Lee")]),
    ("Ann Lee addressed the growing gap between rich and poor voters.",
     [("the growing gap between rich and poor voters", "speech", "Ann Lee")]),
    ("The Lee campaign asked for a recount in three counties.",
     [("a recount in three counties", "speech", "Lee campaign")]),
    # An audience addressed is who was spoken to, not what was said.
    ("Ann Lee addressed the crowd in Des Moines on Friday.", []),
    ("Ann Lee addressed supporters at the state fair.", []),
    # Denied speech is nothing said (the guards of speech).
    ("Ann Lee did not address the lawsuit against the city.", []),
])
def test_echo_and_address(pipeline: Pipeline, body: str, expected: list[Row]) -> None:
    """What is echoed, addressed or asked for is speech of the subject; an audience is not."""
    assert indirect_of(quotes_of(pipeline, body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Ann Lee made the case that the state cannot afford a new stadium.",
     [("that the state cannot afford a new stadium", "speech", "Ann Lee")]),
    ("Ann Lee offered her thoughts on the new trade agreement with Mexico.",
     [("the new trade agreement with Mexico", "speech", "Ann Lee")]),
    ("Ann Lee offered her assessment of the new budget.",
     [("the new budget", "speech", "Ann Lee")]),
    # When it was said is not what was said.
    ("Ann Lee made a speech on Friday.", []),
    ("Ann Lee made a speech on Friday about the economy.",
     [("the economy", "speech", "Ann Lee")]),
    # A decision made is no saying.
    ("Ann Lee made the decision that the state cannot afford a new stadium.", []),
])
def test_case_and_thoughts(pipeline: Pipeline, body: str, expected: list[Row]) -> None:
    """A case made, thoughts or an assessment offered name speech; what it is about is said."""
    assert indirect_of(quotes_of(pipeline, body)) == expected


@pytest.fixture(scope="module")
def gold() -> ModuleType:
    """The benchmark's scoring module, imported as the script imports it."""
    return bench_module("quotes_gold")


@pytest.mark.parametrize(("cue_lemmas", "speech", "speech_before"), [
    (["echo"], True, False),
    (["address"], True, False),
    (["refer"], True, False),
    (["make", "the", "case"], True, False),
    (["offer", "his", "thought", "on"], True, False),
    (["weigh", "in", "on"], True, False),
    (["weigh"], False, False),
    (["make", "the", "decision"], False, False),
    (["say"], True, True),
    (["remind"], True, True),
    (["his", "insistence"], True, False),
    (["hope"], False, False),
])
def test_gold_speech(gold: ModuleType, cue_lemmas: list[str], speech: bool,
                     speech_before: bool) -> None:
    """A gold cue is speech by its lemmas: words and verb-noun phrases of saying."""
    text = " ".join(cue_lemmas) + " that the plan works"
    lemmas, at = [], 0
    for lemma in cue_lemmas:
        lemmas.append((at, at + len(lemma), lemma))
        at += len(lemma) + 1
    cue_end = at - 1
    spans = ([(cue_end + 1, len(text))], [(0, cue_end)])
    assert gold._is_speech(text, spans, lemmas) is speech
    assert gold._is_speech(text, spans, lemmas, before=True) is speech_before


@pytest.mark.parametrize(("body", "expected"), [
    ("Trump's claim that Mexico will pay for the wall drew laughter.",
     [("that Mexico will pay for the wall", "speech", "Trump")]),
    ("Sanders' promise to break up the banks won him young voters.",
     [("to break up the banks", "speech", "Sanders")]),
    ("The allegation by Ann Lee that the count was rigged was never proved.",
     [("that the count was rigged", "speech", "Ann Lee")]),
    # Nobody's claim: no holder, nothing attributed.
    ("The claim that Mexico will pay for the wall drew laughter.", []),
])
def test_nouns_of_saying(pipeline: Pipeline, body: str, expected: list[Row]) -> None:
    """A noun of saying with a possessive or ``by`` holder: its clause is the holder's speech."""
    assert indirect_of(quotes_of(pipeline, body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Trump's proposal to ban Muslims from entering the country drew criticism.",
     [("to ban Muslims from entering the country", "stance", "Trump")]),
    ("Lee's embrace of the tax plan surprised donors.", [("the tax plan", "stance", "Lee")]),
    ("The proposal to ban plastic bags failed.", []),
])
def test_proposal_and_embrace(pipeline: Pipeline, body: str, expected: list[Row]) -> None:
    """A proposal or an embrace held by a possessive is its holder's stance."""
    assert indirect_of(quotes_of(pipeline, body)) == expected
