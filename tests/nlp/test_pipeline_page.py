"""The pipeline's page fields: published date and its source, title source, page metadata."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from newswire.errors import EmptyArticleError
from newswire.models import Boilerplate, PageMetadata, RawArticle
from newswire.nlp.boilerplate.clean import Cleaned, clean_html
from newswire.nlp.pipeline import Pipeline
from newswire.nlp.prepare import prepare, publication_date, title_source

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
        (RawArticle(title="  ", html="x"), cleaned_with(None), "page"),
        (RawArticle(html="x"), Cleaned("", "Body.", Boilerplate()), None),
        (RawArticle(text="Budget passes\nBody."), Cleaned("Budget passes", "Body.", Boilerplate()),
         "headline"),
        (RawArticle(title="Given", text="Body."), Cleaned("Given", "Body.", Boilerplate()),
         "input"),
    ],
)
def test_title_source(raw: RawArticle, cleaned: Cleaned, expected: str | None) -> None:
    """The title comes from the input when it has one (not blank), else from the page, else
    from a plain text's headline line."""
    assert title_source(raw, cleaned) == expected


def test_input_title_wins_over_the_page() -> None:
    """A producer's title replaces the page's; the page metadata is kept."""
    cleaned = prepare(RawArticle(title="Budget passes", html=PAGE))
    assert cleaned.title == "Budget passes"
    assert cleaned.page is not None
    assert cleaned.page.title == "City approves budget"


def test_blank_input_title_leaves_the_page_title() -> None:
    """A blank title from the producer is no title: the page's headline stays."""
    assert prepare(RawArticle(title=" ", html=PAGE)).title == "City approves budget"


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


def test_dateline_is_found_on_a_page_body(pipeline: Pipeline) -> None:
    """A page's wire dateline is found on the extracted body, with offsets into it."""
    wire = "<p>BUCHAREST, Romania (AP) — NATO returns on Tuesday to the city of its summit.</p>"
    html = PAGE.replace("</h1>", "</h1>" + wire)
    article = pipeline.enrich(RawArticle(id="p2", html=html))
    assert article.dateline is not None
    assert (article.dateline.text, article.dateline.place) == (
        "BUCHAREST, Romania (AP) —", "Bucharest")
    assert article.body[article.dateline.start:article.dateline.end] == article.dateline.text


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (None, ("en", "de")),  # no claim from the input: the page's is weighed, and overruled
        ("en", ("en", None)),  # the input's claim goes first, and the text agrees with it
    ],
)
def test_page_language_is_the_claim_when_the_input_gives_none(
    pipeline: Pipeline, given: str | None, expected: tuple[str, str | None]
) -> None:
    """Without the input's language, the page's <html lang> is the claim the text is weighed
    against (kept in language_claimed when the text says otherwise)."""
    html = PAGE.replace("<html lang='en'>", "<html lang='de'>")
    article = pipeline.enrich(RawArticle(id="p3", html=html, language=given))
    assert article.page is not None
    assert article.page.language == "de"
    assert (article.language, article.language_claimed) == expected
