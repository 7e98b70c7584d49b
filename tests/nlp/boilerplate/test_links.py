"""Links removed with boilerplate: their labels, and how large a line of links may grow."""

from __future__ import annotations

import pytest

from newswire.nlp.boilerplate.clean import clean_text
from newswire.nlp.boilerplate.links import MAX_LABEL_CHARS, label_of_line, links_in_line

LINK_FLOOD = " ".join(f"https://t.co/{i} bit.ly/{i}" for i in range(2_000))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Follow us: https://twitter.com/example", "Follow us"),
        ("Take our survey https://forms.gle/abc", "Take our survey"),
        ("https://example.com/story", "https://example.com/story"),
        ("Read more | https://a.io/1 | https://a.io/2", "Read more"),
        ("Links: " + LINK_FLOOD, "Links"),
    ],
)
def test_label_is_the_line_without_its_urls(line: str, expected: str) -> None:
    """A link's label is its line's words without URLs, or the line when it has no words."""
    assert label_of_line(line) == expected


@pytest.mark.parametrize(
    "line",
    [LINK_FLOOD, "word " * 1_000 + "https://bit.ly/x", "x" * 5_000 + " https://bit.ly/x"],
)
def test_label_is_never_longer_than_the_limit(line: str) -> None:
    """However long its line, a label is cut to MAX_LABEL_CHARS (and an ellipsis)."""
    labels = {link.label for link in links_in_line(line)}
    assert labels
    assert all(len(label) <= MAX_LABEL_CHARS + 1 for label in labels)


def test_a_line_of_thousands_of_links_keeps_each_link_with_a_short_label() -> None:
    """A plain-text line of 4,000 URLs is removed as links, every one kept with a short label."""
    cleaned = clean_text("Links", LINK_FLOOD)
    links = cleaned.boilerplate.links
    assert len(links) == 4_000
    assert {link.kind for link in links} == {"tracking"}
    assert sum(len(link.label) for link in links) <= 4_000 * (MAX_LABEL_CHARS + 1)
