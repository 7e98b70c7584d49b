"""Courts copy: a judge addressed ``Ms Justice``, a coroner named after the office set off
before the name, a court transcript's ``THE COURT:``, and a headline's bare title when the
story quotes two holders of it (real model; sentences
written for these tests after the shapes of courts, crime and justice tuning articles)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_resolution import Expected, check, find


@pytest.mark.parametrize(("body", "expected"), [
    # A judge's address: the name alone (the model may type the whole span ORG, as
    # tests/nlp/entities/roles/test_court_names.py pins).
    ("A Co Louth man was jailed for six years at the Central Criminal Court.\n\nSentencing "
     "him on Monday, Ms Justice Orla Ní Fhaoláin said the attack had been \"cowardly and "
     "entirely unprovoked\".",
     [("cowardly and entirely unprovoked", "Orla Ní Fhaoláin", "person")]),
    # Guard: a club's letters after a place keep the club.
    ("The league fined the club on Friday.\n\nOrlando City SC said it would appeal the "
     "decision \"as soon as the written reasons arrive\".",
     [("as soon as the written reasons arrive", "Orlando City SC", "organization")]),
])
def test_judges_by_their_court_address(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Ms Justice X``: the person, without the address; a club's ``SC`` stays the club."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # The lead's "A coroner" is the coroner named in the next paragraph, the parse hanging
    # his name on the place of the office (was the girl named in between).
    ("A coroner has said the death of a 15-year-old girl could have been prevented.\n\n"
     "Carys Maddock, from Abergavenny, died of sepsis in March.\n\nSenior coroner for "
     "Gwent and Powys, Alun Probert, recorded a narrative conclusion on Thursday.",
     [("the death of a 15-year-old girl", "Alun Probert", "person")]),
])
def test_an_office_set_off_before_a_name_is_its_title(pipeline: Pipeline, body: str,
                                                        expected: list[Expected]) -> None:
    """``A coroner has said`` in the lead: the coroner named after the office."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("title", "body", "start", "speaker"), [
    # Two coaches quoted, neither said to have said the headline's words: the lede's.
    ("Coach says star QB will play despite ankle injury",
     "BOISE, Idaho (AP) — Quarterback Tyler Brandt will start Saturday's final despite an "
     "ankle sprain, coach Ray Delgado said Monday.\n\nRival coach Jim Sorensen said he "
     "was preparing his defense to face Brandt at full strength.",
     "star QB will play", "Ray Delgado"),
    # The body says which coach said it: that one, though the lede names the other.
    ("Coach says defense must improve",
     "The Eagles beat the Hawks of coach Ray Delgado 28-3 on Saturday.\n\nEagles coach "
     "Jim Sorensen said the defense \"must improve\" before the playoffs. Delgado said his "
     "team had played poorly.",
     "defense must improve", "Jim Sorensen"),
])
def test_a_headline_title_held_twice(pipeline: Pipeline, title: str, body: str, start: str,
                                     speaker: str) -> None:
    """``Coach says ...`` over two coaches: the one the body credits, else the lede's."""
    quote = find(quotes_of(pipeline, body, title=title), start)
    assert (quote.speaker, quote.speaker_kind) == (speaker, "person")


@pytest.mark.parametrize(("body", "expected"), [
    # A court transcript's judge (was not found: a label naming nobody).
    ("U.S. District Judge Harriet Oyelowo-Banks said she would rule next month.\n\n"
     "During the hearing, the judge questioned class counsel Daniel Marchetti about the "
     "fee.\n\nTHE COURT: What fee are you asking for, in plain numbers?\n\n"
     "MR. MARCHETTI: We are asking for a quarter of the fund, Your Honor.\n\n"
     "THE COURT: So the lawyers will get more than the whole class combined.\n\n"
     "MR. MARCHETTI: The class will get every dollar the record supports.",
     [("What fee are you asking for", "Harriet Oyelowo-Banks", "person"),
      ("So the lawyers will get more", "Harriet Oyelowo-Banks", "person"),
      ("We are asking for a quarter", "Daniel Marchetti", "person")]),
])
def test_the_court_label_is_the_judge(pipeline: Pipeline, body: str,
                                      expected: list[Expected]) -> None:
    """``THE COURT:`` in a hearing's transcript: the judge named before."""
    check(pipeline, body, expected)

