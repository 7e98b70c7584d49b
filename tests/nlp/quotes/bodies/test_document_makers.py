"""A document an organisation named by name made speaks as that organisation, the answer
the fresh gold takes for every way of writing the document (``A 2023 report by``, ``a report
published last month by``): :mod:`newswire.nlp.quotes.bodies.document_makers` (real model,
sentences written for these tests after tuning articles' shapes)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # The maker right after the noun (was "report by the Care Quality Commission").
    ("Nurses say the ward is short-staffed.\n\nA report by the Care Quality Commission "
     "found too few registered nurses on too many shifts.",
     [("too few registered nurses", "Care Quality Commission", "organization")]),
    # After a participle of publishing (was "report").
    ("Two universities plan to cut jobs.\n\nA report published by the Wales Audit Office in "
     "March found that eight universities expected to post a deficit.",
     [("that eight universities expected", "Wales Audit Office", "organization")]),
    # Guards: a maker that is no organisation's name, and a document with no maker, keep
    # their phrase.
    ("The city missed its targets.\n\nA separate report by the auditor general had warned "
     "that the city did not have enough inspectors.",
     [("that the city did not have enough inspectors", "report by the auditor general",
       "document")]),
    # Who saw a document did not make it.
    ("The unit was short of midwives.\n\nAn internal audit seen by The Independent, dated "
     "October, found that the unit had fallen below its minimum staffing level.",
     [("that the unit had fallen below", "internal audit", "document")]),
    ("The city missed its targets.\n\nA staff report presented to council warned that the "
     "costs had not been negotiated.",
     [("that the costs had not been negotiated", "staff report", "document")]),
])
def test_a_document_speaks_as_its_named_maker(pipeline: Pipeline, body: str,
                                              expected: list[Expected]) -> None:
    """``A report by the Care Quality Commission found``: the commission, not the phrase."""
    check(pipeline, body, expected)
