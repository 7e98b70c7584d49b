"""Issue 14 (enkinds41): an English group's phrase keeps its possessive, as the fresh gold
writes it (``Her family``, ``Its trustees``). Real model.

Texts are written for these tests, paraphrasing the shapes of tuning articles.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("The museum faces closure. Its trustees say that without the money it will be "
     "\"unable to survive\".",
     [("unable to survive", "Its trustees", "group")]),
    ("Mary Byrne died on Sunday. Her family said the funeral Mass would take place on Friday.",
     [("the funeral Mass would take place on Friday", "Her family", "group")]),
    ("A study of nearly 900,000 adults found a link. Its authors said the finding does not "
     "show that lithium prevents dementia.",
     [("the finding does not show", "Its authors", "group")]),
    # Guard: a determiner still goes.
    ("The trustees said the museum would close.",
     [("the museum would close", "trustees", "group")]),
])
def test_a_groups_possessive_stays(pipeline: Pipeline, body: str,
                                   expected: list[Expected]) -> None:
    """``Her family said``: the speaker is ``Her family``, not ``family``."""
    check(pipeline, body, expected)

