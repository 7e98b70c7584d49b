"""The outlets that interviewed someone are found from the parse read as arrays, as the
per-word walk found them (real model).  Texts are written for these tests."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.base.textmap import TextMap
from newswire.nlp.quotes.layouts.outlet_labels import _unlabelled_proper_subjects, outlet_asker
from newswire.nlp.quotes.lexicon_en import ENGLISH
from tests.nlp.quotes.test_extract import quotes_of


@pytest.mark.parametrize(("text", "label", "expected"), [
    ("Votebeat spoke with Halvorsen about the spring. Halvorsen said it was bad.",
     "Votebeat", "Votebeat"),
    ("Votebeat spoke with Halvorsen. Reuters talked to her too, and Ottawa agreed.",
     "Reuters", "Reuters"),
    # a name of several words, with or without its ``The``
    ("STV News spoke to the Justice Secretary on Thursday.", "STV News", "STV News"),
    ("The Enterprise Review spoke to Dr Walsh.", "The Enterprise Review",
     "The Enterprise Review"),
    ("Josephine Halvorsen spoke with the board.", "Halvorsen", None),  # a person's name
    ("Votebeat reported the count on Monday.", "Votebeat", None),  # nobody interviewed
    ("", "Votebeat", None),
])
def test_outlet_subjects_are_the_per_word_walk_s(pipeline: Pipeline, text: str, label: str,
                                                  expected: str | None) -> None:
    """The proper-noun subjects read as one array are, in order, the words the per-word
    tests (``nsubj``, ``PROPN``, no person's label) keep; a label is the asking outlet when
    such a subject interviewed someone."""
    doc = pipeline.nlp(text)
    walked = [t.i for t in doc if t.dep_ == "nsubj" and t.pos_ == "PROPN"
              and t.ent_type_ != "PERSON"]
    assert _unlabelled_proper_subjects(doc) == walked
    assert outlet_asker(TextMap(doc, [], ENGLISH))(label) == expected


_IRISH = ("Fishermen in Killybegs say the new quota rules will close half the fleet. Skipper "
          "Donal Friel told The Irish Times that he had already laid off two crew.\n\n"
          "The Irish Times: Is the compensation scheme working for boats your size?\n\n"
          "Friel: It is not. The scheme was designed for the big pelagic boats, and we are left "
          "filling in forms.\n\nThe Irish Times: The department says uptake has been strong."
          "\n\nFriel: Strong among the people it was written for. Ask any of the small boats."
          "\n\nThe Irish Times: What would you change first?\n\nFriel: I would let us fish "
          "the days we lose to weather later in the season.")
_LETTERS = ("Tomasz Nowak, finance chief of a Leeds software maker, has cut its AI budget "
            "by a quarter, he told the FT. The following has been edited.\n\n"
            "FT: Why cut it now?\n\n"
            "Nowak: We were paying for pilots that went nowhere.\n\nFT: Tell us what "
            "changed.\n\nNowak: Every project now needs a business owner who signs "
            "for a number.\n\nFT: Did the board push back?\n\nNowak: Less than I "
            "expected. They had asked the same questions.")
# A hearing's chair asks most questions: an office, never an outlet (the answers stay the
# witness's).
_CHAIR = ("The committee heard from the chief executive, Gareth Lowry.\n\nThe Chair: Will the "
          "chief executive tell the committee why the report was late?\n\nLowry: We found "
          "errors in the figures and I was not prepared to publish them.\n\nThe Chair: When "
          "did you first learn of them?\n\nLowry: In early September, when our auditors "
          "raised them with me.")
# Letters that are the interviewer's initials are a person, never an outlet.
_INITIALS = ("Dana Harper became chief executive of a Cork bakery chain in 2023. She spoke to "
             "Anna Marie Kelly.\n\nAMK: When did you decide to sell?\n\nHarper: Last spring, when "
             "the bank called in the loan.\n\nAMK: Any regrets?\n\nHarper: Only that I did "
             "not do it sooner.")
# A Q&A after the outlet that spoke to the guest: its ``Q:`` questions are the outlet's.
_QA = ("Eluned Parry has led the coalition for two years.\n\nSky News sat down with Eluned "
       "Parry, the First Minister, at her office in Cardiff Bay.\n\nQ: Is the coalition going "
       "to last until the election?\n\nA: Yes. We agreed a programme and we are delivering "
       "it, line by line.\n\nQ: What would make you walk away?\n\nA: If the budget did not "
       "protect the health service, but I do not expect that.")


@pytest.mark.parametrize(("body", "expected"), [
    (_IRISH, [("Is the compensation scheme working for boats your size?", "Irish Times"),
              ("The department says uptake has been strong.", "Irish Times"),
              ("What would you change first?", "Irish Times")]),
    (_LETTERS, [("Why cut it now?", "FT"), ("Tell us what changed.", "FT"),
                ("Did the board push back?", "FT")]),
    (_CHAIR, []),
    (_INITIALS, []),
    (_QA, [("Is the coalition going to last until the election?", "Sky News"),
           ("What would make you walk away?", "Sky News")]),
])
def test_outlet_questions(pipeline: Pipeline, body: str,
                          expected: list[tuple[str, str]]) -> None:
    """Questions under an outlet's name or letters the text cites, most of whose paragraphs
    ask, or under ``Q:`` after the outlet that spoke to the guest, are that organisation's;
    an office's label (``The Chair:``) is no outlet."""
    prompts = {line.split(": ", 1)[1] for line in body.split("\n\n")
               if line.startswith(("The Irish Times:", "FT:", "The Chair:", "Q:", "AMK:"))}
    asked = [(q.text, q.speaker) for q in quotes_of(pipeline, body) if q.text in prompts
             and q.speaker_kind == "organization"]
    assert asked == expected
