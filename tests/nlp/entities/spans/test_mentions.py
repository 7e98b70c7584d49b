"""Mentions: whether a name stands in sports results, read from the characters around it."""

from __future__ import annotations

import pytest

from newswire.models import Field_
from newswire.nlp.entities.spans.cues import _versus_window, scored
from newswire.nlp.entities.spans.mentions import Mention


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Kent v Surrey", "Surrey", True),
    ("Kent v. Surrey", "Kent", True),
    ("Kent v.\tSurrey", "Surrey", True),
    ("v Surrey", "Surrey", True),
    ("Somerset 236-4", "Somerset", True),
    ("Vaduz (Liechtenstein) 1", "Vaduz", True),
    ("Kent vs Surrey", "Surrey", False),
    ("Lev Surrey said so.", "Surrey", False),
    ("Kent v\nSurrey", "Surrey", False),
    ("Ann Lee met Bob Jones.", "Bob Jones", False),
])
def test_scored(text: str, name: str, expected: bool) -> None:
    """A score after the name, or a "v" beside it on its line, is a sports result."""
    start = text.index(name)
    assert scored(text, start, start + len(name)) is expected


NAMES = ", ".join(f"Ann Lee{i}" for i in range(5_000)) + ", Bo Li"


@pytest.mark.parametrize(("text", "start", "expected"), [
    ("Kent v Surrey", 7, 3),
    ("Kent v   Surrey", 9, 3),
    ("ab\nv Surrey", 5, 3),
    ("v Surrey", 2, 0),
    # A line of thousands of names: the window stays at the name, not the line's start
    # (searching the whole line for every name of it is quadratic).
    (NAMES, NAMES.index("Bo Li"), NAMES.index("Bo Li") - len(" v.") - 1),
])
def test_versus_window(text: str, start: int, expected: int) -> None:
    """A "v" before a name is looked for in the few characters before its spaces."""
    assert _versus_window(text, start) == expected


@pytest.mark.parametrize(("first", "second", "expected"), [
    (("body", 0, 8), ("body", 4, 12), True),  # "Ann Lee" and "Lee Jones" share "Lee"
    (("body", 4, 12), ("body", 0, 8), True),
    (("body", 0, 20), ("body", 5, 10), True),  # one inside the other
    (("body", 0, 8), ("body", 8, 12), False),  # touching, no character shared
    (("title", 0, 8), ("body", 0, 8), False),  # the same offsets in another field
])
def test_mentions_overlap_in_one_field(first: tuple[Field_, int, int],
                                       second: tuple[Field_, int, int], expected: bool) -> None:
    """Two mentions overlap when they share a character of the same field (the test the
    extractor and the acronym pass both read)."""
    def mention(where: tuple[Field_, int, int]) -> Mention:
        field, start, end = where
        return Mention(field, start, end, "x" * (end - start))

    assert mention(first).overlaps(mention(second)) is expected
