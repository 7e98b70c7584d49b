"""Who a text names outside quotes, and the title words read around each name (real model)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.resolution.titles import _APPOSITIVE_TOKENS, _TITLE_WINDOW, titles_of

FIRST = ["Anna", "Carl", "Maria", "Omar", "Lena", "Jonas", "Sofia", "Pedro", "Ingrid", "Yusuf"]
LAST = ["Berg", "Dahl", "Okafor", "Novak", "Silva", "Moreau", "Kowalski", "Larsen", "Haddad"]


def names(count: int) -> str:
    """``count`` distinct names on one line, separated by commas."""
    return ", ".join(f"{FIRST[i % len(FIRST)]} {LAST[i // len(FIRST) % len(LAST)]}{i}"
                     for i in range(count))


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ann Lee, a partner at the firm, said the deal was off.", "Ann Lee",
     {"partner", "firm"}),
    ("Senator Ann Lee said the deal was off.", "Ann Lee", {"senator"}),
])
def test_titles_of(pipeline: Pipeline, text: str, name: str, expected: set[str]) -> None:
    """A name's title words: before it, or in apposition to it."""
    doc = pipeline.nlp(text)
    span = next(e for e in doc.ents if e.text == name)
    assert titles_of(span) >= expected


def test_a_list_of_names_is_no_title(pipeline: Pipeline) -> None:
    """The parser chains a long list of names as appositives of each other: a name's title
    words come from the few tokens before it and its appositives' first tokens, not from
    every name of the list (1,480 words for one name of these 2,000)."""
    doc = pipeline.nlp(names(2_000))
    assert max(len(titles_of(e)) for e in doc.ents) <= _TITLE_WINDOW + _APPOSITIVE_TOKENS
