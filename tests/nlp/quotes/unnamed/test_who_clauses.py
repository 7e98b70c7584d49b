"""``told_apart_by_who``: another word of the same lemma and tag with a ``who`` clause of its
own, found from the words of that lemma alone (real model; texts written for these tests)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.unnamed.who_clauses import told_apart_by_who


@pytest.mark.parametrize(("body", "told_apart"), [
    ("A senior official who attended the meeting said the deal was close. A senior official "
     "who was not there said it was dead.", True),
    ("A senior official who attended the meeting said the deal was close. Another official "
     "said it was dead.", False),  # the other has no clause of its own
    ("A senior official who attended the meeting said the deal was close. Officials who were "
     "not there said it was dead.", False),  # a plural is not another of the same noun
    ("A senior official who attended the meeting said the deal was close. An official said "
     "little. A junior official who left early said it was dead.", True),  # any other one
    # The doc is first asked whether it holds a "who" at all (cheap first): "whom" counts.
    ("A senior official spoke first. A senior official whom reporters reached later said "
     "it was dead.", True),
    ("A senior official said the deal was close. A senior official said it was dead.", False),
])
def test_another_of_the_same_noun_with_its_own_who(pipeline: Pipeline, body: str,
                                                   told_apart: bool) -> None:
    """The first ``official`` is told apart by its clause only when another ``official`` of
    the same tag has one too."""
    doc = pipeline.nlp(body)
    head = next(t for t in doc if t.lower_ == "official")
    assert told_apart_by_who(head) is told_apart
