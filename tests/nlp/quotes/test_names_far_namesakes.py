"""Issue 14: a namesake written in full pages back no longer decides a lone surname (real
model).

An article about Hillary Clinton that names Bill Clinton in one passage means her by a lone
``Clinton`` paragraphs later (PolNeAR train: `Clinton highlighted endorsements ...` eight
paragraphs after `Former President Bill Clinton agreed`); the namesake written in full last
still wins within a few paragraphs. Texts are written for these tests.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check

_FILLER = ("Turnout in the state was lower than four years ago.\n\n"
           "Both parties spent heavily on television advertising.\n\n"
           "Polls closed at eight in the evening.\n\n"
           "Officials expected results before midnight.\n\n")


@pytest.mark.parametrize(("body", "expected"), [
    # Bill Clinton named once, four paragraphs back: Clinton is the article's Hillary.
    ("Hillary Clinton campaigned in Iowa on Monday.\n\n"
     "Clinton told voters the race was close. Clinton spoke for an hour.\n\n"
     "In 1992, Bill Clinton won the state easily.\n\n" + _FILLER
     + "“We are going to win Iowa,” Clinton said.",
     [("We are going to win Iowa", "Hillary Clinton", "person")]),
    # The same namesake in the paragraph before: he is meant, as before.
    ("Hillary Clinton campaigned in Iowa on Monday.\n\n"
     "Clinton told voters the race was close. Clinton spoke for an hour.\n\n"
     + _FILLER + "Bill Clinton spoke in Des Moines on Tuesday.\n\n"
     "“We won this state before,” Clinton said.",
     [("We won this state before", "Bill Clinton", "person")]),
    # The article's most written namesake is Bill: a far Hillary does not take him.
    ("Bill Clinton toured Ohio on Friday.\n\n"
     "Clinton visited two factories. Clinton met union leaders.\n\n"
     "Hillary Clinton was in New York.\n\n" + _FILLER
     + "“Ohio built this country,” Clinton said.",
     [("Ohio built this country", "Bill Clinton", "person")]),
])
def test_far_namesake_leaves_the_surname_to_the_most_named(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """A lone surname takes the namesake written in full last only within three
    paragraphs; further back, the namesake the article names most."""
    check(pipeline, body, expected)
