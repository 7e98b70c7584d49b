"""Cues of quotes set off by a colon (real model).

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("Mary Lee was asked about the emails again.\nLee has since apologized for what happened: "
     "\"Yes, I should have used two email addresses. That was a mistake.\"",
     [("Yes, I should have", "Mary Lee", "person")]),
])
def test_colon_cue_skips_a_relative_subject(pipeline: Pipeline, body: str,
                                            expected: list[Expected]) -> None:
    """``apologized for what happened: “...”``: ``what`` names nobody; the apologizer speaks."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Health Minister Sylvia Jones defended the spending. Asked whether it would be enough, "
     "she was blunt: \"It is a start, not a finish.\"",
     [("It is a start", "Sylvia Jones", "person")]),
    ("The bill failed 52-47. Asked whether a deal was possible before the deadline, Senator "
     "John Thune was blunt: \"Not if they keep saying no.\"",
     [("Not if they keep", "John Thune", "person")]),
    ("The party's platform was released on Monday. Its message was simple: \"Vote for change "
     "on every ballot this fall.\"",
     [("Vote for change", None, "unknown")]),
])
def test_colon_after_being_names_the_subject(pipeline: Pipeline, body: str,
                                             expected: list[Expected]) -> None:
    """``Asked ..., X was blunt: “...”``: X speaks, not the unnamed asker; a thing as subject
    of being (``Its message was simple:``) names no speaker."""
    check(pipeline, body, expected)
