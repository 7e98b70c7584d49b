"""Subheadings trafilatura dropped between kept paragraphs are put back (subheads.py)."""

from __future__ import annotations

import pytest
from lxml import etree, html

from newswire.nlp.boilerplate.collapsed import read_region
from newswire.nlp.boilerplate.html_tree import text_of
from newswire.nlp.boilerplate.subheads import dropped_subheads, restore_subheads

PROSE = "The council voted on Monday to approve the new budget for schools and roads."


def article_page(middle: str, before: str = "", after: str = "") -> str:
    """An article of two kept paragraphs with ``middle`` between them, ``before`` above the
    first and ``after`` below the last, all inside one article box."""
    return (f"<html><body><div><div class='post'>{before}<p>{PROSE} Part 0.</p>{middle}"
            f"<p>{PROSE} Part 1.</p>{after}</div><div class='side'><p>Other text.</p></div>"
            "</div></body></html>")


def trafilatura_like_body() -> etree._Element:
    """What trafilatura keeps of :func:`article_page`: the two paragraphs, no heading."""
    body = etree.Element("body")
    for i in range(2):
        etree.SubElement(body, "p").text = f"{PROSE} Part {i}."
    return body


@pytest.mark.parametrize(
    ("middle", "before", "after", "expected"),
    [
        ("<h3>Possible next steps</h3>", "", "", ["Possible next steps"]),
        ("<h2>FAQ</h2>", "", "", ["FAQ"]),
        ("<h2>Related articles</h2>", "", "", []),
        ("<div class='share-box'><h4>How the vote went</h4></div>", "", "", []),
        ("<h3>" + "A heading set large that runs on like a whole sentence of the story" + "</h3>",
         "", "", []),
        ("", "<h2>What happened first</h2>", "<h2>What comes next</h2>", []),
        ("<h1>The page's headline</h1>", "", "", []),
    ],
)
def test_dropped_subheads(middle: str, before: str, after: str, expected: list[str]) -> None:
    """A short h2-h6 between kept paragraphs comes back; not a "Related" heading, one in a
    share box, a sentence-long one, one above or below the kept text, nor the headline."""
    tree = html.fromstring(article_page(middle, before, after))
    read = read_region(tree, trafilatura_like_body())
    assert [text for text, _ in dropped_subheads(read)] == expected


def test_subhead_goes_before_the_paragraph_it_heads() -> None:
    """The heading is put back in place, as a ``head`` just before the next kept block."""
    tree = html.fromstring(article_page("<h3>What comes next</h3>"))
    body = trafilatura_like_body()
    restore_subheads(body, dropped_subheads(read_region(tree, body)))
    assert [(e.tag, text_of(e)[:16]) for e in body] == [
        ("p", "The council vote"), ("head", "What comes next"), ("p", "The council vote")]
