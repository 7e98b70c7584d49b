"""Collapsed panels, tabs and slides of an article read back (collapsed.py)."""

from __future__ import annotations

import pytest
from lxml import etree, html

from newswire.nlp.boilerplate.collapsed import hidden_paragraphs

PROSE = "The council voted on Monday to approve the new budget for schools and roads."
ANSWER = "Residents may apply for the new school grant online before the end of March."


def article_page(box: str, outside: str = "") -> str:
    """An article of three kept paragraphs with ``box`` inside it and ``outside`` beside it."""
    kept = "".join(f"<p>{PROSE} Part {i}.</p>" for i in range(3))
    return (f"<html><body><nav><p>{ANSWER} Menu.</p></nav><div><div class='post'>{kept}{box}"
            f"</div><div class='side'>{outside}</div></div></body></html>")


def trafilatura_like_body() -> etree._Element:
    """What trafilatura keeps of :func:`article_page`: the three paragraphs."""
    body = etree.Element("body")
    for i in range(3):
        etree.SubElement(body, "p").text = f"{PROSE} Part {i}."
    return body


@pytest.mark.parametrize(
    ("box", "outside", "expected"),
    [
        (f"<div style='display:none'><p>{ANSWER}</p></div>", "", [ANSWER]),
        (f"<div class='faq-slide'><ul><li>{ANSWER}</li></ul></div>", "", [ANSWER]),
        (f"<div class='related-posts' style='display:none'><p>{ANSWER}</p></div>", "", []),
        (f"<div class='comments'><p>{ANSWER}</p></div>", "", []),
        ("<div style='display:none'><p>Apply online before March.</p></div>", "", []),
        ("<div style='display:none'><p>Opening hours and prices for the pool and gym</p></div>",
         "", []),
        ("", f"<p>{ANSWER}</p>", []),
    ],
)
def test_hidden_paragraphs_of_the_read_region(box: str, outside: str, expected: list[str]) -> None:
    """Prose left out inside the region trafilatura read comes back (a collapsed panel, a
    slide); not a related or comment box, not short labels or headings, not text beside it."""
    tree = html.fromstring(article_page(box, outside))
    assert hidden_paragraphs(tree, trafilatura_like_body()) == expected
