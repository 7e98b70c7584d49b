"""Printed interviews: each ``A:`` paragraph is the words of the person introduced (real model).

Texts are written for these tests.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of

_INTRO = ("Housing starts fell 12 per cent in October. We asked Tricia Nguyen, chief economist at "
          "a mortgage insurer, what is behind the drop.\n\n")
_ONE = _INTRO + ("Q: Why are fewer homes being built?\n\nA: Mostly costs. Builders are paying more "
                 "for land.\n\nQ: Will lower rates help?\n\nA: They will help at the margins.")
_TWO_PEOPLE = ("We asked Tricia Nguyen and Paul Tremblay what is behind the drop.\n\nQ: Why are "
               "fewer homes being built?\n\nA: Mostly costs. Builders are paying more for land.")
_NO_QUESTIONS = _INTRO + "A: Mostly costs. Builders are paying more for land."
# An analyst quoted before the introduction: the introduction names the interviewee.
_ANALYST_FIRST = (
    '"Every year of delay costs them customers," said Rina Takahashi, an analyst at a Tokyo '
    "brokerage.\n\nNikkei Asia sat down with the company's chief executive, Hiroshi Kanemoto, "
    "at its Tokyo headquarters. The interview has been edited for length.\n\nQ: Why the delay?"
    "\n\nA: Honestly, we underestimated how long it would take.")
# No "A:" label: the paragraph right after each question is the answer.
_UNLABELLED = _INTRO + ("Q: Why are fewer homes being built?\n\nMostly costs. Builders are "
                        "paying more for land.\n\nQ: Will lower rates help?\n\nThey will help "
                        "at the margins.")


@pytest.mark.parametrize(("body", "expected"), [
    (_ONE, [("Mostly costs. Builders are paying more for land.", "Tricia Nguyen"),
            ("They will help at the margins.", "Tricia Nguyen")]),
    # Two people introduced: whose answers they are is a guess, so none is taken.
    (_TWO_PEOPLE, []),
    # No question: an "A:" line is no interview.
    (_NO_QUESTIONS, []),
    (_ANALYST_FIRST, [("Honestly, we underestimated how long it would take.",
                       "Hiroshi Kanemoto")]),
])
def test_answers_are_the_interviewees(pipeline: Pipeline, body: str,
                                      expected: list[tuple[str, str]]) -> None:
    """The ``A:`` paragraphs of a Q&A are direct quotes of the one person introduced."""
    answers = [(q.text, q.speaker) for q in quotes_of(pipeline, body)
               if q.cue is not None and q.cue.text == "A:"]
    assert answers == expected


@pytest.mark.parametrize(("body", "expected"), [
    (_UNLABELLED, [("Mostly costs. Builders are paying more for land.", "Tricia Nguyen"),
                   ("They will help at the margins.", "Tricia Nguyen")]),
    # Answers labelled "A:": the paragraph after a question is not taken twice.
    (_ONE, [("Mostly costs. Builders are paying more for land.", "Tricia Nguyen"),
            ("They will help at the margins.", "Tricia Nguyen")]),
])
def test_unlabelled_answers_follow_questions(pipeline: Pipeline, body: str,
                                            expected: list[tuple[str, str]]) -> None:
    """In a Q&A that labels no answer, the paragraph after each question is the answer."""
    answers = [(q.text, q.speaker) for q in quotes_of(pipeline, body) if q.kind == "direct"]
    assert answers == expected


_FAQ = ("Prime Minister Mark Carney announced new tariffs on American steel on Tuesday. Here is "
        "what you need to know.\n\nQ: What are the tariffs?\n\nThe tariffs are 25 per cent on "
        "steel and aluminium from the United States.\n\nQ: When do they start?\n\nThey take "
        "effect on Friday, the finance department said.")
_OWN_CUE = _INTRO + ("Q: Why are fewer homes being built?\n\nMostly costs. Builders are paying "
                     "more for land.\n\nQ: Will lower rates help?\n\nRates will fall, the bank "
                     "said on Monday.")


@pytest.mark.parametrize(("body", "expected"), [
    # An explainer's answers are the reporter's: no interview is announced.
    (_FAQ, [("new tariffs on American steel", "Mark Carney", "indirect"),
            ("They take effect on Friday", "finance department", "indirect")]),
    # An answer with its own cue is left to that cue.
    (_OWN_CUE, [("what is behind the drop", None, "indirect"),
                ("Mostly costs. Builders are paying more for land.", "Tricia Nguyen", "direct"),
                ("Rates will fall", "bank", "indirect")]),
])
def test_unlabelled_answers_need_an_announced_interview(
        pipeline: Pipeline, body: str, expected: list[tuple[str, str | None, str]]) -> None:
    """Without ``A:`` labels, answers are taken only after an introduction announcing an
    interview, never from a paragraph with its own speech cue: one speaker to a span."""
    assert [(q.text, q.speaker, q.kind) for q in quotes_of(pipeline, body)] == expected


_LABELLED_OWN_CUE = _INTRO + ("Q: Why are fewer homes being built?\n\nA: Mostly costs. Builders "
                              "are paying more for land.\n\nQ: Will rates fall?\n\nA: Rates will "
                              "fall next spring, the central bank said last week.")
# The interviewee's own "I said" is no other speaker: the answer stays hers.
_LABELLED_SELF_CUE = _INTRO + ("Q: Will rates fall?\n\nA: I said last year that rates would "
                               "fall, and I still think so.")


@pytest.mark.parametrize(("body", "expected"), [
    (_LABELLED_OWN_CUE, [("central bank", "indirect")]),
    (_LABELLED_SELF_CUE, [("Tricia Nguyen", "direct"), (None, "indirect")]),
])
def test_labelled_answer_with_its_own_cue(pipeline: Pipeline, body: str,
                                          expected: list[tuple[str | None, str]]) -> None:
    """An ``A:`` answer whose words name another speaker with a cue is that speaker's alone
    (one speaker to a span); the interviewee's own ``I said`` keeps the answer hers."""
    last = body.rindex("A: ")
    assert [(q.speaker, q.kind) for q in quotes_of(pipeline, body) if q.end > last] == expected
