"""A backshifted statement joined to a verb of saying is reported speech of its own."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of


@pytest.mark.parametrize(("body", "statement", "speaker"), [
    # "would", "was" + -ing: shifted back as the said clause is, so said too.
    ("A Halvorsen spokesperson, Curtis Bell, said the board \"values input from all "
     "shareholders\" and would review the letter.", "would review the letter", "Curtis Bell"),
    ("Cllr Bell wrote to the board. The health board said it was \"aware of the disruption\" "
     "and was contacting patients individually.", "was contacting patients individually",
     "health board"),
    # A simple past is the speaker's own act, not what was said.
    ("Pharmacists say they are doing what they can, but are frustrated by the lack of "
     "information.", None, None),
    ("The company said it had offered a fair rent and wished them well.", None, None),
])
def test_backshifted_statement(pipeline: Pipeline, body: str, statement: str | None,
                               speaker: str | None) -> None:
    """``said ..., and would review the letter``: the joined statement is reported with the
    cue's speaker; a joined act in the simple past is not."""
    quotes = quotes_of(pipeline, body)
    joined = [q for q in quotes if q.kind == "indirect"
              and q.text.startswith(("would", "was", "are", "wished"))]
    if statement is None:
        assert joined == []
    else:
        assert [(q.text, q.speaker) for q in joined] == [(statement, speaker)]
