"""An unnamed source's phrase keeps the possessive pronoun that says whose it is (``His
spokesman``, ``Its authors``, ``Her family``), as English news writes it: :func:`newswire.nlp.
quotes.phrases.source_phrase` (real model; sentences written for these tests after tuning
articles' shapes)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # Was "spokesman", "authors", "family".
    ("President Luis Choque cast his ballot without speaking. His spokesman said on X that "
     "the president would \"guarantee a peaceful transfer of power to whoever wins.\"",
     [("guarantee a peaceful transfer", "His spokesman", "person")]),
    ("The study was published on Monday. Its authors said the finding \"does not show that "
     "lithium prevents suicide\" at all.",
     [("does not show that lithium", "Its authors", "group")]),
    ("Her family said the funeral Mass would take place on Friday.",
     [("the funeral Mass would take place", "Her family", "group")]),
    # Guard: an article still goes.
    ("The officials said the talks had stalled over sanctions.",
     [("the talks had stalled", "officials", "group")]),
])
def test_a_phrase_keeps_its_owner(pipeline: Pipeline, body: str,
                                  expected: list[Expected]) -> None:
    """``His spokesman said``: the phrase with ``His``, not ``spokesman``."""
    check(pipeline, body, expected)
