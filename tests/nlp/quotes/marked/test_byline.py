"""A quote signed on the line after it, after a dash (real model).

Texts are written for these tests, paraphrasing the fact-check format.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("Bernie Sanders and Hillary Clinton met again on Sunday.\n\n\"Big companies like these pay "
     "zero taxes.\"\n\n- Bernie Sanders.\n\nThis is a complex issue.\n\n\"I will look into "
     "releasing the transcripts.\"\n\n- Hillary Clinton.\n\nClinton has said this before.",
     [("Big companies", "Bernie Sanders", "person"),
      ("I will look into", "Hillary Clinton", "person")]),
])
def test_quote_signed_below(pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """A paragraph that is only a quote, then ``- Name.``: the name is the speaker."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # The dash line is a list item, not a signature: the quote has words after it.
    ("Hillary Clinton spoke on Sunday.\n\n\"We will win,\" she said at the rally.\n\n- Sanders "
     "spoke next.",
     [("We will win", "Hillary Clinton", "person")]),
])
def test_no_signature_when_the_quote_has_its_cue(pipeline: Pipeline, body: str,
                                                 expected: list[Expected]) -> None:
    """A quote with its own cue keeps it, whatever the next line holds."""
    check(pipeline, body, expected)
