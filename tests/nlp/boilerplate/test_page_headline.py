"""The page's headline atop its text is its title: it leaves the body where WCXB's gold does."""

from __future__ import annotations

import pytest
from lxml import etree  # type: ignore[import-untyped]

from newswire.nlp.boilerplate.clean import clean_html
from newswire.nlp.boilerplate.page_headline import drop_headline

PARAGRAPHS = (
    "<p>The central bank raised rates on Tuesday, the third time this year, citing inflation "
    "that has not eased as quickly as analysts expected in the spring.</p>"
    "<p>Markets fell after the announcement, with the main index down two percent by the "
    "close of trading and bond yields at their highest level since the summer.</p>"
    "<p>Economists said further increases were likely before the end of the year, though the "
    "bank's governor declined to say how many or how large they would be.</p>")
TITLE = "Central Bank Raises Rates Again"


def page(head: str = "", title: str = TITLE, h1: str = TITLE) -> str:
    """A page whose article opens with ``h1``, titled ``title``."""
    return (f"<html><head><title>{title}</title>{head}</head><body><main><article>"
            f"<h1>{h1}</h1>{PARAGRAPHS}</article></main></body></html>")


@pytest.mark.parametrize(("blocks", "titles", "dropped"), [
    ([TITLE, "First paragraph."], (TITLE,), [TITLE]),
    (["Markets", TITLE, "First paragraph."], ("", TITLE), [TITLE]),
    ([TITLE, "First paragraph."], (TITLE + " | The Daily Ledger",), [TITLE]),
    (["Markets", "Economy", TITLE], (TITLE,), []),
    (["First paragraph.", "Second."], (TITLE,), []),
    ([TITLE, "First paragraph."], ("", ""), []),
    (["Central Bank", "First paragraph."], (TITLE,), []),
])
def test_drop_headline(blocks: list[str], titles: tuple[str, ...], dropped: list[str]) -> None:
    """One of the first two blocks that is the page's title or ``<h1>`` goes, and no other."""
    body = etree.fromstring("<body>" + "".join(f"<p>{b}</p>" for b in blocks) + "</body>")
    assert drop_headline(body, titles) == dropped
    assert [t for t in body.itertext() if t.strip()] == [b for b in blocks if b not in dropped]


@pytest.mark.parametrize(("head", "url", "first_line"), [
    ("", "https://news.example.com/2024/05/central-bank-raises-rates", "The central bank"),
    ("<meta property='og:type' content='article'>", "https://news.example.com/rates",
     "The central bank"),
    ("", "https://docs.example.com/docs/rates", "The central bank"),
    ("", "https://news.example.com/tag/rates/", "The central bank"),
    ("<meta property='og:type' content='product'>",
     "https://shop.example.com/2024/05/central-bank-raises-rates", TITLE),
    ("", "https://www.example.com/rates", TITLE),
    ("", None, TITLE),
])
def test_headline_leaves_the_body(head: str, url: str | None, first_line: str) -> None:
    """On articles (told, or untold with a headline URL), listings and documentation the
    ``<h1>`` is the title and not the body's first line; on products and other untold
    pages it stays."""
    cleaned = clean_html(page(head), url)
    assert cleaned.title == TITLE
    assert cleaned.body.startswith(first_line)


def test_headline_is_kept_as_removed_title_line() -> None:
    """The headline taken from the body is listed as a removed ``title`` line."""
    cleaned = clean_html(page(), "https://news.example.com/2024/05/central-bank-raises-rates")
    assert [(r.text, r.rule) for r in cleaned.boilerplate.removed_lines
            if r.rule == "title"] == [(TITLE, "title")]
