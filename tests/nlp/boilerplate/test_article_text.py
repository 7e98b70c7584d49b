"""What is left of a page counts as an article (``article_text.has_article``)."""

from __future__ import annotations

import pytest

from newswire.nlp.boilerplate.article_text import has_article


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Home", False),
        ("Sign in\nSubscribe\nMenu", False),
        ("The council voted on Monday to approve the new budget for schools.", True),
        ("Police closed the road.", True),
        ("one two three four five six seven eight nine ten eleven", True),
    ],
)
def test_menu_entries_are_no_article(body: str, expected: bool) -> None:
    """A menu entry or a stray word is no article; a sentence or ten words is one."""
    assert has_article(body) is expected
