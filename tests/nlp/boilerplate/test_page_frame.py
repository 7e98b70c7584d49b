"""The site's frame read into a page's text (its header above the title, its footer) leaves it."""

from __future__ import annotations

import pytest
from lxml import etree  # type: ignore[import-untyped]

from newswire.nlp.boilerplate.html import extract
from newswire.nlp.boilerplate.page_frame import drop_footer_lines, drop_header_lines

INTRO = ("Find remote software engineer jobs at companies that hire worldwide, from startups "
         "to the largest firms, updated every day.")


def test_header_lines_in_a_block_of_bare_lines() -> None:
    """A page read as one paragraph of lines loses the lines above its title, keeps the
    rest of that paragraph."""
    body = etree.fromstring(
        "<body><p>Skip to main content\nESPN\nNFL\nNFL Schedule\nWeek 1\nBears at Packers</p>"
        "<p>Kickoff 8:20 PM</p></body>")
    assert drop_header_lines(body, ("NFL Schedule",)) == ["Skip to main content", "ESPN", "NFL"]
    assert [t for t in body.itertext() if t.strip()] == [
        "NFL Schedule\nWeek 1\nBears at Packers", "Kickoff 8:20 PM"]


@pytest.mark.parametrize(("blocks", "headings", "dropped"), [
    (["For companies", "Hire developers", "Pricing", "Remote Software Engineer Jobs", INTRO],
     ("Remote Software Engineer Jobs",), ["For companies", "Hire developers", "Pricing"]),
    (["Skip to main content", "Home", "Shoes", "Trail Running", "Trail Running Shoes", INTRO],
     ("", "Trail Running Shoes"), ["Skip to main content", "Home", "Shoes", "Trail Running"]),
    (["Remote Software Engineer Jobs", INTRO], ("Remote Software Engineer Jobs",), []),
    ([INTRO, "Menu", "Remote Software Engineer Jobs"], ("Remote Software Engineer Jobs",), []),
    (["Menu", "Pricing", INTRO], ("Remote Software Engineer Jobs",), []),
    (["Menu", "Pricing", INTRO], (), []),
])
def test_header_lines(blocks: list[str], headings: tuple[str, ...], dropped: list[str]) -> None:
    """Short blocks above the page's title go; nothing goes when a paragraph stands above
    it, when the title is not a block of the body or when the page has no ``<h1>``."""
    body = etree.fromstring(
        "<body>" + "".join(f"<p>{text}</p>" for text in blocks) + "</body>")
    assert drop_header_lines(body, headings) == dropped
    assert [t for t in body.itertext() if t.strip()] == [t for t in blocks if t not in dropped]


@pytest.mark.parametrize(("blocks", "dropped"), [
    ([INTRO, "\u00a9 2026 Master Lock Company LLC", "| Privacy Policy", "Terms of Use"],
     ["\u00a9 2026 Master Lock Company LLC", "| Privacy Policy", "Terms of Use"]),
    ([INTRO, "Copyright 2024 Arc. All rights reserved."],
     ["Copyright 2024 Arc. All rights reserved."]),
    ([INTRO, "Rhino for Windows \u00a9 2010-2018 Robert McNeel and Associates."],
     ["Rhino for Windows \u00a9 2010-2018 Robert McNeel and Associates."]),
    ([INTRO, "\u00a9 2026 Arc", INTRO], []),
    (["Copyright law protects the expression of an idea, not the idea itself, so two "
      "people may write about the same facts in their own words without asking leave.",
      "Next"], []),
    ([INTRO, "Privacy Policy"], []),
])
def test_footer_lines(blocks: list[str], dropped: list[str]) -> None:
    """The last line that claims the site's rights and the short lines after it go; nothing
    goes when a paragraph follows it, when it is prose about copyright, or without one."""
    body = etree.fromstring(
        "<body>" + "".join(f"<p>{text}</p>" for text in blocks) + "</body>")
    assert drop_footer_lines(body) == dropped
    assert [t for t in body.itertext() if t.strip()] == blocks[:len(blocks) - len(dropped)]


SHOP_PAGE = (
    "<html><head><title>Trail runner 4</title>{og}</head><body><main>"
    "<p>Ask our experts 212-444-6615</p><p>Free shipping over $50</p>"
    "<h1>Trail runner 4</h1>"
    "<p>A light shoe for rocky trails: 240 grams, a 6 mm drop and a grippy rubber sole that "
    "holds on wet rock. The upper is recycled mesh that dries within an hour.</p>"
    "<p>Sizes 36 to 47, in three colours. Free returns within 30 days of delivery.</p>"
    "<p>\u00a9 2026 Trail Shoes Ltd</p><p>Privacy Policy</p>"
    "</main></body></html>"
)


@pytest.mark.parametrize(("og", "url", "kept"), [
    ("<meta property='og:type' content='product'>", "https://shop.example.com/p/123", False),
    ("", "https://shop.example.com/p/123", False),
    ("<meta property='og:type' content='article'>", "https://shop.example.com/p/123", True),
    ("", "https://shop.example.com/blog/our-trail-runner-review-after-six-months", True),
    ("", None, True),
])
def test_header_leaves_shop_and_untold_pages(og: str, url: str | None, kept: bool) -> None:
    """On a product page and a page that does not say its kind the shop's header lines
    above the ``<h1>`` and its footer go; articles (told, or untold whose URL names a
    headline or is not known) keep them for their own rules."""
    lines = [block.text for block in extract(SHOP_PAGE.format(og=og), url).blocks]
    assert "Trail runner 4" in lines
    assert any(line.startswith("A light shoe") for line in lines)
    assert ("Free shipping over $50" in lines) is kept
    assert ("Privacy Policy" in lines) is kept
