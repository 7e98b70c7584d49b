"""Collapsed panels, tabs and slides of an article: back in place between the paragraphs
trafilatura kept (collapsed.py finds the region, gaps.py puts them back), nowhere else."""

from __future__ import annotations

import pytest
from lxml import etree, html

from newswire.nlp.boilerplate.collapsed import drop_kept_boxes, left_out, read_region
from newswire.nlp.boilerplate.gaps import dropped_between

PROSE = "The council voted on Monday to approve the new budget for schools and roads."
ANSWER = "Residents may apply for the new school grant online before the end of March."


def article_page(middle: str, after: str = "", outside: str = "") -> str:
    """An article of three kept paragraphs with ``middle`` between the first two, ``after``
    below the last one and ``outside`` beside the article."""
    kept = [f"<p>{PROSE} Part {i}.</p>" for i in range(3)]
    return (f"<html><body><nav><p>{ANSWER} Menu.</p></nav><div><div class='post'>{kept[0]}"
            f"{middle}{kept[1]}{kept[2]}{after}</div><div class='side'>{outside}</div></div>"
            "</body></html>")


def trafilatura_like_body() -> etree._Element:
    """What trafilatura keeps of :func:`article_page`: the three paragraphs."""
    body = etree.Element("body")
    for i in range(3):
        etree.SubElement(body, "p").text = f"{PROSE} Part {i}."
    return body


HIDDEN = f"<div style='display:none'><p>{ANSWER}</p></div>"


@pytest.mark.parametrize(
    ("middle", "after", "outside", "expected"),
    [
        (HIDDEN, "", "", [ANSWER]),
        (f"<div class='faq-slide'><ul><li>{ANSWER}</li></ul></div>", "", "", [ANSWER]),
        ("", HIDDEN, "", []),
        ("", f"<div class='faq-slide'><ul><li>{ANSWER}</li></ul></div>", "", []),
        (f"<div class='related-posts' style='display:none'><p>{ANSWER}</p></div>", "", "", []),
        (f"<div class='comments'><p>{ANSWER}</p></div>", "", "", []),
        ("<div style='display:none'><p>Apply online before March.</p></div>", "", "", []),
        ("", "", f"<p>{ANSWER}</p>", []),
    ],
)
def test_collapsed_prose_comes_back_only_between_kept_paragraphs(
        middle: str, after: str, outside: str, expected: list[str]) -> None:
    """A collapsed panel or slide between kept paragraphs comes back; one below the last kept
    paragraph no longer does (it gained nothing once the gaps came back), nor a related or
    comment box, a short label, or text beside the article."""
    tree = html.fromstring(article_page(middle, after, outside))
    read = read_region(tree, trafilatura_like_body())
    assert [d.text for d in dropped_between(read)] == expected


BOXED = "Jane Doe covers city hall and school budgets for the paper since the year 2015."


@pytest.mark.parametrize(
    ("page", "kept"),
    [
        (article_page("", f"<div class='author-box'><p>{BOXED}</p></div>"), False),
        (article_page("", f"<div class='affiliate-disclosure'><p>{BOXED}</p></div>"), False),
        (article_page("", f"<aside class='post-cta'><p>{BOXED}</p></aside>"), False),
        (article_page("", f"<div class='related-posts'><p>{BOXED}</p></div>"), True),
        (article_page("", f"<div class='authority-note'><p>{BOXED}</p></div>"), True),
        (article_page(f"<p>{BOXED}</p>", f"<div class='author-bar'><p>{BOXED}</p></div>"), True),
        (article_page("", f"<p>{BOXED}</p>").replace("class='post'", "class='post author-9'"),
         True),
    ],
)
def test_kept_boxes_leave_the_body(page: str, kept: bool) -> None:
    """A paragraph trafilatura kept from an author, disclosure or call-to-action box inside
    the article goes (its text returned, to be kept as boilerplate); a related box, a class
    that only contains such a word, text also outside the box, and a box named so around the
    whole article stay."""
    tree = html.fromstring(page)
    body = trafilatura_like_body()
    etree.SubElement(body, "p").text = BOXED
    dropped = drop_kept_boxes(body, read_region(tree, body))
    assert (BOXED in [p.text for p in body]) is kept
    assert dropped == ([] if kept else [BOXED])


def test_a_box_holding_most_of_the_text_stays() -> None:
    """When the named boxes hold most of what trafilatura kept, they are the page's text."""
    boxes = "".join(f"<div class='cta-card'><p>{BOXED} Card {i}.</p></div>" for i in range(4))
    tree = html.fromstring(article_page("", boxes))
    body = trafilatura_like_body()
    for i in range(4):
        etree.SubElement(body, "p").text = f"{BOXED} Card {i}."
    assert drop_kept_boxes(body, read_region(tree, body)) == []
    assert len(body) == 7


SHARED_BOXES = (
    "<html><body><div id='r'><div class='share-tools'><p>a</p><div><p>b</p></div></div>"
    "<nav><ul><li>c</li></ul></nav><div class='post'><p>d</p><ul><li>e</li></ul></div>"
    "<div class='related'><div><p>f</p></div><p>g</p></div><p>h</p></div></body></html>")


@pytest.mark.parametrize("order", ["page", "reversed"])
def test_left_out_remembers_boxes_without_changing_answers(order: str) -> None:
    """``left_out`` with the answers it remembers for one region gives each paragraph and
    item the answer it gives alone, whatever order they are asked in."""
    region = html.fromstring(SHARED_BOXES).get_element_by_id("r")
    blocks = list(region.iter("p", "li"))
    alone = {e: left_out(e, region) for e in blocks}
    seen: dict[etree._Element, bool] = {}
    asked = blocks if order == "page" else blocks[::-1]
    assert {e: left_out(e, region, seen) for e in asked} == alone
    assert [e.text for e in blocks if alone[e]] == ["a", "b", "c", "f", "g"]
