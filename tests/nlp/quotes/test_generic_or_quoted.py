"""A source that holds nothing reported (``held.generic_or_quoted``): a generic subject or a
word inside a quotation, as attitudes, refusals and passives all test it (real model; texts
written for this test)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.base.textmap import TextMap
from newswire.nlp.quotes.lexicon_en import ENGLISH
from newswire.nlp.quotes.marked.marks import find_marked_quotes
from newswire.nlp.quotes.stances.held import generic_or_quoted

ROWS = [
    # (text, the source word, whether it is generic or quoted)
    ("We declined to comment on the report.", "We", True),
    ("You know the plan will fail.", "You", True),
    ("The company declined to comment on the report.", "company", False),
    ("Marie Dupuis supports the tax.", "Dupuis", False),
    ("“Voters think the tax is fair,” the mayor said.", "Voters", True),
]


@pytest.mark.parametrize(("text", "word", "expected"), ROWS)
def test_generic_or_quoted(pipeline: Pipeline, text: str, word: str, expected: bool) -> None:
    """Generic pronouns and quoted words are no source; a named or described one is."""
    doc = pipeline.nlp(text)
    tmap = TextMap(doc, find_marked_quotes(text), ENGLISH)
    source = next(t for t in doc if t.text == word)
    assert generic_or_quoted(tmap, source) is expected
