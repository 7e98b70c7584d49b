"""Issue 14: a person's name the parse hangs on the title before it speaks (real model).

Texts are written for these tests (round sixteen, people32), in the phrasing of a
Singaporean paper.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # The parse heads the subject on "Professor" and hangs the name on it as an apposition,
    # with no comma: the speaker was "Associate Professor", and "he" went to Grab.
    ("Grab said in a statement that it had capped surge pricing in the affected areas.\n"
     "Associate Professor Raymond Koh of the Nanyang Technological University's School of "
     "Civil and Environmental Engineering said that power faults were among the hardest to "
     "isolate quickly on an older line.\n\"The East-West Line is nearly 40 years old,\" he "
     "said.",
     [("that power faults were among", "Raymond Koh", "person"),
      ("The East-West Line is nearly", "Raymond Koh", "person")]),
])
def test_a_name_right_after_its_title_speaks(pipeline: Pipeline, body: str,
                                             expected: list[Expected]) -> None:
    """``Associate Professor X of Y said ... he said``: X both times, not the title."""
    check(pipeline, body, expected)
