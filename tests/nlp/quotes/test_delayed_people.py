"""Issue 14: a person the lead brings in unnamed (``A retired schoolteacher ... told``) is
whom the next sentence names first, the delayed lede; further down an unnamed one stays
unnamed (real model; texts written for these tests after a tuning article's shape)."""

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
    ("Former developer accused of diverting deposits\nBy Rachel Ferreira, Courts Reporter\n\n"
     "A retired schoolteacher who lost her life savings told a Brampton courtroom Tuesday "
     'that the developer "looked me in the eye and promised."\n\n'
     "Lucia Fernandes, 68, was the first buyer to testify at the trial.",
     "looked me in the eye", "Lucia Fernandes"),
    # Not the lead: the unnamed man keeps his phrase.
    ("The trial opened on Tuesday in Brampton.\n\n"
     'A man who lives nearby said he saw "nothing at all."\n\n'
     "Tom Reyes, a neighbour, said it was loud.",
     "nothing at all", "man who lives nearby"),
])
def test_the_leads_unnamed_person_is_named_next(pipeline: Pipeline, body: str, start: str,
                                                expected: str) -> None:
    """The lead's ``A retired schoolteacher`` is the person the next sentence names."""
    assert _speaker(quotes_of(pipeline, body), start) == expected
