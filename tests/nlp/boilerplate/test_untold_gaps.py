"""Pages that do not say their kind get back what trafilatura dropped between the blocks it
kept, whatever their URL (``html.extract``; pages50): a service page's, a section front's or
a shop front's subheadings and sections, as told listings, products and articles do."""

from __future__ import annotations

import pytest
from lxml import etree

from newswire.nlp.boilerplate import html as html_
from newswire.nlp.boilerplate.clean import clean_html
from tests.nlp.boilerplate.test_page_kind import wcxb_page

FIRST = ("Our accountants file your returns, answer letters from the tax office and plan the "
         "year ahead with you, so that nothing reaches you late.")
LAST = ("Every client has one adviser who knows the business, and meetings are held at our "
        "office or by video call, at a time that suits you.")


def landing_page(head: str, between: str) -> str:
    """A page of two kept paragraphs with ``between`` in a box of its own between them."""
    return (f"<html><head><title>Tax services</title>{head}</head><body>"
            f"<nav><a href='/'>Home</a></nav><main><section><p>{FIRST}</p></section>"
            f"<section class='feature'>{between}</section><section><p>{LAST}</p></section>"
            "</main><footer>Example LLP</footer></body></html>")


def two_paragraphs(_tree: etree._Element, _url: str | None, fast: bool = False
                   ) -> etree._Element:
    """What trafilatura keeps of :func:`landing_page`: the two paragraphs, not the box."""
    body = etree.Element("body")
    for text in (FIRST, LAST):
        etree.SubElement(body, "p").text = text
    return body


OG_WEBSITE = "<meta property='og:type' content='website'>"
OG_SHOP = "<meta property='og:type' content='product.group'>"


@pytest.mark.parametrize(("head", "url", "between", "kept"), [
    # Untold, the URL no headline: a service page's section heading comes back (new).
    ("", "https://www.example.com/services", "<h2>How it works</h2>", "How it works"),
    (OG_WEBSITE, "https://www.example.org/", "<h3>Payroll and pensions</h3>",
     "Payroll and pensions"),
    # A section's own paragraph, between two kept ones, on a council's service page (new).
    ("", "https://www.countycouncil.gov.uk/bins",
     "<p>Collections move by one day in the week after a bank holiday.</p>",
     "Collections move by one day in the week after a bank holiday."),
    # Untold with a headline URL: an article, as before.
    ("", "https://news.example.com/2025/05/council-passes-budget", "<h2>What comes next</h2>",
     "What comes next"),
    # The gaps' own limits hold on untold pages: no "Related" heading, no shop collection
    # (there the gaps are the grid's cards).
    ("", "https://www.example.com/services", "<h2>Related articles</h2>", None),
    (OG_SHOP, "https://www.example.com/services", "<h2>How it works</h2>", None),
])
def test_untold_pages_get_their_dropped_sections_back(
    monkeypatch: pytest.MonkeyPatch, head: str, url: str, between: str, kept: str | None,
) -> None:
    """On a page that does not say its kind, a heading or paragraph trafilatura dropped
    between two kept paragraphs comes back in place, with or without a headline URL; not a
    "Related" heading, nor on a shop collection."""
    monkeypatch.setattr(html_, "trafilatura_body", two_paragraphs)
    lines = clean_html(landing_page(head, between), url).body.splitlines()
    expected = [FIRST, LAST] if kept is None else [FIRST, kept, LAST]
    assert lines == expected


@pytest.mark.parametrize(("key", "line"), [
    ("4479", "Sell, market, and service more effectively with SuiteCRM, the world’s number 1 "
             "Open Source CRM."),
    ("2843", "All apps, AI Agents, and humans in ClickUp."),
    ("0651", "Quality ensured replacement parts for DIY repair"),
])
def test_untold_wcxb_pages_keep_their_sections(key: str, line: str) -> None:
    """WCXB tune pages that do not say their kind, URL no headline: a section trafilatura
    dropped between kept ones is in the body (a CRM's front page, a shop's parts front)."""
    html, url, _ = wcxb_page(key)
    cleaned = clean_html(html, url)
    assert cleaned.page_kind is None
    assert line in cleaned.body.splitlines()
