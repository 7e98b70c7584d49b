"""Transcripts with speaker labels: each labelled paragraph is its person's words (real model).

Texts are written for these tests.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.base.textmap import TextMap
from newswire.nlp.quotes.layouts.transcripts import labelled_turns
from newswire.nlp.quotes.lexicon_en import ENGLISH
from tests.nlp.quotes.test_extract import quotes_of

_HEARING = (
    "Mayor Ana Escobedo and Councilwoman Rosa Diaz took questions from residents at City Hall "
    "on Tuesday as the storm approached.\n\n"
    "MAYOR ESCOBEDO: We are ready for the storm. Everyone should stay inside tonight.\n\n"
    "COUNCILWOMAN DIAZ: I agree with the mayor. The shelters on Elm Street are open.\n\n"
    "RESIDENT: What about the buses?\n\n"
    "MAYOR ESCOBEDO: The buses will run until eight o'clock.")
_BROADCAST = (
    "Health Minister Priya Raman spoke to host Daniel Okafor on Sunday about the hospital "
    "strike.\n\n"
    "OKAFOR: Will the government meet the nurses' demands?\n\n"
    "RAMAN: We have made a fair offer, and we will keep talking.")
# A news conference whose labels name the speakers in full, named nowhere else; a later
# surname label is the same person; a label of a place is no one.
_BRIEFING = (
    "City and company officials held a news conference on Tuesday after the refinery fire.\n\n"
    "MAYOR DIANE ESCOBEDO: Good evening. I want to start with the two workers. Their "
    "families have asked for privacy, and we are going to respect that.\n\n"
    "FIRE MARSHAL ROY CADENA: Thank you, Mayor. The fire is contained.\n\n"
    "REPORTER: Was anyone else hurt?\n\n"
    "CADENA: Three firefighters were checked for heat exhaustion and released.")
_HOST = ("Gisborne mayor Aroha Kemp spoke to Morning Report from the emergency centre.\n\n"
         "Ingrid Hale: How bad is it?\n\n"
         "Aroha Kemp: It's bad. People are tired after three floods.")
_STATES = ("The candidates campaigned in two states on Monday.\n\n"
           "WEST VIRGINIA: Voters here say they want jobs back.\n\n"
           "NORTH CAROLINA: Voters here say they want lower taxes.")

# One turn of three words beside a short reply (``Yes, we will.``) is no transcript: two turns
# of three words or more are needed, as the module says.
_SHORT_REPLY = (
    "Health Minister Priya Raman spoke to host Daniel Okafor on Sunday about the hospital "
    "strike.\n\n"
    "OKAFOR: Will the government meet the nurses' demands?\n\n"
    "RAMAN: Yes, we will.")
# One label-shaped line is no transcript.
_ONE_LABEL = ("Mayor Ana Escobedo spoke at City Hall on Tuesday.\n\n"
              "Escobedo: the mayor who rebuilt the harbour.")
# Labels that name nobody in the article (a note, an update) are not turns.
_NOTES = ("Update: This story has been corrected.\n\nThe council met on Monday. Ana Escobedo, "
          "the mayor, spoke at length.\n\nNote: Escobedo is running for re-election.")


@pytest.mark.parametrize(("body", "expected"), [
    (_HEARING, [("We are ready for the storm. Everyone should stay inside tonight.",
                 "Ana Escobedo"),
                ("I agree with the mayor. The shelters on Elm Street are open.", "Rosa Diaz"),
                ("The buses will run until eight o'clock.", "Ana Escobedo")]),
    (_BROADCAST, [("Will the government meet the nurses' demands?", "Daniel Okafor"),
                  ("We have made a fair offer, and we will keep talking.", "Priya Raman")]),
    (_SHORT_REPLY, []),
    (_BRIEFING, [("Good evening. I want to start with the two workers. Their families have "
                  "asked for privacy, and we are going to respect that.", "Diane Escobedo"),
                 ("Thank you, Mayor. The fire is contained.", "Roy Cadena"),
                 ("Was anyone else hurt?", "a reporter"),
                 ("Three firefighters were checked for heat exhaustion and released.",
                  "Roy Cadena")]),
    (_HOST, [("How bad is it?", "Ingrid Hale"),
             ("It's bad. People are tired after three floods.", "Aroha Kemp")]),
    (_STATES, []),
    (_ONE_LABEL, []),
    (_NOTES, []),
])
def test_labelled_turns_are_their_speakers(pipeline: Pipeline, body: str,
                                           expected: list[tuple[str, str]]) -> None:
    """A paragraph after a label naming the article's person is that person's direct quote."""
    turns = [(q.text, q.speaker) for q in quotes_of(pipeline, body)
             if q.kind == "direct" and q.cue is not None and q.cue.text.endswith(":")]
    assert turns == expected


_HEADINGS = (
    "Three former candidates left ideas behind: Jeb Bush, Bernie Sanders and Marco Rubio.\n\n"
    "Jeb Bush: Student loans. Some big ideas do come to pass, and this one might.\n\n"
    "Mr. Bush proposed a line of credit for every student.\n\n"
    "Bernie Sanders: Credit scores. On his campaign website, Mr. Sanders calls for reform.")
_TALLY = ("Hillary Clinton and Bernie Sanders split the states on Tuesday.\n\n"
          "Hillary Clinton: 1,769.\n\nBernie Sanders: 1,501.")


@pytest.mark.parametrize("body", [_HEADINGS, _TALLY])
def test_headings_and_tallies_are_no_turns(pipeline: Pipeline, body: str) -> None:
    """Name labels far apart (headings) or before a figure (a tally) are no transcript."""
    assert not [q for q in quotes_of(pipeline, body)
                if q.cue is not None and q.cue.text.endswith(":")]


_EXPLAINER = (
    "Joe Biden and Donald Trump disagree on taxes, trade and immigration.\n\n"
    "Biden: Wants to raise taxes on people earning more than $400,000 a year.\n\n"
    "Trump: Wants to extend the tax cuts he signed in 2017.\n\n"
    "Biden: Would rejoin trade talks with allies in Asia.\n\n"
    "Trump: Promises new tariffs on imports from China.")
_RESULTS = ("Hillary Clinton and Bernie Sanders split the states on Tuesday.\n\n"
            "Clinton: won Ohio, Florida and North Carolina.\n\n"
            "Sanders: won Michigan and Vermont easily.")
_TABLE = ("Hillary Clinton and Bernie Sanders split the states on Tuesday.\n\n"
          "Clinton: 547 delegates, 52 percent of the vote\n\n"
          "Sanders: 320 delegates, 45 percent of the vote")
_CAPITALS = ("Hillary Clinton and Bernie Sanders campaigned in Ohio.\n\n"
             "CLINTON: WON THE STATE BY TEN POINTS\n\n"
             "SANDERS: LOST THE STATE BUT KEPT DELEGATES")
# Answers to a labelled question may open with a fragment; the next sentence speaks.
_ANSWERS = (
    "I spoke with Priya Raman, who runs the relief effort for an aid group.\n\n"
    "Host: Is aid getting through?\n\n"
    "Raman: Some roads, yes. But many villages are three hours' walk from the road.\n\n"
    "Host: What do people need most?\n\n"
    "Raman: Warm clothes, blankets and tents. And I would say medical care too.")
# Not after a line that asks nothing: an explainer entry stays no turn.
_ENTRIES = (
    "Joe Biden and Donald Trump disagree on taxes.\n\n"
    "Biden: Higher taxes on top earners. He wants to raise them on people earning more.\n\n"
    "Trump: Lower taxes for every family. He wants to extend the cuts he signed.")
_SPEECH = (
    "Mayor Ana Escobedo and Councilman Ravi Raman met residents on Tuesday.\n\n"
    "MAYOR ESCOBEDO: We have asked every resident to leave before dark.\n\n"
    "RAMAN: I think the board acted too late.")


@pytest.mark.parametrize(("body", "expected"), [
    (_EXPLAINER, []),
    (_RESULTS, []),
    (_TABLE, []),
    (_CAPITALS, []),
    (_ANSWERS, [("Some roads, yes. But many villages are three hours' walk from the road.",
                 "Priya Raman"),
                ("Warm clothes, blankets and tents. And I would say medical care too.",
                 "Priya Raman")]),
    (_ENTRIES, []),
    (_SPEECH, [("We have asked every resident to leave before dark.", "Ana Escobedo"),
               ("I think the board acted too late.", "Ravi Raman")]),
])
def test_only_turns_that_read_as_speech(pipeline: Pipeline, body: str,
                                        expected: list[tuple[str, str]]) -> None:
    """A labelled line is a turn only when it reads as speech, not a list entry or result."""
    turns = [(q.text, q.speaker) for q in quotes_of(pipeline, body)
             if q.kind == "direct" and q.cue is not None and q.cue.text.endswith(":")]
    assert turns == expected


def test_a_label_naming_the_article_s_person_is_never_the_outlet_s(pipeline: Pipeline) -> None:
    """A surname label of the article's person is her turn even when the outlet rule would
    claim the label (a name the model left untyped): the person is asked first."""
    doc = pipeline.nlp(_BROADCAST)
    people = {"Okafor": "Daniel Okafor", "Raman": "Priya Raman"}
    turns = labelled_turns(TextMap(doc, [], ENGLISH), lambda s: people.get(s.capitalize()),
                           outlet=lambda label: "Newsroom")  # a unit stub claiming every label
    assert [t.speaker_name for t in turns] == ["Daniel Okafor", "Priya Raman"]
