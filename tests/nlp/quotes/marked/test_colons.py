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


@pytest.mark.parametrize(("body", "expected"), [
    # find30: the verb of a relative clause says which line; the main clause's subject speaks.
    ("Senator Mark Wilson closed by talking about his father. He ended with a line his "
     "campaign has used in ads all fall: “I am not running to be somebody.”",
     [("I am not running", "Mark Wilson", "person")]),
    # "as X notes:" introduces the quote wherever the parse hangs it.
    ("It would be hard to overstate the weight of the statement, the principles of which tie "
     "these leaders together, as the Heritage Foundation notes:\n\n“In the fall of 1960, "
     "some 90 young conservatives met in Sharon.”",
     [("In the fall of 1960", "Heritage Foundation", "organization")]),
])
def test_a_verb_in_a_relative_clause_is_no_colon_cue(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``He ended with a line his campaign has used:``: the main clause's verb is the cue."""
    check(pipeline, body, expected)
