"""A shop's sections of other products ("Customers also viewed") leave a product's text."""

from __future__ import annotations

import pytest
from lxml import etree  # type: ignore[import-untyped]

from newswire.nlp.boilerplate.html import extract
from newswire.nlp.boilerplate.recommendations import (
    RELATED_THREADS,
    drop_other_items,
    drop_recommendations,
    is_recommendation_heading,
)


@pytest.mark.parametrize(("text", "expected"), [
    ("People who viewed this item also viewed", True),
    ("Customers who bought this item also bought", True),
    ("Customers also bought", True),
    ("Frequently bought together", True),
    ("Similar items", True),
    ("Related products", True),
    ("Explore related items", True),
    ("You may also like", True),
    ("You might also like", True),
    ("We know you\u2019ll love these too", True),
    ("Recently viewed", True),
    ("Complete the look", True),
    ("More from this seller", True),
    ("Similar items to keep in mind when you buy a sofa", False),
    ("Benefits of Black Edition", False),
    ("Related", False),
    ("Featured products", False),
    ("Popular products", False),
    ("Other", False),
    ("Product details", False),
    ("What customers say about this product", False),
    ("", False),
])
def test_recommendation_headings(text: str, expected: bool) -> None:
    """A heading that is nothing but a shop's words for other products counts; a heading
    about the product, or one that goes on into a topic, does not."""
    assert is_recommendation_heading(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Similar threads", True),
    ("Related topics", True),
    ("Explore related questions", True),
    ("See similar questions with these tags.", True),
    ("Check out other Related discussions", True),
    ("Related questions about the API", False),
    ("Similar", False),
    ("Customers also viewed", False),
])
def test_related_thread_headings(text: str, expected: bool) -> None:
    """A forum's heading over other threads counts, one that goes on into a topic does not."""
    assert is_recommendation_heading(text, RELATED_THREADS) is expected


def test_a_section_goes_up_to_the_next_heading() -> None:
    """The heading and the cards after it go; the next heading and what follows stay."""
    body = etree.fromstring(
        "<body><head>Trail runner 4</head><p>A light shoe for rocky trails, 240 g.</p>"
        "<head>Customers also viewed</head><list><item>Road runner 2, $89</item>"
        "<item>Trail runner 3, $79</item></list><p>See all</p>"
        "<head>Specifications</head><p>Drop: 6 mm</p></body>")
    assert drop_recommendations(body) == [
        "Customers also viewed", "Road runner 2, $89", "Trail runner 3, $79", "See all"]
    lines = [t.strip() for t in body.itertext() if t.strip()]
    assert lines == ["Trail runner 4", "A light shoe for rocky trails, 240 g.",
                     "Specifications", "Drop: 6 mm"]


def test_a_section_ends_at_prose() -> None:
    """A heading whose section the page fills by script stands over the thread's posts: the
    first sentence of twelve words or more ends the section (the short lines before it go)."""
    post = ("I bought the 11 inch model last week and the screen is the best I have used on a "
            "tablet so far.")
    body = etree.fromstring(
        f"<body><head>Similar threads</head><p>Chris Hall</p><p>Jun 4, 2024</p><p>{post}</p>"
        "<p>Thanks, that helps.</p></body>")
    assert drop_other_items(body, "forum", headline_url=False) == [
        ("related-threads", "Similar threads"), ("related-threads", "Chris Hall"),
        ("related-threads", "Jun 4, 2024")]
    assert [t.strip() for t in body.itertext() if t.strip()] == [post, "Thanks, that helps."]


PRODUCT_PAGE = (
    "<html><head><title>Trail runner 4</title>{og}</head><body><main>"
    "<h1>Trail runner 4</h1>"
    "<p>A light shoe for rocky trails: 240 grams, a 6 mm drop and a grippy rubber sole that "
    "holds on wet rock. The upper is recycled mesh that dries within an hour.</p>"
    "<p>Sizes 36 to 47, in three colours. Free returns within 30 days of delivery.</p>"
    "<h2>Customers also viewed</h2><ul>{cards}</ul>"
    "</main></body></html>"
)
CARDS = "".join(f"<li><p>Road runner {n}: a cushioned shoe for tarmac and long runs, ${n}9</p></li>"
                for n in range(2, 8))


@pytest.mark.parametrize(("og", "url", "kept"), [
    ("<meta property='og:type' content='product'>", "https://shop.example.com/p/123", False),
    ("", "https://shop.example.com/p/123", False),
    ("<meta property='og:type' content='article'>", "https://shop.example.com/p/123", True),
    ("", "https://shop.example.com/blog/our-trail-runner-review-after-six-months", True),
])
def test_recommendations_leave_product_and_untold_pages(og: str, url: str, kept: bool) -> None:
    """On product pages and pages that do not say their kind the other products' cards go;
    articles (told, or untold whose URL names a headline) keep them (their own rules judge
    them)."""
    page = PRODUCT_PAGE.format(og=og, cards=CARDS)
    lines = [block.text for block in extract(page, url).blocks]
    assert any(line.startswith("A light shoe") for line in lines)
    assert any(line.startswith("Road runner 3") for line in lines) is kept
