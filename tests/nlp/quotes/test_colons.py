"""Issue 14: a quote after a colon label, ``From the report: “...”`` (real model)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("Pollsters compared nine samples to benchmarks. From the report: “In general, samples "
     "with more elaborate weighting produced more accurate results.”",
     [("In general, samples", "report", "document")]),
    ("Officials compared the plans in March. More from the audit: “The ministry did not track "
     "its spending on consultants.”",
     [("The ministry did not", "audit", "document")]),
    # A verb's "from" is no label: the quote is the one who says it.
    ("The money came from the union: “We paid for every sign,” Smith said.",
     [("We paid for every sign", "Smith", "person")]),
])
def test_a_label_from_a_document_speaks_as_it(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``From the report:`` before a quote hands it to the report, as ``More from Jones:``."""
    check(pipeline, body, expected)
