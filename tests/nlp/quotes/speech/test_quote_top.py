"""The word a quote stands under (``cues.quote_top``), which the cue, finding, hanging and
owned-speech rules all climb from (real model; texts written for this test)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.speech.cues import quote_top

ROWS = [
    # (text, the quote's words, the top word of the quote, the word it hangs on)
    ("Moore thanked him for “stepping up” after the storm.", "stepping up", "stepping", "for"),
    ("Elizabeth Warren called the plan “a good thing” on Monday.", "a good thing", "thing",
     "called"),
    ("The report found that the program was “badly underfunded for years.”",
     "badly underfunded for years", "underfunded", "found"),
]


@pytest.mark.parametrize(("text", "quoted", "top", "head"), ROWS)
def test_quote_top(pipeline: Pipeline, text: str, quoted: str, top: str, head: str) -> None:
    """The first word of the quote whose head lies outside it, and that head."""
    doc = pipeline.nlp(text)
    start = text.index(quoted)
    inside = [t for t in doc if start <= t.idx < start + len(quoted)]
    found = quote_top(inside)
    assert found is not None
    assert (found.text, found.head.text) == (top, head)


def test_no_words() -> None:
    """An empty quote stands under nothing."""
    assert quote_top([]) is None
