"""rule_among: the line rule that names a line, asked only about a few rules' names."""

from __future__ import annotations

import pytest

from newswire.nlp.boilerplate.line_rules import rule_for
from newswire.nlp.boilerplate.named_rules import rule_among

CONSENT = frozenset({"consent"})
FORUM = frozenset({"consent", "date"})

ROWS = [
    # A cookie banner: the consent rule names it first.
    ("We use cookies to improve your experience. Accept all cookies", CONSENT, "consent"),
    ("Nous utilisons des cookies pour améliorer votre expérience.", CONSENT, "consent"),
    # A forum post's date line, kept apart from the consent rule on forums only.
    ("Published: March 3, 2024", FORUM, "date"),
    ("Published: March 3, 2024", CONSENT, None),
    # Another rule names the line first: not one of the names, so no verdict, even though
    # the consent rule alone would hit ("comments" comes before "consent").
    ("34 Comments on our privacy policy", CONSENT, None),
    # A line with a URL goes its own way (never a consent verdict).
    ("Read our privacy policy at https://example.com/privacy", CONSENT, None),
    # Prose and prices are nothing.
    ("The council approved the budget on Tuesday after a long debate.", CONSENT, None),
    ("$129.99 Add to cart", CONSENT, None),
    ("", CONSENT, None),
    ("We use cookies to improve your experience.", frozenset(), None),
]


@pytest.mark.parametrize(("line", "names", "expected"), ROWS)
def test_rule_among(line: str, names: frozenset[str], expected: str | None) -> None:
    """A line is named only by a rule of ``names`` that rule_for would name it by."""
    assert rule_among(line, names) == expected


@pytest.mark.parametrize(("line", "names", "expected"), ROWS)
def test_rule_among_agrees_with_rule_for(line: str, names: frozenset[str],
                                         expected: str | None) -> None:
    """The shortcut never changes rule_for's answer: the same verdict, or none when
    rule_for names a rule outside ``names``."""
    found = rule_for(line)
    assert rule_among(line, names) == (found if found in names else None)
