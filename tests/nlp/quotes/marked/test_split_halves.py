"""Both halves of a quote split by its pronoun cue, and a quote going on after it, are read
from where the first half starts: ``"...," she said. "..."`` after an unnamed speaker brought
in a sentence before the first half (real model; texts written for these tests, in the styles
of Irish, Scottish and regional English papers)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of

_DOCTOR = ("Consultant Dr Peter Lyle said the ward was full every night.\n\nOne junior doctor, "
           "who did not want to be identified, said shifts often ran past 14 hours.\n\n\"You "
           "can't leave a patient half-seen. So you stay,\" she said. \"Then you're back at eight "
           "the next morning.\"")
_TEACHER = ("Councillor Mark Devlin defended the timetable at the meeting on Monday.\n\nA retired "
            "teacher from the village, who asked that her name not be used, said the last bus now "
            "left at six.\n\n\"My sister is in the hospital in Letterkenny. I can visit her for an "
            "hour,\" she said. \"After that I'm stuck there until morning.\"")
# A named person: both halves hers, as before.
_NAMED = _TEACHER.replace("A retired teacher from the village, who asked that her name not be "
                          "used,", "Mary Kelly, who chairs the residents' group,")
# A second person with a cue of his own: the second half is his.
_SKIPPER = ("Harbour master Colm Ó Dálaigh said the pier would reopen on Monday.\n\nA fisherman "
            "who did not want to be named said the catch had halved. \"Nobody in Dublin cares,\" "
            "he said. \"They never did,\" said skipper John Byrne.")
# The quote goes on in the next paragraph, with no cue: still the nurse's.
_NURSE = ("Nurses at the hospital say staffing has not improved. One nurse on the surgical ward "
          "said she had worked four nights in a row.\n\n\"We are exhausted. Some of us are crying "
          "in the car park,\" she said.\n\n\"Nobody upstairs wants to hear it.\"")


@pytest.mark.parametrize(("body", "second", "expected"), [
    (_DOCTOR, "Then you're back", "One junior doctor"),
    (_TEACHER, "After that I'm stuck", "retired teacher from the village"),
    (_NAMED, "After that I'm stuck", "Mary Kelly"),
    (_SKIPPER, "They never did", "John Byrne"),
    (_NURSE, "Nobody upstairs", "One nurse on the surgical ward"),
])
def test_second_half_is_the_first_halfs(pipeline: Pipeline, body: str, second: str,
                                        expected: str) -> None:
    """The half after ``she said.`` (or the paragraph going on) has the first half's speaker,
    unless it has a cue of its own."""
    quotes = quotes_of(pipeline, body)
    halves = [q.speaker for q in quotes if q.text.startswith(second)]
    assert halves == [expected]
