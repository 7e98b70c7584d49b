"""A mention in capitals opening a sentence, a dash after it, is a dateline's place
(:func:`~newswire.nlp.quotes.layouts.datelines.span_in_dateline`), read with where the mention
starts in its sentence tested first. Real model; texts written for these tests."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.layouts.datelines import mark_dateline, span_in_dateline


@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("WASHINGTON — The senator said the bill would pass.", "WASHINGTON", True),
    ("Officials met on Monday. NEW YORK — The mayor spoke first.", "NEW YORK", True),
    # Not in capitals: a subject before a dash.
    ("NDP Leader Jagmeet Singh said — without notes — that he would vote.", "Jagmeet Singh",
     False),
    # In capitals but deep in its sentence.
    ("The agency said on Monday that the NASA budget — all of it — was spent.", "NASA",
     False),
    # In capitals at the start, a lower-case word before any dash.
    ("NASA said the probe — launched in May — was lost.", "NASA", False),
])
def test_span_in_dateline(pipeline: Pipeline, text: str, mention: str, expected: bool
                          ) -> None:
    """Only capitals opening their sentence with a dash after them are a dateline."""
    doc = pipeline.nlp(text)
    mark_dateline(doc, 0, text=text)
    start = text.index(mention)
    span = doc.char_span(start, start + len(mention), alignment_mode="expand")
    assert span is not None
    assert span_in_dateline(span) is expected
