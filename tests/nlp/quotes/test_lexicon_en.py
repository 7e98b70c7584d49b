"""Issue 14: English nouns of documents that speak (``The amendment says``; real model)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("The Senate passed an amendment to the bill on Thursday. The amendment says firearms "
     "owners must register within 30 days.",
     [("firearms owners must", "amendment", "document")]),
    ("City council passed a new noise bylaw last month. The bylaw says construction must stop "
     "at 7 p.m.",
     [("construction must stop", "bylaw", "document")]),
    ("Congress passed the measure in June. The legislation says states must count ballots "
     "within a week.",
     [("states must count", "legislation", "document")]),
    # A budget office's or treasury's costing of a policy, as Commonwealth papers write.
    ("A Treasury costing published in May found that the cut would cost $2 billion a year.",
     [("that the cut would cost", "Treasury costing", "document")]),
])
def test_a_document_noun_speaks_as_the_document(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """An amendment, bylaw or piece of legislation says what it says, as a document."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Jake Moss was reported after the game. The NRL Queensland tribunal confirmed on Tuesday "
     "that Moss would miss two matches.",
     [("that Moss would miss two matches", "NRL Queensland tribunal", "organization")]),
])
def test_a_tribunal_speaks_as_an_organisation(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """A tribunal named by its body (``the NRL Queensland tribunal``) speaks as its phrase."""
    check(pipeline, body, expected)
