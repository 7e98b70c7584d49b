"""Webflow's boxes of pasted HTML (``w-embed``) are the article's own text, not an embed."""

from __future__ import annotations

import pytest
from lxml import html

from newswire.nlp.boilerplate.clean import clean_html
from newswire.nlp.boilerplate.embeds import unmark_html_embeds

PROSE = ("Tipping in the United States depends on the service, the city and the size of the "
         "bill, and customs keep changing as more places ask for a tip at the counter.")
TABLE = ("<table><tr><th>Service</th><th>Suggested tip</th></tr>"
         "<tr><td>Full service restaurant</td><td>20%</td></tr>"
         "<tr><td>Quick service restaurant</td><td>15%</td></tr></table>")


def webflow_post(box: str) -> str:
    """A Webflow blog post: rich text with ``box`` between two paragraphs."""
    return ("<html><head><title>Tip chart</title></head><body><div class='blog-container'>"
            f"<h1>Tip chart and guide</h1><div class='rich-text-block w-richtext'><p>{PROSE}</p>"
            f"{box}<p>{PROSE.replace('Tipping', 'A tip')}</p></div></div></body></html>")


@pytest.mark.parametrize(("box", "kept"), [
    (f"<div class='w-embed'>{TABLE}</div>", True),
    (f"<div class='responsive-table w-embed'>{TABLE}</div>", True),
    (f"<div class='embed-tweet'>{TABLE}</div>", False),
])
def test_webflow_html_embed_is_article_text(box: str, kept: bool) -> None:
    """A table pasted in a Webflow ``w-embed`` box stays in the body; a box named for an
    embedded post (``embed-tweet``) still goes, as trafilatura decides."""
    body = clean_html(webflow_post(box), "https://www.example.com/blog/tip-chart").body
    assert ("Full service restaurant" in body) is kept
    assert PROSE in body


@pytest.mark.parametrize(("classes", "expected"), [
    ("w-embed", ""),
    ("responsive-table w-embed", "responsive-table"),
    ("w-embed-x embed", "w-embed-x embed"),
])
def test_unmark_html_embeds(classes: str, expected: str) -> None:
    """Only the class name ``w-embed`` itself is taken off, the element's others stay."""
    tree = html.fromstring(f"<html><body><div class='{classes}'><p>Text</p></div></body></html>")
    unmark_html_embeds(tree)
    assert tree.find(".//div").get("class") == expected
