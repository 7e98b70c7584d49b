"""Lines that are a page's own controls ("Skip to content", "Sort by", "Add to cart") leave it."""

from __future__ import annotations

import pytest
from lxml import etree  # type: ignore[import-untyped]

from newswire.nlp.boilerplate.controls import drop_controls, is_control
from newswire.nlp.boilerplate.html import extract


@pytest.mark.parametrize(("text", "expected"), [
    ("Skip to content", True),
    ("Skip to main content", True),
    ("Skip navigation", True),
    ("Back to top", True),
    ("Scroll to the top", True),
    ("Loading...", True),
    ("Loading\u2026", True),
    ("Toggle navigation", True),
    ("Menu", True),
    ("Close", True),
    ("\u00d7", True),
    ("Search", True),
    ("Search for:", True),
    ("Sort by: Best Match", True),
    ("Sort: Featured", True),
    ("Filters", True),
    ("Clear all", True),
    ("Add to cart", True),
    ("Add to Wish List", True),
    ("Quick view", True),
    ("Cart", True),
    ("Skip to content if you want the short version: the kit is worth it.", False),
    ("Sorted sets", False),
    ("Search engines index the page within a day.", False),
    ("Close-fitting, breathable mesh upper", False),
    ("Menu of the day: soup, fish, tart", False),
    ("Next", False),
    ("View all", False),
    ("Sign in", False),
    ("Loading the dishwasher the right way", False),
    ("", False),
])
def test_control_lines(text: str, expected: bool) -> None:
    """A line that is nothing but a control of the page counts; a line that goes on into
    text, and the pager and account prompts some pages' text keeps, do not."""
    assert is_control(text) is expected


def test_controls_leave_the_body() -> None:
    """The control blocks go, reported in order; the text around them stays."""
    body = etree.fromstring(
        "<body><p>Skip to content</p><head>Headlamps</head><p>Sort by: Best Match</p>"
        "<p>Petzl Actik Core, 600 lumens, rechargeable.</p><p>Add to cart</p></body>")
    assert drop_controls(body) == ["Skip to content", "Sort by: Best Match", "Add to cart"]
    assert [t.strip() for t in body.itertext() if t.strip()] == [
        "Headlamps", "Petzl Actik Core, 600 lumens, rechargeable."]


SHOP_PAGE = (
    "<html><head><title>Headlamps</title>{og}</head><body><main>"
    "<a href='#content'>Skip to content</a>"
    "<h1>Headlamps</h1>"
    "<p>Headlamps for running, climbing and camping: light, bright and rechargeable, with "
    "a red mode that keeps your night vision and a lock that stops them turning on in a bag.</p>"
    "{cards}"
    "</main></body></html>"
)
CARDS = "".join(f"<div><h3>Trail lamp {n}</h3><p>A {n}00 lumen lamp with a USB-C battery "
                f"that lasts a night of running on the low setting.</p><p>Add to cart</p></div>"
                for n in range(2, 6))


@pytest.mark.parametrize(("og", "url", "kept"), [
    ("<meta property='og:type' content='product.group'>", "https://shop.example.com/c/x", False),
    ("", "https://shop.example.com/c/lamps", False),
    ("<meta property='og:type' content='article'>", "https://shop.example.com/c/lamps", True),
    ("", "https://shop.example.com/blog/our-favourite-headlamps-for-night-running", True),
    ("", None, True),
])
def test_controls_leave_shop_and_untold_pages(og: str, url: str | None, kept: bool) -> None:
    """On a shop's pages and pages that do not say their kind the "Add to cart" buttons and
    the skip link go; articles (told, or untold whose URL names a headline or is not known)
    are left to their own rules."""
    page = SHOP_PAGE.format(og=og, cards=CARDS)
    lines = [block.text for block in extract(page, url).blocks]
    assert any(line.startswith("Headlamps for running") for line in lines)
    assert any(line.startswith("A 300 lumen lamp") for line in lines)
    assert ("Add to cart" in lines) is kept
