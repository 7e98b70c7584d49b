"""Conversations printed without labels or marks, and questions labelled with the outlet's
name (real model).  Texts are written for these tests.
"""

from __future__ import annotations

import pytest

from newswire.models import Quote
from newswire.nlp.entities.extract import extract_entities
from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.extract import extract_quotes
from tests.nlp.quotes.test_extract import quotes_of

_INTRO = ("Dr. Nadia Kowalczyk has run the emergency department in Estevan for nine years. This "
          "year it closed on 80 nights.\n\nKowalczyk spoke to The Morning Edition host Peter "
          "Lindqvist-Amari about the closures. Here is part of their conversation, edited for "
          "length and clarity.\n\n")
_TALK = _INTRO + ("What happens when the doors are locked?\n\nWe put a sign on the door and the "
                  "ambulance goes elsewhere. People still come.\n\nWhy can't the hospital stay "
                  "open?\n\nWe don't have the people. On a good week we have three nurses.")
# No editor's note: a story's paragraph that ends in a question is no interviewer's.
_NO_NOTE = ("Dr. Nadia Kowalczyk spoke to host Peter Lindqvist-Amari about the closures.\n\n"
            "What happens when the doors are locked?\n\nThe province has not said. Officials "
            "have promised a plan.\n\nWhy can't the hospital stay open?\n\nThe shortage of "
            "nurses is the main reason.")
# One question only: a rhetorical question after a note is no conversation.
_ONE_QUESTION = _INTRO + ("What happens when the doors are locked?\n\nWe put a sign on the door "
                          "and the ambulance goes elsewhere.")
_OUTLET = ("Last spring, Josephine Halvorsen ran out of poll workers.\n\nVotebeat spoke with "
           "Halvorsen about what worked. The conversation has been edited for length.\n\n"
           "Votebeat: How bad was it in March?\n\nHalvorsen: It was bad. I had precincts with "
           "one chairperson.\n\nVotebeat: What changed?\n\nHalvorsen: The first thing was "
           "money. We raised pay to $18 an hour.")


@pytest.mark.parametrize(("body", "expected"), [
    (_TALK, [("What happens when the doors are locked?", "Peter Lindqvist-Amari"),
             ("We put a sign on the door and the ambulance goes elsewhere. People still come.",
              "Nadia Kowalczyk"),
             ("Why can't the hospital stay open?", "Peter Lindqvist-Amari"),
             ("We don't have the people. On a good week we have three nurses.",
              "Nadia Kowalczyk")]),
    (_NO_NOTE, []),
    (_ONE_QUESTION, []),
    # A last line of spaces after a question (the cleaner drops such lines; a caller of the
    # extractor may not): no answer, and no character past the text read.
    (_TALK + "\n\nAnd next year?\n \t", [
        ("What happens when the doors are locked?", "Peter Lindqvist-Amari"),
        ("We put a sign on the door and the ambulance goes elsewhere. People still come.",
         "Nadia Kowalczyk"),
        ("Why can't the hospital stay open?", "Peter Lindqvist-Amari"),
        ("We don't have the people. On a good week we have three nurses.",
         "Nadia Kowalczyk")]),
])
def test_unlabelled_conversation_turns(pipeline: Pipeline, body: str,
                                       expected: list[tuple[str, str]]) -> None:
    """After an editor's note of a conversation, a lone question is the host's, the paragraph
    after it the guest's."""
    turns = [(q.text, q.speaker) for q in quotes_of(pipeline, body)
             if q.kind == "direct" and q.cue is None]
    assert turns == expected


@pytest.mark.parametrize(("body", "author", "expected"), [
    # A byline or none: the outlet asked, as the label printed over the question says (Irish,
    # Scottish and Welsh interviews credit the outlet though a byline names the writer).
    (_OUTLET, "Dominic Ferrante", [("How bad was it in March?", "Votebeat"),
                                   ("What changed?", "Votebeat")]),
    (_OUTLET, None, [("How bad was it in March?", "Votebeat"), ("What changed?", "Votebeat")]),
])
def test_outlet_labelled_questions(pipeline: Pipeline, body: str, author: str | None,
                                   expected: list[tuple[str, str]]) -> None:
    """A question labelled with the name that interviewed the guest is that outlet's."""
    asked = [(q.text, q.speaker) for q in _signed_quotes(pipeline, body, author)
             if q.text.endswith("?")]
    assert asked == expected


def _signed_quotes(pipeline: Pipeline, body: str, author: str | None) -> list[Quote]:
    """The quotes of one article whose byline the cleaner read as ``author``."""
    title_doc, body_doc = pipeline.nlp.pipe(["", body])
    return extract_quotes(title_doc, body_doc, extract_entities(title_doc, body_doc),
                          author=author)


_QA = ("Housing starts fell 12 per cent in October. Tricia Nguyen, chief economist at a mortgage "
       "insurer, spoke{asker} after the release.\n\nQ: Why are fewer homes being built?\n\nA: "
       "Mostly costs. Builders are paying more for land.\n\nQ: Will lower rates help?\n\nA: They "
       "will help at the margins.")


@pytest.mark.parametrize(("body", "expected"), [
    (_QA.format(asker=" with a reporter from the Halifax Courier"),
     [("Why are fewer homes being built?", "reporter from the Halifax Courier"),
      ("Will lower rates help?", "reporter from the Halifax Courier")]),
    # The introduction names no one of the press: whose questions they are is left unsaid.
    (_QA.format(asker=" to investors"), []),
])
def test_qa_questions_are_the_introduced_askers(pipeline: Pipeline, body: str,
                                                expected: list[tuple[str, str]]) -> None:
    """The ``Q:`` lines of a Q&A are quotes of the asker its introduction names by trade."""
    asked = [(q.text, q.speaker) for q in quotes_of(pipeline, body) if q.text.endswith("?")]
    assert asked == expected
