"""The pipeline's page fields: published date and its source, title source, page metadata."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from newswire.errors import EmptyArticleError
from newswire.models import Boilerplate, PageMetadata, RawArticle
from newswire.nlp.boilerplate.clean import Cleaned, clean_html
from newswire.nlp.pipeline import Pipeline, prepare, publication_date, title_source

PAGE_DATE = datetime(2024, 3, 5, 13, 22, tzinfo=UTC)
INPUT_DATE = datetime(2024, 3, 6, 8, 0, tzinfo=UTC)
PARAGRAPH = "<p>The council voted on Monday to approve the new budget for schools and roads.</p>"
PAGE = (
    "<html lang='en'><head><title>City approves budget | Daily Planet</title>"
    "<meta property='og:type' content='article'><meta name='author' content='Jane Doe'>"
    "<meta property='article:published_time' content='2024-03-05T14:22:00+01:00'></head>"
    "<body><article><h1>City approves budget</h1>" + PARAGRAPH * 4 + "</article></body></html>"
)


def cleaned_with(published: datetime | None) -> Cleaned:
    page = PageMetadata(title="From the page", published_at=published)
    return Cleaned("From the page", "Body.", Boilerplate(), page=page, page_kind="article")


@pytest.mark.parametrize(
    ("fields", "page_date", "expected"),
    [
        ({"published_at": INPUT_DATE}, PAGE_DATE, (INPUT_DATE, "input")),
        ({"published_at": INPUT_DATE, "feed_url": "https://x.com/rss"}, PAGE_DATE,
         (INPUT_DATE, "feed")),
        ({}, PAGE_DATE, (PAGE_DATE, "page")),
        ({}, None, (None, None)),
        ({"published_at": datetime(1970, 1, 1, tzinfo=UTC)}, PAGE_DATE, (PAGE_DATE, "page")),
        ({"published_at": datetime(2999, 1, 1, tzinfo=UTC)}, None, (None, None)),
        ({}, datetime(1985, 5, 1, tzinfo=UTC), (None, None)),
    ],
)
def test_publication_date(fields: dict[str, Any], page_date: datetime | None,
                          expected: tuple[datetime | None, str | None]) -> None:
    """The input's date (a feed's when the crawler set feed_url), else the page's; never an
    implausible one."""
    raw = RawArticle(html="<p>x</p>", **fields)
    assert publication_date(raw, cleaned_with(page_date)) == expected


@pytest.mark.parametrize(
    ("raw", "cleaned", "expected"),
    [
        (RawArticle(title="Given", html="x"), cleaned_with(None), "input"),
        (RawArticle(html="x"), cleaned_with(None), "page"),
        (RawArticle(html="x"), Cleaned("", "Body.", Boilerplate()), None),
    ],
)
def test_title_source(raw: RawArticle, cleaned: Cleaned, expected: str | None) -> None:
    """The title comes from the input when it has one, else from the page."""
    assert title_source(raw, cleaned) == expected


def test_input_title_wins_over_the_page() -> None:
    """A producer's title replaces the page's; the page metadata is kept."""
    cleaned = prepare(RawArticle(title="Budget passes", html=PAGE))
    assert cleaned.title == "Budget passes"
    assert cleaned.page is not None
    assert cleaned.page.title == "City approves budget"


@pytest.mark.parametrize(
    "html",
    [
        "<html><frameset><frame src='a.html'></frameset></html>",
        "<html><body><script>document.write('The council voted')</script></body></html>",
        "<html><head><title>Only a title</title></head><body></body></html>",
    ],
)
def test_page_without_text_is_an_empty_article(html: str) -> None:
    """A page with no extractable text raises EmptyArticleError (it becomes a dead letter)."""
    assert clean_html(html).body == ""
    with pytest.raises(EmptyArticleError):
        prepare(RawArticle(html=html))


def test_enriched_page_carries_its_metadata(pipeline: Pipeline) -> None:
    """An enriched web page has the page's title, author, date, kind and metadata."""
    article = pipeline.enrich(RawArticle(id="p1", html=PAGE))
    assert (article.title, article.title_source) == ("City approves budget", "page")
    assert (article.author, article.page_kind) == ("Jane Doe", "article")
    assert (article.published_at, article.published_at_source) == (PAGE_DATE, "page")
    assert article.page is not None
    assert article.page.authors == ["Jane Doe"]
    assert article.page.language == "en"
