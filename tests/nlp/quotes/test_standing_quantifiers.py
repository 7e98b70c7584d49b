"""Issue 14 (enkinds38): a quantifier standing alone as a subject is an unnamed group by its
word (``Residents were divided. Some said ...``, ``Parents disputed that. Several said
...``), as the fresh gold writes it. Real model.

Texts are written for these tests, paraphrasing Canadian reporting.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("Residents who attended the session were divided. Some said the increase was overdue.",
     [("the increase was overdue", "Some", "group")]),
    ("Parents disputed that. Several said their children had taken online calculus.",
     [("their children had taken", "Several", "group")]),
    # As written, in the sentence or after the quote (review38a).
    ("Tenants were split. But some have argued that the increase was overdue.",
     [("that the increase was overdue", "some", "group")]),
    ("Tenants were split. \"The increase was overdue,\" said some.",
     [("The increase was overdue", "some", "group")]),
    # Guard: "some of the protesters" are the protesters, as before.
    ("Some of the protesters said the plan was a disgrace.",
     [("the plan was a disgrace", "protesters", "group")]),
])
def test_a_quantifier_alone_is_a_group(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Some said``: the group by its word, not nobody."""
    check(pipeline, body, expected)
