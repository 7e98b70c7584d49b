"""The words of a name, as every type and joining rule splits it."""

from __future__ import annotations

import pytest

from newswire.nlp.entities.words.names import words


@pytest.mark.parametrize(("name", "expected"), [
    ("Jean-Claude Juncker", ["Jean-Claude", "Juncker"]),  # hyphenated parts kept together
    ("Donald J. Trump", ["Donald", "J.", "Trump"]),  # an initial keeps its point
    ("Seán Ó Dálaigh", ["Seán", "Ó", "Dálaigh"]),
    ("O’Brien's Bakery", ["O’Brien's", "Bakery"]),  # both apostrophes stay inside a word
    ("AT&T Inc.", ["AT", "T", "Inc."]),  # "&" splits
    ("  ", []),
])
def test_a_names_words(name: str, expected: list[str]) -> None:
    """Letters, digits, points, apostrophes and hyphens make a word; anything else splits."""
    assert words(name) == expected
