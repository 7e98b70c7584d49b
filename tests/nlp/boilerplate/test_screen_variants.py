"""Copies of a Framer or Elementor layout that the widest screen hides, dropped before the
main text is read, their text kept aside."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html  # type: ignore[import-untyped]

from newswire.nlp.boilerplate.clean import clean_html
from newswire.nlp.boilerplate.screen_variants import (
    drop_other_variants,
    tailwind_hides_widest,
    widest_screen_class,
)
from tests.nlp.boilerplate.test_page_kind import wcxb_page, word_f1

#: Framer's stylesheet: phone, tablet and desktop each hide their own class.
STYLE = ("<style>@media (max-width: 809px){.hidden-ph{display:none!important}}"
         "@media (min-width: 810px) and (max-width: 1199px){.hidden-tb{display:none!important}}"
         "@media (min-width: 1200px){.hidden-dk{display:none!important}}</style>")
POST = ("<p>The harbour ferry will keep running through the winter, the council decided on "
        "Tuesday after a petition signed by four thousand residents.</p>"
        "<p>The service had been due to stop in November, when the operator's contract with "
        "the city ends, and will now run until the end of March.</p>")


def _page(body: str, style: str = STYLE) -> str:
    return f"<html><head><title>t</title>{style}</head><body>{body}</body></html>"


def _variants(desktop: str, others: str) -> str:
    """One component three times: shown on desktop, then on tablet, then on phone."""
    return (f"<div class='ssr-variant hidden-ph hidden-tb'>{desktop}</div>"
            f"<div class='ssr-variant hidden-dk hidden-ph'>{others}</div>"
            f"<div class='ssr-variant hidden-dk hidden-tb'>{others}</div>")


@pytest.mark.parametrize(("html", "expected"), [
    (STYLE, "hidden-dk"),
    # Widest: the largest minimum width without a maximum.
    ("@media (min-width: 1440px){.hidden-xl{display:none!important}}" + STYLE, "hidden-xl"),
    ("@media (min-width:1200px) { .hidden-a1 { display: none !important } }", "hidden-a1"),
    # A minimum and a maximum: not the widest screens'.
    ("@media (min-width: 810px) and (max-width: 1199px){.hidden-tb{display:none}}", None),
    ("<style>.hidden{display:none}</style>", None),
])
def test_widest_screen_class(html: str, expected: str | None) -> None:
    """The class the stylesheet hides from a minimum width up, the largest such width."""
    assert widest_screen_class(html) == expected


@pytest.mark.parametrize(("body", "style", "dropped", "left"), [
    # Three copies of a post: the desktop one stays, the two others go.
    (_variants(POST, POST), STYLE, 2, "harbour|service|"),
    # The desktop copy stays whatever its place among the copies.
    ("<div class='ssr-variant hidden-dk hidden-ph'><p>Tablet words.</p></div>"
     f"<div class='ssr-variant hidden-ph hidden-tb'>{POST}</div>", STYLE, 1, "harbour|service|"),
    # A class not hiding the widest screen, or no ssr-variant: left as it is.
    (f"<div class='ssr-variant hidden-tb'>{POST}</div><div class='hidden-dk'><p>Kept too."
     "</p></div>", STYLE, 0, "harbour|service|too.|"),
    # No stylesheet saying which class the desktop hides: nothing is dropped.
    (_variants(POST, POST), "", 0, "harbour|service|" * 3),
    # Elementor: what the desktop hides goes, stylesheet or not; what phones hide stays.
    (f"<section class='elementor-section elementor-hidden-desktop'>{POST}</section>"
     f"<section class='elementor-section elementor-hidden-mobile'>{POST}</section>", "", 1,
     "harbour|service|"),
    (f"<div class='elementor-hidden-tablet elementor-hidden-mobile'>{POST}</div>", "", 0,
     "harbour|service|"),
    (f"<div class='elementor-hidden-desktop-off'>{POST}</div>", "", 0, "harbour|service|"),
])
def test_drop_other_variants(body: str, style: str, dropped: int, left: str) -> None:
    """The variants carrying the widest screen's hidden class leave the tree, nothing else
    (``left``: the second word of each paragraph left, in order)."""
    html = _page(body, style)
    tree = lxml_html.fromstring(html)
    assert len(drop_other_variants(tree, html)) == dropped
    blocks = tree.find(".//body").iterfind(".//p")
    assert "".join(f"{p.text_content().split()[1]}|" for p in blocks) == left


def test_copies_are_read_once_and_their_other_lines_kept_aside() -> None:
    """A post in three Framer variants is read once; a line only the hidden copies hold is
    kept as a ``page-invisible`` removed line, once per copy."""
    extra = POST + "<p>Read the whole story in the app, where the phone layout links.</p>"
    html = _page(f"<article><h1>Ferry stays</h1>{_variants(POST, extra)}</article>")
    cleaned = clean_html(html, "https://example.org/news/ferry-stays")
    assert cleaned.body.count("harbour ferry will keep running") == 1
    line = "Read the whole story in the app, where the phone layout links."
    assert [(r.rule, r.text) for r in cleaned.boilerplate.removed_lines
            if r.rule == "page-invisible"] == [("page-invisible", line)] * 2  # in two copies


def test_elementor_post_is_read_as_on_a_desktop() -> None:
    """An Elementor post whose phone layout repeats the text is read once (WCXB tune page
    0339: 0.27 with both layouts)."""
    html, url, expected = wcxb_page("0339")
    assert word_f1(expected, clean_html(html, url).body) > 0.95


def test_framer_post_is_not_the_text_three_times() -> None:
    """A Framer post held once per breakpoint is read once (WCXB tune page 0355: 0.50 with
    the three copies)."""
    html, url, expected = wcxb_page("0355")
    assert word_f1(expected, clean_html(html, url).body) > 0.95


@pytest.mark.parametrize(("names", "expected"), [
    ("md:hidden", True),
    ("flex flex-col lg:hidden", True),
    # Shown again on a wider screen: the desktop sees it.
    ("md:hidden xl:block", False),
    ("hidden lg:flex", False),
    # Hidden on the narrow screens only, or not by a breakpoint at all.
    ("hidden sm:block", False),
    ("hidden", False),
    ("group-hover:hidden", False),
    (None, False),
])
def test_tailwind_hides_widest(names: str | None, expected: bool) -> None:
    """The widest breakpoint that sets the display decides."""
    assert tailwind_hides_widest(names) is expected


#: A shop's product details, laid out twice: for phones, then for the desktop.
DETAILS = ("<h2>Essential toolkit</h2><p>Sixteen precision bits and a driver for phones, "
           "laptops and game consoles.</p><p>Ships within two working days worldwide.</p>")


@pytest.mark.parametrize(("body", "left"), [
    # The phone copy repeats the desktop's: it goes.
    (f"<div class='md:hidden'>{DETAILS}</div><div class='hidden md:block'>{DETAILS}</div>", 1),
    # The only copy in the markup (the desktop's drawn by a script): it stays.
    (f"<div class='md:hidden'>{DETAILS}</div><div class='hidden md:block'></div>", 1),
    # Shown again on the desktop: both stay.
    (f"<div class='md:hidden xl:block'>{DETAILS}</div><div>{DETAILS}</div>", 2),
])
def test_tailwind_phone_copies(body: str, left: int) -> None:
    """A Tailwind element the widest screen hides goes only when it copies the page; the
    details are then read ``left`` times."""
    tree = lxml_html.document_fromstring(_page(body, ""))
    drop_other_variants(tree, _page(body, ""))
    assert "".join(tree.itertext()).count("Sixteen precision bits") == left
