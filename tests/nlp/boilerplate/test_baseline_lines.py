"""An <article> trafilatura gave as one line is split back at its blocks (baseline_lines.py)."""

from __future__ import annotations

import pytest
from lxml import etree, html

from newswire.nlp.boilerplate.baseline_lines import split_article_line
from newswire.nlp.boilerplate.clean import clean_html

ENTRIES = ("<div class=entry><time>21:40</time><h3>Turnout up</h3>"
           "<p>Turnout reached 61 per cent, the returning officer said.</p></div>"
           "<div class=entry><time>20:15</time><h3>Boxes arrive</h3>"
           "<p>The first ballot boxes reached the sports hall shortly after eight.</p></div>")
ENTRY_LINES = ["21:40", "Turnout up", "Turnout reached 61 per cent, the returning officer said.",
               "20:15", "Boxes arrive",
               "The first ballot boxes reached the sports hall shortly after eight."]


def _body(*paragraphs: str) -> etree._Element:
    body = etree.Element("body")
    for text in paragraphs:
        etree.SubElement(body, "p").text = text
    return body


@pytest.mark.parametrize(
    ("article", "paragraphs", "expected"),
    [
        # A live blog's entries run together: one line per time, heading and paragraph.
        (ENTRIES, [" ".join(ENTRY_LINES)], ENTRY_LINES),
        # A script inside is not read; an aside trafilatura's cleaning dropped is passed over.
        ("<h2>Count under way</h2><script>var x = 1;</script><aside>Sign up</aside>"
         "<p>Counting began at ten in all four wards.</p>",
         ["Count under way Counting began at ten in all four wards."],
         ["Count under way", "Counting began at ten in all four wards."]),
        # Inline markup stays inside its line.
        ("<p>The <b>mayor</b> conceded at <a href='/x'>midnight</a>.</p><p>Her rival thanked "
         "voters.</p>", ["The mayor conceded at midnight. Her rival thanked voters."],
         ["The mayor conceded at midnight.", "Her rival thanked voters."]),
        # Two paragraphs already: trafilatura read the page itself, nothing to split.
        (ENTRIES, ["Turnout up", "Boxes arrive"], ["Turnout up", "Boxes arrive"]),
        # One line that is not the article's text (another element was read) stays.
        (ENTRIES, ["Polls close at ten tonight across the county and counting starts at once."],
         ["Polls close at ten tonight across the county and counting starts at once."]),
        # One paragraph of the article is one line already.
        ("<p>Counting began at ten in all four wards.</p>",
         ["Counting began at ten in all four wards."],
         ["Counting began at ten in all four wards."]),
    ],
)
def test_split_article_line(article: str, paragraphs: list[str], expected: list[str]) -> None:
    """The one paragraph goes back to the <article>'s blocks when they give its text back."""
    tree = html.fromstring(f"<html><body><article>{article}</article></body></html>")
    body = _body(*paragraphs)
    split_article_line(body, tree)
    assert [p.text for p in body] == expected


def test_short_live_blog_keeps_its_entries_apart() -> None:
    """A short live blog page (trafilatura's last resort reads its <article> whole) keeps one
    line per entry's time, heading and paragraph, so no rule reads across entries."""
    page = ("<html lang=en><head><title>Election count live | Valley Echo</title></head>"
            f"<body><article><h1>Election count live</h1>{ENTRIES}</article></body></html>")
    lines = clean_html(page, "https://valleyecho.example/live").body.splitlines()
    assert "Turnout reached 61 per cent, the returning officer said." in lines
    assert "Boxes arrive" in lines
