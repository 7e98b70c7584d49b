"""A French said clause holding a title in quotation marks, which is dropped as no quote
(:meth:`newswire.nlp.quotes.base.textmap.TextMap.ignoring`, called by
:mod:`newswire.nlp.quotes.extract`)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    ("La ministre a expliqué que le film « Les Misérables » serait projeté dans toutes les "
     "écoles de la région.",
     [("que le film « Les Misérables » serait projeté dans toutes les écoles de la région",
       "indirect", "ministre")]),
    # Guard: a quotation kept as a partial quote still leaves the clause to the partial rules.
    ("Le maire a affirmé que le projet serait « abandonné ».",
     [("abandonné", "partial", "maire")]),
])
def test_said_clause_holds_a_title_whole(pipeline: Pipeline, body: str,
                                         expected: list[tuple[str, str, str | None]]) -> None:
    """A title the quote rules drop no longer cuts the clause that holds it."""
    quotes = french_quotes(pipeline, body)
    assert [(q.text, q.kind, q.speaker) for q in quotes] == expected
