"""Issue 14: ``the Kanata MPP said``, ``the Leitrim TD told``: a legislator's letters after
``the`` describe the member named before, never a name of their own (real model; texts
written for these tests after a tuning article's shape)."""

from __future__ import annotations

import pytest

from newswire.models import Quote
from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of


def _speaker(quotes: list[Quote], start: str) -> str | None:
    found = [q for q in quotes if q.text.startswith(start)]
    assert found, (start, [q.text for q in quotes])
    return found[0].speaker


@pytest.mark.parametrize(("body", "start", "expected"), [
    ("Progressive Conservative MPP Ann Ferrone said the plan fails seniors.\n\n"
     '"This is not acceptable," the Kanata MPP told the legislature.',
     "This is not acceptable", "Ann Ferrone"),
    ("Sinn Féin TD Aoife Gilroy said the plan had failed.\n\n"
     '"People in Ballinamore want a garda," the Leitrim TD told the Dáil.\n\n'
     "She said older people were already afraid.",
     "older people were already afraid", "Aoife Gilroy"),
    # Letters after a name, no determiner: the name, as before.
    ("Judge Helen Price KC said the appeal would be heard in May.",
     "the appeal would be heard", "Helen Price"),
])
def test_the_members_letters_describe_the_member(pipeline: Pipeline, body: str, start: str,
                                                  expected: str) -> None:
    """``the Kanata MPP`` is the MPP named before; ``Helen Price KC`` still Helen Price."""
    assert (_speaker(quotes_of(pipeline, body), start) or "").endswith(expected.split()[-1])
