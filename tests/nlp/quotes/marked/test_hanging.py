"""The verb a quote hangs on, when no verb of saying is near it (real model).

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # Not the last speaker by continuation: the subject of "continued" speaks.
    ("Glenn Beck spoke after Sarah Palin. “We will win this fight,” Palin said.\nHe continued, "
     "“There will be maybe ten percent of the people who follow him. It will grow.”",
     [("There will be maybe", "Glenn Beck", "person")]),
    ("The campaign kept quiet about the debate.\nEarlier this week, Hillary Clinton shared a bit "
     "of her anxiety with an audience at a fundraiser, “I do not know which Donald Trump will "
     "show up. Maybe he will surprise us.”",
     [("I do not know", "Hillary Clinton", "person")]),
    ("The rally ran late.\nAs Trump attacked Clinton, the attendees chanted, “Lock her up!”",
     [("Lock her up", "attendees", "group")]),
    # "Asked ..." names nobody who spoke: the verb before the colon does.
    ("Ted Cruz toured Iowa on Friday.\nAsked which Iowa county was his favorite, Cruz "
     "demurred: “Whichever one I am in at the moment.”",
     [("Whichever one", "Ted Cruz", "person")]),
    # ... also when the parse makes the quote the root and hangs "shot" on it.
    ("Jason Smith spoke to reporters on Tuesday.\nAsked whether the campaign should take "
     "responsibility for the flap, Mr. Smith shot back: “That would be good.”",
     [("That would be good", "Jason Smith", "person")]),
])
def test_quote_hanging_on_any_verb(pipeline: Pipeline, body: str,
                                   expected: list[Expected]) -> None:
    """``X continued, “...”``: with no verb of saying near, the verb before the comma is the cue."""
    check(pipeline, body, expected)
