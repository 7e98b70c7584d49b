"""The verb after a closing quotation mark (real model): a person named in the next sentence
who only reacts (``His neighbour Liam Walsh smiled.``) does not take the quote before it
(review53's M1); a verb of saying, or a pronoun's verb, there still does.

Texts are written for these tests, in the phrasing of Irish, British, Indian and Canadian
papers.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # review53's M1: a gesture by a person named after a cue-less quote.
    ("\"We won't move,\" said farmer Joe Byrne. \"This land was my father's.\" His neighbour "
     "Liam Walsh smiled.",
     [("This land was my father's", "Joe Byrne", "person")]),
    # A disagreement by a person named bare, a title before the first speaker's name.
    ("\"The levy will fund forty new buses,\" said Cllr Aisling Dunne. \"Nobody has shown "
     "me a better plan.\" Cllr Brendan Tully disagreed.",
     [("Nobody has shown me", "Aisling Dunne", "person")]),
    # Guard (passes on base54): a nod by a second person set off by commas, after a
    # pronoun's cue.
    ("Tax inspector Maria Lopez reviewed the file. \"It doesn't add up,\" she said. "
     "\"Somebody moved the money.\" Her manager, Tom Gray, nodded.",
     [("Somebody moved the money", "Maria Lopez", "person")]),
    # Guard: a verb of saying opening the next sentence still takes the quote.
    ("\"The hotels are full. The rates are up. So where is the money going?\" Mr Naidu "
     "asked.",
     [("The hotels are full", "Naidu", "person")]),
    # Guard: a pronoun's gesture after a lone quote: the pronoun's person, as before.
    ("Shopkeeper Rekha Iyer counted the week's takings. \"It is half of what we made last "
     "year.\" She shrugged.",
     [("It is half of what", "Rekha Iyer", "person")]),
    # Guard: a lone quote's action beat names its speaker (review54's F1).
    ("\"We have nothing left.\" Maria Lopez sighed.",
     [("We have nothing left", "Maria Lopez", "person")]),
    # Guard: a verb of going on after an attributed quote still reports it.
    ("Coach Dana Pryce was asked about the slump. \"We have to be better.\" Pryce continued.",
     [("We have to be better", "Dana Pryce", "person")]),
    # Guard: a scare quote before is no attributed quote (review54's F3).
    ("The council called the repairs \"urgent\". \"We have nothing left.\" Maria Lopez sighed.",
     [("We have nothing left", "Maria Lopez", "person")]),
    # Guard: a sentence between the quotes brings in the second speaker (review54's F3).
    ("\"It'll be fine,\" said Joe Byrne. Liam Walsh was less sure. \"It'll never work.\" "
     "Walsh sighed.",
     [("It'll never work", "Liam Walsh", "person")]),
])
def test_a_person_who_reacts_takes_no_quote(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """A cue-less quote stays its speaker's when the next sentence names someone who reacts."""
    check(pipeline, body, expected)
