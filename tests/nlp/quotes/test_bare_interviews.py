"""Issue 14 (enfound40): an English interview printed without labels gives each answer to the
guest and each question to the host its introduction names (real model).

Texts are written for these tests, paraphrasing radio and television Q&As.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of

_INTRO = ("Dr. Helena Markovic has run the only clinic in Fort Allard for nine years.\n\n"
          "Markovic spoke to Morning Edition host Pierre Lafleur about the closures. Here is "
          "part of their conversation, edited for length and clarity.\n\n")
_TURNS = ("Dr. Markovic, what happens on a day when the clinic is closed?\n\n"
          "We put a sign on the door and patients drive two hours to the city. I worry about "
          "the ones who do not make it.\n\n"
          "Why can't the clinic stay open?\n\n"
          "Simply put, we do not have the nurses. I cannot work every night of the year.\n\n")


@pytest.mark.parametrize(("body", "expected"), [
    # Each question the host's, each answer the guest's.
    (_INTRO + _TURNS,
     [("Dr. Markovic, what happens", "Pierre Lafleur"), ("We put a sign", "Helena Markovic"),
      ("Why can't the clinic", "Pierre Lafleur"), ("Simply put", "Helena Markovic")]),
    # A question reported in the narration: the paragraph after it is still the guest's.
    (_INTRO + _TURNS + "Later, Lafleur asked Markovic whether she has thought about leaving."
     "\n\nEvery doctor out here has thought about it. I stay because this is my home.",
     [("Dr. Markovic, what happens", "Pierre Lafleur"), ("We put a sign", "Helena Markovic"),
      ("Why can't the clinic", "Pierre Lafleur"), ("Simply put", "Helena Markovic"),
      ("Every doctor out here", "Helena Markovic")]),
    # Guard: the narration after a question names its own source; it is no answer.
    (_INTRO + _TURNS.replace("Simply put, we do not have the nurses.",
                             "The health authority said it was short of nurses."),
     [("Dr. Markovic, what happens", "Pierre Lafleur"), ("We put a sign", "Helena Markovic"),
      ("Why can't the clinic", "Pierre Lafleur")]),
    # Guard: no introduction announcing a conversation: the questions are the writer's.
    ("Dr. Helena Markovic has run the only clinic in Fort Allard for nine years.\n\n" + _TURNS,
     []),
])
def test_a_bare_interview_gives_answers_and_questions(
        pipeline: Pipeline, body: str, expected: list[tuple[str, str]]) -> None:
    """``Here is part of their conversation ... ¶ Why can't the clinic stay open? ¶ Simply
    put, ...``: the answer is a direct quote of the guest, the question of the host."""
    found = [(q.text, q.speaker) for q in quotes_of(pipeline, body) if q.kind == "direct"]
    assert len(found) == len(expected), found
    assert [(text[:len(start)], speaker) for (text, speaker), (start, _) in
            zip(found, expected, strict=True)] == expected
