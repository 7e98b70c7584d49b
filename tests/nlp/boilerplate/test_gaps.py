"""What trafilatura dropped before or between kept paragraphs is put back (gaps.py):
subheadings, paragraphs and list items."""

from __future__ import annotations

import pytest
from lxml import etree, html

from newswire.nlp.boilerplate.collapsed import read_region
from newswire.nlp.boilerplate.gaps import dropped_between, restore_between
from newswire.nlp.boilerplate.html_tree import text_of

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
        ("", "<h2>What happened first</h2>", "<h2>What comes next</h2>", ["What happened first"]),
        ("", "", "<h2>What comes next</h2>", []),
        ("<h1>The page's headline</h1>", "", "", []),
    ],
)
def test_dropped_subheadings(middle: str, before: str, after: str, expected: list[str]) -> None:
    """A short h2-h6 between kept paragraphs, or above the first inside the article box, comes
    back; not a "Related" heading, one in a share box, a sentence-long one, one below the kept
    text, nor the headline."""
    tree = html.fromstring(article_page(middle, before, after))
    read = read_region(tree, trafilatura_like_body())
    assert [d.text for d in dropped_between(read)] == expected


def test_subhead_goes_before_the_paragraph_it_heads() -> None:
    """The heading is put back in place, as a ``head`` just before the next kept block."""
    tree = html.fromstring(article_page("<h3>What comes next</h3>"))
    body = trafilatura_like_body()
    restore_between(body, dropped_between(read_region(tree, body)))
    assert [(e.tag, text_of(e)[:16]) for e in body] == [
        ("p", "The council vote"), ("head", "What comes next"), ("p", "The council vote")]


STEP = "Back up your data to an external drive before you change the router settings."


@pytest.mark.parametrize(
    ("middle", "after", "expected"),
    [
        (f"<p>{STEP}</p>", "", [STEP]),
        (f"<ul><li>{STEP[:-1]}</li><li>Too short to count</li></ul>", "", [STEP[:-1]]),
        ("<p>Only six words in this one.</p>", "", []),
        ("<p>A label set in a paragraph that ends without any stop</p>", "", []),
        (f"<div class='related-posts'><p>{STEP}</p></div>", "", []),
        (f"<p>{PROSE} Part 0.[1]</p>", "", []),
        ("<p>Subscribe to our newsletter for the latest news and offers every week.</p>", "", []),
        ("", f"<p>{STEP}</p>", []),
        (f"<figure><img src='a.jpg'><figcaption><p>{STEP}</p></figcaption></figure>", "", []),
        (f"<ul><li><img src='a.jpg'><div>{STEP}</div></li></ul>", "", []),
        ("<ul><li><h3>Man shot at a gas station dies at the hospital</h3></li></ul>", "", []),
    ],
)
def test_dropped_paragraphs(middle: str, after: str, expected: list[str]) -> None:
    """A sentence paragraph or list item of 8+ words between kept paragraphs comes back; not
    a short one, a label, one in a related box, a copy of kept text (a footnote mark added),
    a line a rule calls boilerplate, one below the kept text, a photo's caption, a gallery
    slide, nor a teaser card around its heading (the heading is looked at on its own)."""
    tree = html.fromstring(article_page(middle, after=after))
    read = read_region(tree, trafilatura_like_body())
    assert [d.text for d in dropped_between(read) if not d.heading] == expected


def test_paragraph_goes_back_in_place() -> None:
    """A dropped paragraph is put back as a ``p`` just before the next kept block."""
    tree = html.fromstring(article_page(f"<h3>What comes next</h3><p>{STEP}</p>"))
    body = trafilatura_like_body()
    restore_between(body, dropped_between(read_region(tree, body)))
    assert [(e.tag, text_of(e)[:16]) for e in body] == [
        ("p", "The council vote"), ("head", "What comes next"), ("p", "Back up your dat"),
        ("p", "The council vote")]


TLDR = ("<h3>TL;DR</h3><ul><li>We introduced a new benchmark that uses identical workloads "
        "for every client.</li></ul>")


@pytest.mark.parametrize(
    ("html_text", "expected"),
    [
        (article_page("", before=TLDR),
         [("head", "TL;DR"), ("p", "We introduced a new benchmark that uses identical "
                                   "workloads for every client."), ("p", f"{PROSE} Part 0."),
          ("p", f"{PROSE} Part 1.")]),
        (f"<html><body><div><div class='top'>{TLDR}</div><div class='post'><p>{PROSE} Part 0."
         f"</p><p>{PROSE} Part 1.</p></div></div></body></html>",
         [("p", f"{PROSE} Part 0."), ("p", f"{PROSE} Part 1.")]),
    ],
)
def test_opening_above_first_kept_paragraph(html_text: str, expected: list[tuple[str, str]]
                                            ) -> None:
    """A TL;DR and its list above the first kept paragraph, inside the article's box, come back
    before it; the same above the box (outside the region trafilatura read) stays out."""
    tree = html.fromstring(html_text)
    body = trafilatura_like_body()
    restore_between(body, dropped_between(read_region(tree, body)))
    assert [(e.tag, text_of(e)) for e in body] == expected
