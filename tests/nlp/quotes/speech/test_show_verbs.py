"""``show`` after a document's noun, which the small English model reads as a noun (``data
show`` one compound), is the verb of a finding and its noun phrase the source (real model);
``show`` as a noun stays one.

Texts are written for these tests, in the phrasing of US, Canadian and Asian news.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # An agency's data after the clause.
    ("Gas prices have not tripled since spring, EIA data show.",
     [("Gas prices have not tripled", "EIA data", "document")]),
    # A bureau's name before ``data show``: the bureau is the source.
    ("Bureau of Labor Statistics data show Michigan gained about 21,000 factory jobs over "
     "two years.",
     [("Michigan gained about", "Bureau of Labor Statistics", "organization")]),
    ("Statistics Canada data show Alberta added about 12,000 jobs in October.",
     [("Alberta added about", "Statistics Canada data", "document")]),
    # The document's noun with its own phrase after it.
    ("Campaign filings with Elections Manitoba show donations are up, though the party "
     "still trails its rivals.",
     [("donations are up", "Campaign filings", "document")]),
    # An adjective before the document's noun.
    ("Official data show exports fell by about 6 percent in the first half of the year.",
     [("exports fell by about 6 percent", "Official data", "document")]),
])
def test_show_after_a_document_noun_is_its_verb(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``X data show <clause>`` reports the clause as the document's finding."""
    check(pipeline, body, expected)


@pytest.mark.parametrize("body", [
    # Guard: ``show`` as a noun, with no document's noun before it.
    "The show drew about 9,000 people to the fairgrounds on Saturday.",
    "The cooking show returns in the fall with a new host.",
])
def test_show_as_a_noun_reports_nothing(pipeline: Pipeline, body: str) -> None:
    """A ``show`` that is a noun is no verb of finding: no reported speech."""
    assert quotes_of(pipeline, body) == []
