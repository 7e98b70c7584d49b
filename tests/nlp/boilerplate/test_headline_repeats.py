"""The headline told again in a text (``headline_repeats``), as both page cleaners compare it."""

from __future__ import annotations

import pytest

from newswire.nlp.boilerplate.headline_repeats import headline_keys, normalise, repeats_headline

TITLES = ("Council passes the new budget for schools | City News", "Council passes budget", "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Council passes budget", True),
        ("COUNCIL PASSES BUDGET!", True),
        ("Council passes the new budget for schools", True),
        ("Council passes the new budget for schools | City News", True),
        ("Council passes", False),
        ("The council voted on Monday to approve the new budget.", False),
        ("", False),
    ],
)
def test_text_repeats_one_of_the_headlines(text: str, expected: bool) -> None:
    """A line is a headline repeated when it is a title, or a title less the site's name."""
    assert repeats_headline(normalise(text), headline_keys(TITLES)) is expected


@pytest.mark.parametrize(
    ("titles", "expected"),
    [
        (("", "  ", "!!"), set()),
        (("Budget: Passed", "budget passed"), {"budget passed"}),
    ],
)
def test_empty_titles_give_no_keys(titles: tuple[str, ...], expected: set[str]) -> None:
    """Titles with no letters or digits leave no key, so nothing is looked for."""
    assert headline_keys(titles) == expected
