"""A post that libxml2 puts inside the header, menu or a pop-up (a ``<div>`` left open there)
is read as a browser shows it, after them."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html  # type: ignore[import-untyped]

from newswire.nlp.boilerplate.clean import clean_html
from newswire.nlp.boilerplate.misnested import unwrap_misnested
from tests.nlp.boilerplate.test_page_kind import wcxb_page, word_f1

POST = ("<h1>The harbour ferry stays</h1>"
        "<p>The harbour ferry will keep running through the winter, the council decided on "
        "Tuesday after a petition signed by four thousand residents.</p>"
        "<p>The service had been due to stop in November, when the operator's contract with "
        "the city ends, and will now run until the end of March.</p>"
        "<p>Councillors said the cost would be met from the transport budget, and that a "
        "longer contract would be put out to tender in the spring.</p>")
#: A pop-up whose inner ``<div>`` is never closed: libxml2 ignores ``</aside>``.
OPEN_POPUP = "<aside class='Popup-Overlay'><div class='Popup-Inner'><p>Join us.</p></aside>"
#: A header whose inner ``<div>`` is never closed.
OPEN_HEADER = ("<header class='Header-Main'><div class='Header-Top'><a href='/'>Home</a>"
               "<nav><a href='/news'>News</a></nav></header>")


def _page(body: str) -> str:
    return f"<html><head><title>t</title></head><body>{body}</body></html>"


@pytest.mark.parametrize(("body", "unwrapped", "left"), [
    # A post after a pop-up left open: the pop-up holds it once parsed, and is unwrapped.
    (OPEN_POPUP + f"<article>{POST}</article>", 1, "div"),
    # After a header left open, a <main>: the header (and the menu) no longer holds it.
    (OPEN_HEADER + f"<main>{POST}</main>", 1, "div"),
    # Both: each frame element around the post is unwrapped.
    (OPEN_HEADER + OPEN_POPUP + f"<article>{POST}</article>", 2, "div"),
    # Closed as they should be: nothing changes.
    ("<header><div><a href='/'>Home</a></div></header><aside><p>Join us.</p></aside>"
     f"<article>{POST}</article>", 0, "header"),
    # An aside of article cards beside the page's one <main>: cards, left as they are.
    (f"<main>{POST}</main><aside><article><p>Other story.</p></article></aside>", 0, "main"),
    # Two articles and no <main>: no main element, nothing unwrapped.
    ("<aside><article><p>One.</p></article><article><p>Two.</p></article></aside>", 0, "aside"),
])
def test_unwrap_misnested(body: str, unwrapped: int, left: str) -> None:
    """Only frame elements holding the page's main element are unwrapped; the first element
    of the body is then ``left``."""
    tree = lxml_html.document_fromstring(_page(body))
    assert unwrap_misnested(tree) == unwrapped
    assert tree.find("body")[0].tag == left


@pytest.mark.parametrize("body", [
    OPEN_POPUP + f"<article>{POST}</article>",
    OPEN_HEADER + OPEN_POPUP + f"<div class='Entry'><article>{POST}</article></div>",
])
def test_post_after_open_popup_is_read(body: str) -> None:
    """The post comes out whole, not deleted with the pop-up the parser put it in."""
    text = clean_html(_page(body), "https://example.org/2024/05/harbour-ferry-stays").body
    assert "four thousand residents" in text
    assert "longer contract would be put out to tender" in text


def test_wcxb_post_after_open_popup() -> None:
    """WCXB tune 4111 (a WordPress post after a pop-up left open): 0.00 before."""
    html, url, expected = wcxb_page("4111")
    assert word_f1(expected, clean_html(html, url).body) > 0.95
