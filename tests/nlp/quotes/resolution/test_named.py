"""Names as speakers, with the real spaCy model: each speaker has a kind, or there is none."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of


@pytest.mark.parametrize(("title", "body", "quote", "speaker", "kind"), [
    ("", "Encourage Open Communication: Maintain open communication with your teen about "
     "“hard” topics.", "hard", None, "unknown"),
    ("", "The Vatican said “no comment” on the plan.", "no comment", "Vatican", "organization"),
    ("", "Gallup Poll says “most voters” back the plan.", "most voters", "Gallup Poll",
     "document"),
    ("Report: ‘Half’ of Clinton’s meetings went to donors", "", "Half", "Report", "document"),
    ("The Latest: ‘We will win’ in Ohio", "", "We will win", None, "unknown"),
    ("", "OK Gov Fallin said “we will act” on the bill.", "we will act", "Gov Fallin", "person"),
])
def test_a_name_of_no_known_kind_is_no_speaker(pipeline: Pipeline, title: str, body: str,
                                               quote: str, speaker: str | None,
                                               kind: str) -> None:
    """A name gets the kind its words show (a title, ``Poll``), else no speaker at all."""
    found = [q for q in quotes_of(pipeline, body, title) if q.text == quote]
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, kind)]


@pytest.mark.parametrize(("title", "speaker", "kind"), [
    ("“We cannot let Putin win,” says Stoltenberg", "Stoltenberg", "person"),
    ("“We cannot let Putin win,” says NATO", "NATO", "organization"),
])
def test_a_lone_name_saying_a_headline_quote(pipeline: Pipeline, title: str, speaker: str,
                                             kind: str) -> None:
    """One capitalised word the model calls an organisation, saying a quote, reads as a person."""
    found = quotes_of(pipeline, "", title)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, kind)]


@pytest.mark.parametrize(("body", "speaker", "kind"), [
    ("The company faced the claims. “We follow every rule,” says Google.", "Google",
     "organization"),
    ("“We follow every rule,” Google said in a statement.", "Google", "organization"),
    ("The deal faltered after BuzzFeed reported that he was writing a book.", "BuzzFeed",
     "organization"),
])
def test_a_lone_name_saying_in_a_body_is_the_organisation(pipeline: Pipeline, body: str,
                                                           speaker: str, kind: str) -> None:
    """In a body, one word the model calls an organisation speaks as one unless read as a person."""
    found = quotes_of(pipeline, body)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, kind)]


@pytest.mark.parametrize(("body", "speaker"), [
    ("NATO returns on Tuesday, intent on repeating its vow that Ukraine will join the world’s "
     "biggest military alliance one day.\nThis week, the alliance will pledge to support "
     "Ukraine long-term.", "NATO"),
    ("Ukraine asked for help on Monday.\nThe alliance said it would send generators.",
     "alliance"),
])
def test_a_description_never_points_to_a_country(pipeline: Pipeline, body: str,
                                                 speaker: str) -> None:
    """``the alliance`` is the organisation named before it, never a country made one."""
    found = [q for q in quotes_of(pipeline, body) if q.speaker_mention
             and q.speaker_mention.text.lower() == "the alliance"]
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(("body", "speaker", "kind"), [
    ("Joburg Water says outages affecting 40 suburbs will last until Friday.",
     "Joburg Water", "organization"),
    ("Dublin Bus said services would resume on Monday morning.", "Dublin Bus", "organization"),
    ("Surrey RCMP said a man was arrested Tuesday after a crash on Highway 1.", "Surrey RCMP",
     "organization"),
    ("Anne Graham said passenger numbers had recovered.", "Anne Graham", "person"),
])
def test_a_utility_the_model_calls_a_person(pipeline: Pipeline, body: str, speaker: str,
                                            kind: str) -> None:
    """A name ending in a utility's word (``Water``, ``Bus``) or an acronym (``RCMP``) speaks
    as an organisation."""
    found = quotes_of(pipeline, body)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, kind)]


@pytest.mark.parametrize(("body", "speaker"), [
    ("Fox News’ Sean Hannity said the governor had no path to the nomination.", "Sean Hannity"),
    ("Fox News’ Sean Hannity interviewed the governor on Monday. “Is that your only path?” "
     "Hannity asked.", "Sean Hannity"),
])
def test_a_person_run_into_the_employer_name(pipeline: Pipeline, body: str,
                                             speaker: str) -> None:
    """``Fox News’ Sean Hannity``, one entity, is the person after the possessive."""
    found = quotes_of(pipeline, body)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, "person")]
