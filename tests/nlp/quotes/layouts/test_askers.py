"""Questions a transcript labels by the press are the press's
(:mod:`newswire.nlp.quotes.layouts.askers`,
read by :mod:`newswire.nlp.quotes.layouts.transcripts`; real model).

Texts are written for these tests.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.layouts.askers import asker_kind, press_asker
from tests.nlp.quotes.test_extract import quotes_of

_BRIEFING = (
    "Pentagon press secretary Loretta Sandoval briefed reporters on Tuesday after the "
    "destroyer fired warning shots.\n\n"
    "Q: Is the Pentagon sending more ships to the Gulf?\n\n"
    "SANDOVAL: I'm not going to get ahead of any decisions the secretary may make.\n\n"
    "Q: Has the secretary spoken to his counterpart?\n\n"
    "SANDOVAL: There's no channel like that, and I wouldn't expect one this week.")
# Q: and A: with no named turn is an interview (its answers are :mod:`.interviews`'), and
# questions beside one named turn are no transcript.
_INTERVIEW = (
    "We asked Tricia Nguyen, chief economist at the agency, what is behind the drop.\n\n"
    "Q: Why are fewer homes being built?\n\n"
    "A: Mostly costs. Builders cannot make the numbers work at today's rates.")
_ONE_TURN = (
    "Pentagon press secretary Loretta Sandoval briefed reporters on Tuesday.\n\n"
    "Q: Is the Pentagon sending more ships to the Gulf?\n\n"
    "SANDOVAL: I'm not going to get ahead of any decisions the secretary may make.")
_JOURNALIST = (
    "The Governor, Dr. Kwabena Owusu-Ansah, said the committee judged that inflation was on "
    "the way down.\n\n"
    "Journalist: Governor, is the cut politically motivated, given the election?\n\n"
    "Governor: No. The committee is independent. We looked at the data and nothing else.\n\n"
    "Journalist: Will lending rates come down soon?\n\n"
    "Governor: The transmission takes time. Banks are still cleaning up their books.")


@pytest.mark.parametrize(("body", "expected"), [
    (_BRIEFING, [("Is the Pentagon sending more ships to the Gulf?", "reporters", "group"),
                 ("I'm not going to get ahead of any decisions the secretary may make.",
                  "Loretta Sandoval", "person"),
                 ("Has the secretary spoken to his counterpart?", "reporters", "group"),
                 ("There's no channel like that, and I wouldn't expect one this week.",
                  "Loretta Sandoval", "person")]),
    # A title label is the person the article titled so; "Journalist" asks, unnamed.
    (_JOURNALIST, [("Governor, is the cut politically motivated, given the election?",
                    "a journalist", "person"),
                   ("No. The committee is independent. We looked at the data and nothing "
                    "else.", "Kwabena Owusu-Ansah", "person"),
                   ("Will lending rates come down soon?", "a journalist", "person"),
                   ("The transmission takes time. Banks are still cleaning up their books.",
                    "Kwabena Owusu-Ansah", "person")]),
    (_INTERVIEW, []),
    (_ONE_TURN, []),
    # A question label with no words after it is no quote (ending the text, it raised).
    (_BRIEFING.replace("Q: Has the secretary spoken to his counterpart?", "Q: ?") + "\n\nQ: ",
     [("Is the Pentagon sending more ships to the Gulf?", "reporters", "group"),
      ("I'm not going to get ahead of any decisions the secretary may make.",
       "Loretta Sandoval", "person"),
      ("There's no channel like that, and I wouldn't expect one this week.",
       "Loretta Sandoval", "person")]),
])
def test_press_questions_in_transcripts(pipeline: Pipeline, body: str,
                                        expected: list[tuple[str, str, str]]) -> None:
    """A transcript's ``Q:``/``Journalist:`` questions are the press's, beside named turns."""
    turns = [(q.text, q.speaker, q.speaker_kind) for q in quotes_of(pipeline, body)
             if q.kind == "direct" and q.cue is not None and q.cue.text.endswith(":")
             and not q.cue.text.startswith("A")]
    assert turns == expected


@pytest.mark.parametrize(("label", "expected"), [
    ("Q", ("reporters", "group")),
    ("QUESTION", ("reporters", "group")),
    ("REPORTER", ("a reporter", "person")),
    ("Journalist", ("a journalist", "person")),
    ("SANDOVAL", (None, None)),
    ("A", (None, None)),
])
def test_press_asker(label: str, expected: tuple[str | None, str | None]) -> None:
    """Labels of the press give a phrase and a kind; other labels none."""
    asker = press_asker(label)
    assert (asker, asker_kind(asker)) == expected
