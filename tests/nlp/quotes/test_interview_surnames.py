"""A printed ``Q:``/``A:`` interview whose introduction names the interviewee by surname only,
untagged by the model (real model): the answers are the person named in full before, not
nobody (the paragraph before names two others).

Texts are written for these tests, in a newsletter's phrasing.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check

_BEFORE = ("HALE'S PITCH -- At a town hall in Mesa on Tuesday, businessman Travis Hale told "
           "supporters that he was running because \"career politicians have stopped "
           "listening.\"\n\n"
           # The paragraph right before the interview names two other people.
           "VOLLMER'S PITCH -- Kendra Vollmer has leaned into her endorsement from former "
           "Gov. Harold Brandt, who said she was \"the only person in this race who has "
           "balanced a budget.\"\n\n")


@pytest.mark.parametrize(("body", "expected"), [
    # The model tags nothing in the introduction ("CLIP", "SAVE" as organisations).
    (_BEFORE + "CLIP AND SAVE -- Hale, in an exchange with a reporter after the Mesa "
     "event:\n\nQ: Did you approve the ad?\n\nA: I didn't approve anything. I saw it on TV "
     "like everybody else.\n\nQ: Your former campaign manager is advising the PAC.\n\nA: "
     "He's a free man. He can work for whoever he wants.",
     [("I didn't approve anything", "Travis Hale", "person"),
      ("He's a free man", "Travis Hale", "person")]),
])
def test_answers_go_to_the_surname_the_introduction_holds(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Hale, in an exchange with a reporter:`` then ``A:`` lines: Travis Hale's answers."""
    check(pipeline, body, expected)
