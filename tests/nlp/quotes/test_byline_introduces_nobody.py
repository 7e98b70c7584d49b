"""A byline line (``Jennifer Walsh · CBC News``) introduces nobody: a deck's unnamed role is
not the reporter (``quotes/role_holders.named_next``; real model, text written for this test
after a tuning article's shape)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check

_DECK = ("Dental plan under fire in question period\n\nHealth minister says enrolment glitches "
         "are fixed, but dentists' group reports claims still bouncing\n\n{byline}\n\nThe "
         "federal government's dental care plan came under fire on Wednesday, as opposition "
         "MPs accused Health Minister Raymond Delacroix of ignoring rejected claims.\n\n"
         "Delacroix rose to respond and insisted the problem had been solved.")


@pytest.mark.parametrize(("body", "expected"), [
    (_DECK.format(byline="Jennifer Walsh · CBC News"),
     [("enrolment glitches are fixed", "Health minister", "person"),
      ("the problem had been solved", "Raymond Delacroix", "person")]),
])
def test_a_byline_introduces_nobody(pipeline: Pipeline, body: str,
                                    expected: list[Expected]) -> None:
    """``Health minister says ...`` above a byline is not the reporter's."""
    check(pipeline, body, expected)
