"""Line rules that share a pattern search it once: the same verdicts at each word limit."""

from __future__ import annotations

import re

import pytest

from newswire.nlp.boilerplate.line_rules import Rule, rule_for, words
from newswire.nlp.boilerplate.shape_rules import has_words


def _line(opening: str, n_words: int) -> str:
    """``opening`` padded with neutral words to ``n_words`` words."""
    return " ".join([opening, *["town"] * (n_words - len(words(opening)))])


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (_line("The privacy policy", 8), "consent"),
        (_line("The privacy policy", 9), None),
        (_line("The privacy policy of our", 9), "consent"),
        (_line("The privacy policy of our", 80), "consent"),
        (_line("The privacy policy of our", 81), None),
        (_line("The newsletter", 10), "subscribe"),
        (_line("The newsletter", 11), None),
        (_line("The newsletter for you", 11), "subscribe"),
        (_line("The newsletter for you", 30), "subscribe"),
        (_line("The newsletter for you", 31), None),
    ],
)
def test_consent_and_subscribe_word_limits(line: str, rule: str | None) -> None:
    """Consent words name any line up to 8 words and a banner's up to 80; subscribe words
    any line up to 10 words and one speaking to the reader up to 30 (one rule each)."""
    assert rule_for(line) == rule


_WORD = re.compile("cookie")
_ALSO = re.compile("banner")
_PAIR = (Rule("x", _WORD, 80, _ALSO), Rule("x", _WORD, 8))
_MERGED = Rule("x", _WORD, 80, _ALSO, also_above=8)


@pytest.mark.parametrize("n_words", [1, 7, 8, 9, 79, 80, 81])
@pytest.mark.parametrize("opening", ["cookie", "cookie banner", "banner", "nothing"])
def test_also_above_is_the_two_rules_in_one(opening: str, n_words: int) -> None:
    """A rule whose ``also`` is needed only above a word count hits where the two rules it
    replaces (with and without ``also``) hit."""
    line = _line(opening, n_words)
    assert _MERGED.hits(line, n_words) == any(r.hits(line, n_words) for r in _PAIR)


@pytest.mark.parametrize(
    "line",
    ["", "  ", "Privacy policy", "Subscribe to our newsletter for you", "5 min read",
     "Home > News > World", "The council met on Monday, aides said.", "  By Jane Doe  "],
)
def test_rule_for_takes_the_callers_word_count(line: str) -> None:
    """Given the line's word count, rule_for answers as when it counts the words itself."""
    assert rule_for(line, True, len(words(line))) == rule_for(line)
    assert rule_for(line, False, len(words(line))) == rule_for(line, english=False)


@pytest.mark.parametrize(
    ("text", "n"),
    [("", 0), ("", 1), ("one", 1), ("one", 2), ("one two, three!", 3), ("one two", 3),
     ("a " * 10, 10), ("a " * 9, 10), ("—  ", 1), ("a" * 50, 1)],
)
def test_has_words_counts_as_far_as_asked(text: str, n: int) -> None:
    """``has_words(text, n)`` is ``len(words(text)) >= n``."""
    assert has_words(text, n) == (len(words(text)) >= n)
