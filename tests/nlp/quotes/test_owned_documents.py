"""Issue 14 (kinds36): a document its owner names speaks for that owner when the owner is
one named organisation; a person's document, or one whose owner is named nowhere, keeps its
phrase (real model).

Texts are written for these tests, paraphrasing council and agency reporting.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # A pronoun owner: the organisation it stands for.
    ("The Local Government Association said councils were struggling. Its most recent "
     "survey found that one in four council leaders thought their council could go "
     "bankrupt.",
     [("that one in four council leaders", "Local Government Association", "organization")]),
    # A described owner: the organisation named before.
    ("Angus Council approved the closures on Tuesday. The authority's own equality impact "
     "assessment said the plan may have a disproportionate effect on families.",
     [("the plan may have a disproportionate effect", "Angus Council", "organization")]),
    # An owner that is a name.
    ("Harbourline Research polled 2,000 adults in May. Harbourline Research's latest poll "
     "found that most renters expect to rent for life.",
     [("that most renters expect", "Harbourline Research", "organization")]),
    # Guard: an owner that is no one named keeps the document's phrase.
    ("The authority's own equality impact assessment said the plan may have a "
     "disproportionate effect on families.",
     [("the plan may have a disproportionate effect",
       "authority's own equality impact assessment", "document")]),
])
def test_a_document_speaks_for_its_named_owner(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Its most recent survey found ...`` after the association: the association."""
    check(pipeline, body, expected)
