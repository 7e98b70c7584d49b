"""Whose a quote is when a verb follows its closing mark (real model).

Texts are written for these tests, after sentences of PolNeAR train articles.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # The sentence after the quote is about something else: not its cue.
    ("Cruz spokeswoman Catherine Frazier said the pledge was not constraining.\n“I completely "
     "disagree with the assertion,” she said. “We feel good about the areas we’re going to.” "
     "Ted Cruz noted a planned rally on Saturday in Sioux City.",
     [("We feel good", "Catherine Frazier", "person")]),
    ("Alastair Osman called his brother a kind and loving person. “He’s a new dad,” he said. “A "
     "dad for the second time now and I know that would have filled him with joy.” Others paid "
     "tribute on social media to the geologist.",
     [("A dad for the second", "Alastair Osman", "person")]),
    ("Attorney General Loretta Lynch announced on Monday the lawsuit against the state. “We are "
     "seeking a court order declaring the restriction impermissibly discriminatory.” Governor Pat "
     "McCrory announced that the state would sue the department.",
     [("We are seeking", "Loretta Lynch", "person")]),
    # ... unless it says nothing of its own.
    ("Megyn Kelly asked about bullying. “You know, it happens, right?” Trump went on, as if he "
     "didn’t hear her.",
     [("You know, it happens", "Trump", "person")]),
    ("Sanders was asked about gun makers. “Do I think that gun dealer should be sued for selling "
     "me a legal product that he misused?” Bernie Sanders asked rhetorically, shaking his head "
     "no.",
     [("Do I think", "Bernie Sanders", "person")]),
    ("David Cameron had criticised him. “It looks like we’re not going to have a very good "
     "relationship, who knows?” Donald Trump told Britain’s ITV television station.",
     [("It looks like", "Donald Trump", "person")]),
    # A partial quote whose next verb is refused is its own clause's.
    ("Germany’s Chancellor Angela Merkel heralded the European Union’s deal with Turkey as a "
     "“breakthrough.” The deal envisions returning migrants from Greece to Turkey.",
     [("breakthrough", "Angela Merkel", "person")]),
    ("Mr. Pence used his keynote speech to offer “encouragement” - a word he used several times "
     "- and reassurance to the crowd.",
     [("encouragement", "Pence", "person")]),
])
def test_verb_after_the_closing_mark(pipeline: Pipeline, body: str,
                                     expected: list[Expected]) -> None:
    """A verb right after a quote is its cue unless it opens a sentence of its own that says
    something else, or a dash sets the quote off."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Donald Trump praised Matthew Boyle at a press conference on Monday.\n“Very good reporter, "
     "very good reporter this guy,” Trump, the 2016 GOP presidential frontrunner nationally and "
     "current polling leader in South Carolina after winning the New Hampshire primaries, said.",
     [("Very good reporter", "Donald Trump", "person")]),
])
def test_name_after_the_mark_before_an_aside(pipeline: Pipeline, body: str,
                                             expected: list[Expected]) -> None:
    """``“...,” Trump, <a long apposition>, said``: the name after the mark speaks, not the
    apposition's last noun."""
    check(pipeline, body, expected)
