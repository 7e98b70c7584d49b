"""The lead's roles (real model): a deck's ``Mayor says``, a lede's ``A Queensland
Senator has warned`` and ``after a judge said`` below a deck are the person the body titles
so further down; nobody when the body titles several, and not further down the story.

Texts are written for these tests, in the shape of Canadian, Australian and Irish news pages (a
deck under the headline, a byline, then the lede).
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check

_DECK = ("Mayor says the new transit line will open \"by the end of next year\" despite a "
         "funding gap\n\nJordan Pelletier\nCBC News\n\n"
         "The city of Saskatoon will press ahead with its bus rapid transit line despite a "
         "funding gap, its council decided on Tuesday.\n\n"
         "Mayor Helen Kowalczyk told reporters the city had already spent two years planning "
         "the route.\n\n\"We are not going back to the drawing board,\" Kowalczyk said.")

_LEDE = ("Farmers are pressing Canberra for drought relief as a second dry winter sets in.\n\n"
         "By Emma Travers\n\n"
         "A Queensland Senator has warned that cattle farms across the Darling Downs face "
         "\"the worst season in a generation\" as feed prices climb.\n\n"
         "Nationals Senator for Queensland Douglas Rawlinson told the ABC the government had "
         "been too slow to act.\n\n"
         "\"Every week we wait, another family sells up,\" Senator Rawlinson said.")

# A lede below a deck names a judge by role; the story titles her further down.
_JUDGE = ("Cyclist's brother tells court: 'We will never ride together again'\n\n"
          "By Ciara Nolan, Courts Reporter\n\n"
          "A 34-year-old driver who struck and killed a cyclist in north Dublin has been jailed "
          "for six years, after a judge said his driving had been \"reckless beyond words\".\n\n"
          "The court heard that the cyclist, Patrick Duane, 52, was thrown 20 metres.\n\n"
          "Sentencing him at the Circuit Criminal Court, Judge Orla Keary said the man had been "
          "travelling at twice the speed limit.")

# Guard: two senators named further down, so the lede's one is either.
_TWO = _LEDE.replace("\"Every week we wait", "Greens Senator Alice Morandi said the "
                     "drought was \"a climate story\".\n\n\"Every week we wait")

# Guard: far down the story, an unnamed senator stays unnamed.
_LATER = ("The drought has cut herd numbers across the state.\n\n"
          "Nationals Senator for Queensland Douglas Rawlinson told the ABC the government had "
          "been too slow to act.\n\nFeed prices rose for a fourth month.\n\n"
          "Rail freight of hay was suspended.\n\n"
          "A Labor Senator said the package was \"already on its way\" to farmers.")


@pytest.mark.parametrize(("body", "expected"), [
    (_DECK, [("by the end of next year", "Helen Kowalczyk", "person")]),
    (_LEDE, [("the worst season in a generation", "Douglas Rawlinson", "person")]),
    (_JUDGE, [("reckless beyond words", "Orla Keary", "person")]),
    (_TWO, [("the worst season in a generation", "Queensland Senator", "group")]),
    (_LATER, [("already on its way", "Labor Senator", "group")]),
])
def test_a_role_in_the_lead_is_its_holder_named_later(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """A deck's bare role and a lede's indefinite role are the body's one holder of it."""
    check(pipeline, body, expected)
