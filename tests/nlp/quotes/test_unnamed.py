"""Issue 14: unnamed people the lexicon does not list speak as their phrase (real model).

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("A man in the crowd interrupted the mayor. “You broke your promise,” the man said.",
     [("You broke your promise", "man", "group")]),
    ("The video was shared thousands of times. “We were never told,” one commenter wrote.",
     [("We were never told", "commenter", "group")]),
    ("The debate ran long on Thursday. “The rules are clear,” the moderator said.",
     [("The rules are clear", "moderator", "group")]),
])
def test_unnamed_person_is_its_phrase(pipeline: Pipeline, body: str,
                                      expected: list[Expected]) -> None:
    """A man or woman word, or a noun for one who does (``commenter``), speaks as its phrase."""
    check(pipeline, body, expected)

