"""Issue 14: a ``he said`` quote goes on from the one named saying in the sentence before.

Texts are written for these tests in the styles of several outlets (a wire, a regional
paper, a broadcaster's site), with the common neighbours: a person named bare before, a
name the model misses, a title after a name, an honorific saying another gender.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # A kin noun with a name set off after it, the model tagging no entity: the son speaks.
    ("Brian Connolly said the ward had been full for a week.\n"
     "One of the patients was Mary Lewis, 84. Her son, Huw, told the paper his mother had "
     "waited two days for a bed.\n"
     "\u201cShe was on a trolley in a corridor the whole time,\u201d he said.",
     [("She was on a trolley", "Huw", "person")]),
    # A student named with a hyphenated surname after a minister named before: the student.
    ("The minister, Rohan Vasquez, said the province learned of the cap from a press release.\n"
     "Students said the uncertainty was taking a toll. Amritpal Sandhu-Ghosh, a student in a "
     "nursing program at a college in Brampton, said many of his classmates were worried.\n"
     "\"We were told one thing when we applied,\" he told CTV News.",
     [("We were told one thing", "Sandhu-Ghosh", "person")]),
    # An office in "-man" says no gender: the chairwoman named just before speaks.
    ("Tan Wei Ming said the coalition would keep the seat.\n"
     "The opposition's state chairman, Datuk Dr Rahimah Osman Ghazali, said her party "
     "would field a candidate from the town.\n"
     "\u201cThe people here have been forgotten,\u201d she said at a rally.",
     [("The people here have been forgotten", "Rahimah Osman Ghazali", "person")]),
    # Not: an honorific of the one named before says another gender than the pronoun's.
    ("Sarah Boyle said the clinic would stay open.\n"
     "Mr Ó Gallchobhair said the board had not been told.\n"
     "\u201cWe found out on the radio,\u201d she said.",
     [("We found out on the radio", "Sarah Boyle", "person")]),
    # Not: the one before is a woman by her honorific, and the pronoun a "he".
    ("Tom Walsh said the plan would fail.\n"
     "Mrs Byrne said the council had not been told.\n"
     "\u201cWe found out on the radio,\u201d he said.",
     [("We found out on the radio", "Tom Walsh", "person")]),
    # Not: a first name the lexicon knows says the other gender (a court report).
    ("\u201cThis was a vicious attack,\u201d Judge Martin Nolan said. The victim, Sarah Kelly, "
     "told the court she still had nightmares. \u201cYou will serve eight years,\u201d he told "
     "Doyle.",
     [("You will serve eight years", "Martin Nolan", "person")]),
    # Not: a first name the lexicon knows says the other gender (two sides answering).
    ("\u201cThe economy is strong,\u201d Chancellor Jeremy Hunt said. Labour's Rachel Reeves "
     "said the figures told another story. \u201cFamilies are better off,\u201d he insisted.",
     [("Families are better off", "Jeremy Hunt", "person")]),
    # Not: a man's first name between two quotes of a woman (a council story).
    ("\u201cWe will rebuild,\u201d Mayor Olivia Chow said. Councillor Brad Bradford said the "
     "budget had no room for it. \u201cWe will find the money,\u201d she said.",
     [("We will find the money", "Olivia Chow", "person")]),
    # Not: a plain first name only the wider first-name table knows says a woman.
    ("\u201cThe river burst its banks in minutes,\u201d said farmer Tom Healy. His neighbour, "
     "Noreen Walsh, said the council had been warned. \u201cNobody listened,\u201d he said.",
     [("Nobody listened", "Tom Healy", "person")]),
    # Not: the sentence before reports no speech, so the trail's own choice stands.
    ("Dana Whitfield said the budget was tight.\n"
     "Tom Kerrigan chaired the meeting on Monday.\n"
     "\u201cWe cannot keep borrowing,\u201d she said.",
     [("We cannot keep borrowing", "Dana Whitfield", "person")]),
])
def test_reporter_before(pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """A pronoun quote after a sentence reporting a newly named person's words is theirs."""
    check(pipeline, body, expected)
