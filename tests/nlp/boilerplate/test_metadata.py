"""Page metadata: what a page says about itself, minus what cannot be true."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from lxml import etree
from trafilatura.utils import load_html

from newswire.models import PageMetadata
from newswire.nlp.boilerplate.author_names import clean_authors
from newswire.nlp.boilerplate.clean import clean_html
from newswire.nlp.boilerplate.declared_times import declares_date
from newswire.nlp.boilerplate.html_tree import MAX_META_TAGS
from newswire.nlp.boilerplate.metadata import (
    plausible_date,
    read_dates,
    read_metadata,
)

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
PROSE = "<p>The council voted on Monday to approve the new budget for schools and roads.</p>" * 4


def page(head: str, body: str = PROSE, lang: str = "en") -> str:
    """A small web page with ``head`` in its <head> and an article of ``body``."""
    return (f"<html lang='{lang}'><head>{head}</head><body><article><h1>Council passes budget"
            f"</h1>{body}</article></body></html>")


def json_ld(**fields: object) -> str:
    return ("<script type='application/ld+json'>"
            + json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", **fields})
            + "</script>")


URL = "https://news.example.com/2025/05/budget"


def read(html: str, url: str | None = URL) -> dict[str, object]:
    meta, _ = read_metadata(load_html(html), url, now=NOW)
    return meta.model_dump()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (datetime(2025, 5, 30, 8, 0, tzinfo=UTC), datetime(2025, 5, 30, 8, 0, tzinfo=UTC)),
        (datetime(2025, 6, 2, 6, 0, tzinfo=UTC), datetime(2025, 6, 2, 6, 0, tzinfo=UTC)),
        (datetime(2025, 6, 3, 0, 0, tzinfo=UTC), None),
        (datetime(2031, 1, 1, tzinfo=UTC), None),
        (datetime(1970, 1, 1, tzinfo=UTC), None),
        (datetime(1989, 12, 31, tzinfo=UTC), None),
        (datetime(1990, 1, 2), datetime(1990, 1, 2, tzinfo=UTC)),
        (None, None),
    ],
)
def test_plausible_dates(value: datetime | None, expected: datetime | None) -> None:
    """Dates after a day of slack, before 1990 or at the epoch are dropped; naive ones get UTC."""
    assert plausible_date(value, NOW) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Jane Doe", ["Jane Doe"]),
        ("Jane Doe; John Smith", ["Jane Doe", "John Smith"]),
        ("Jane Doe and John Smith", ["Jane Doe", "John Smith"]),
        ("https://news.example.com/authors/jane-doe", []),
        ("www.example.com", []),
        ("jane@example.com", []),
        ("Example News; Jane Doe", ["Example News", "Jane Doe"]),
        ("Podium Staff", ["Podium Staff"]),
        ("Jane Doe; Jane Doe", ["Jane Doe"]),
        ("This story was reported by a team of seven people in three cities", []),
        (None, []),
    ],
)
def test_authors_are_names(raw: str | None, expected: list[str]) -> None:
    """Authors are never a URL, an e-mail or a sentence; an organisation may be; no duplicates."""
    assert clean_authors(raw) == expected


@pytest.mark.parametrize(
    ("head", "field", "expected"),
    [
        (json_ld(datePublished="2025-05-20T09:30:00+02:00"), "published_at",
         datetime(2025, 5, 20, 7, 30, tzinfo=UTC)),
        (json_ld(datePublished="2999-01-01T00:00:00Z"), "published_at", None),
        (json_ld(datePublished="1970-01-01T00:00:00Z"), "published_at", None),
        ("<meta property='article:published_time' content='0000-00-00'>", "published_at", None),
        (json_ld(datePublished="2026-13-45T25:61:00Z"), "published_at", None),
        (json_ld(author="https://news.example/authors/jane-doe"), "authors", []),
        (json_ld(author=[{"@type": "Person", "url": "https://news.example/jane"}]), "authors", []),
        (json_ld(author={"@type": "Person", "name": "https://example.com/staff/jane"}),
         "authors", []),
        (json_ld(author=[{"@type": "Person", "name": "Jane Doe"},
                         {"@type": "Person", "name": "John Smith"}]),
         "authors", ["Jane Doe", "John Smith"]),
        ("<meta name='author' content='Jane Doe'>", "authors", ["Jane Doe"]),
        ("<meta property='og:site_name' content='Daily Planet'>"
         "<meta name='author' content='Daily Planet Staff'>", "authors", ["Daily Planet Staff"]),
        ("<meta property='og:site_name' content='Daily Planet'>", "site_name", "Daily Planet"),
        ("<link rel='canonical' href='https://news.example.com/budget'>", "canonical_url",
         "https://news.example.com/budget"),
        ("<meta name='description' content='The vote in short.'>", "description",
         "The vote in short."),
        ("<title>Council passes budget | Daily Planet</title>", "title", "Council passes budget"),
        ("<title>Budget 2025: what the vote means for you</title>", "title",
         "Council passes budget"),
        ("{broken json-ld <script type='application/ld+json'>{\"@type\": </script>", "title",
         "Council passes budget"),
    ],
)
def test_page_metadata(head: str, field: str, expected: object) -> None:
    """Dates, authors, site, canonical URL, description and title read from the page head."""
    value = read(page(head))[field]
    if isinstance(value, datetime):
        value = value.astimezone(UTC)
    assert value == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("de", "de"), ("pt-BR", "pt"), ("en_GB", "en"), ("", None), ("x!", None)],
)
def test_language_hint(lang: str, expected: str | None) -> None:
    """The page's own language claim, reduced to its language code."""
    assert read(page("", lang=lang))["language"] == expected


def test_page_without_url_or_metadata() -> None:
    """A bare page gives empty metadata, not an exception."""
    meta = read("<html><body><p>Hello.</p></body></html>", url=None)
    assert (meta["authors"], meta["published_at"], meta["canonical_url"]) == ([], None, None)


@pytest.mark.parametrize(
    "module", ["metadata", "page_dates", "authors", "author_names", "shown_dates", "page_kind",
               "declared_times", "declared_authors"])
def test_metadata_modules_are_declared(module: str) -> None:
    """Each metadata module lists its public names and the package docstring names it."""
    import importlib

    import newswire.nlp.boilerplate as package

    loaded = importlib.import_module(f"newswire.nlp.boilerplate.{module}")
    assert all(hasattr(loaded, name) for name in getattr(loaded, "__all__", ["__all__"]))
    assert f"``{module}``" in (package.__doc__ or "")


PARAGRAPH = "<p>The council voted on Monday to approve the new budget for schools and roads.</p>"
ARTICLE = "<meta property='og:type' content='article'>"


def test_author_comes_from_page_metadata() -> None:
    """The page's author metadata becomes Cleaned.author; an article's repeated title goes."""
    html = (
        f"<html><head><title>Budget</title>{ARTICLE}<meta name='author' content='Jane Doe'>"
        "</head><body>"
        "<article><h1>Budget</h1>" + PARAGRAPH * 5 + "</article></body></html>"
    )
    cleaned = clean_html(html)
    assert cleaned.author == "Jane Doe"
    assert "Budget" not in cleaned.body.splitlines()


def test_title_without_site_suffix() -> None:
    """The title is the on-page headline when <title> only adds a site name to it."""
    html = (
        f"<html><head><title>City approves budget | Daily Planet</title>{ARTICLE}</head>"
        "<body><article>"
        "<h1>City approves budget</h1>" + PARAGRAPH * 4 + "</article></body></html>"
    )
    cleaned = clean_html(html)
    assert cleaned.title == "City approves budget"
    assert [r.rule for r in cleaned.boilerplate.removed_lines] == ["title"]


def test_page_metadata_and_kind_reach_cleaned() -> None:
    """clean_html hands the page metadata and kind on with the body."""
    html = (
        "<html lang='en'><head><title>City approves budget | Daily Planet</title>" + ARTICLE
        + "<meta name='author' content='Jane Doe'>"
        "<meta property='article:published_time' content='2024-03-05T14:22:00+01:00'></head>"
        "<body><article><h1>City approves budget</h1>" + PARAGRAPH * 4 + "</article></body>"
        "</html>"
    )
    cleaned = clean_html(html)
    assert cleaned.page is not None
    assert (cleaned.page_kind, cleaned.title, cleaned.author) == (
        "article", "City approves budget", "Jane Doe")
    assert cleaned.page.published_at is not None
    assert cleaned.page.published_at.isoformat() == "2024-03-05T13:22:00+00:00"
    assert cleaned.page.language == "en"


@pytest.mark.parametrize(
    ("head", "url", "expected"),
    [
        ("<meta property='article:published_time' content='2024-03-05T10:00:00Z'>", None, True),
        ("<meta name='date' content='2024-03-05'>", None, True),
        ("<meta property='og:updated_time' content='2024-03-05T10:00:00Z'>", None, True),
        (json_ld(dateModified="2024-03-05"), None, True),
        (json_ld(datePublished="", dateModified=""), None, False),
        (json_ld(headline="Budget", description="dateModified"), None, False),
        ("<meta property='article:publisher' content='https://facebook.com/planet'>", None,
         False),
        ("<meta name='date' content=''>", None, False),
        ("", "https://news.example.com/2024/03/05/budget", True),
        ("", "https://news.example.com/2023/03/05/budget", False),
        ("", "https://news.example.com/budget", False),
    ],
)
def test_declares_date(head: str, url: str | None, expected: bool) -> None:
    """Date metas, JSON-LD dates and the date in the URL declare one; a publisher, an empty
    JSON-LD date and the word in a JSON-LD text do not."""
    tree = load_html(page(head))
    assert declares_date(tree, url, datetime(2024, 3, 5, tzinfo=UTC)) is expected


@pytest.mark.parametrize(
    ("footer", "expected"),
    [
        ("<p>© 2024 Daily Planet. All rights reserved.</p>", None),
        ("<p>Copyright 2024 Daily Planet</p>", None),
        ("<p>Filed on 12 February 2025 by the desk.</p>", datetime(2025, 2, 12, tzinfo=UTC)),
    ],
)
def test_copyright_year_is_no_date(footer: str, expected: datetime | None) -> None:
    """htmldate's text search falls back to the copyright year as January 1: dropped."""
    tree = load_html(page("").replace("</body>", f"<footer>{footer}</footer></body>"))
    dated = read_dates(tree, PageMetadata(), "https://news.example.com/budget", NOW,
                       extensive=True)
    assert dated.published_at == expected


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        ("<meta name='date' content='10/12/2023'>"
         + json_ld(datePublished="2023-10-12T09:30:00Z"), PROSE, "2023-10-12T09:30:00+00:00"),
        ("", "<p><time datetime='2023-10-12T09:30:00Z'>10/12/2023</time></p>" + PROSE,
         "2023-10-12T09:30:00+00:00"),
        ("<meta name='date' content='10/12/2023'>", PROSE, "2023-12-10T00:00:00+00:00"),
        ("<meta name='date' content='10/12/2023'>"
         + json_ld(datePublished="2023-11-12T09:30:00Z"), PROSE, "2023-12-10T00:00:00+00:00"),
    ],
)
def test_day_first_reading_yields_to_the_declared_timestamp(head: str, body: str,
                                                           expected: str) -> None:
    """htmldate reads 10/12/2023 day first; the page's own full timestamp of October 12
    wins, and without one (or with an unrelated one) htmldate's reading stands."""
    meta = read(page(head, body), url="https://news.example.com/budget")
    assert meta["published_at"].isoformat() == expected


FRENCH = json_ld(datePublished="2025-03-13T07:45:00+01:00",
                 dateModified="2025-03-13T10:12:00+01:00")


@pytest.mark.parametrize(
    ("head", "published", "modified"),
    [
        (FRENCH, "2025-03-13T06:45:00+00:00", "2025-03-13T09:12:00+00:00"),
        (json_ld(datePublished="2025-03-13T07:45:00+01:00",
                 dateModified="2025-03-14T10:12:00+01:00"),
         "2025-03-13T06:45:00+00:00", "2025-03-14T09:12:00+00:00"),
        ("<meta property='article:published_time' content='2018-09-24T16:45:00+03:00'>",
         "2018-09-24T13:45:00+00:00", None),
        ("<meta property='article:published_time' content='2025-03-13'>",
         "2025-03-13T00:00:00+00:00", None),
        ("<meta property='article:published_time' content='2025-03-13T07:45:00+10:00'>",
         "2025-03-13T00:00:00+00:00", None),
    ],
)
def test_declared_time_in_utc(head: str, published: str, modified: str | None) -> None:
    """The declared time of the chosen day, in UTC; a bare day, or a moment whose UTC day is
    not the page's own, stays that day at midnight UTC."""
    meta = read(page(head), url="https://news.example.com/budget")
    stamp = meta["modified_at"]
    assert (meta["published_at"].isoformat(),
            stamp.isoformat() if isinstance(stamp, datetime) else stamp) == (published, modified)


PUBLISHED = "<meta property='article:published_time' content='2025-03-13T07:45:00+01:00'>"


@pytest.mark.parametrize(
    ("head", "body", "modified"),
    [
        (PUBLISHED, PROSE, None),
        (json_ld(datePublished="2025-03-13T07:45:00+01:00"), PROSE, None),
        (PUBLISHED + "<meta property='article:modified_time' content='2025-03-13T07:45:00+01:00'>",
         PROSE, "2025-03-13T06:45:00+00:00"),
        (PUBLISHED + json_ld(dateModified="2025-03-13"), PROSE, "2025-03-13T06:45:00+00:00"),
        (PUBLISHED + "<meta http-equiv='last-modified' content='2025-03-13'>", PROSE,
         "2025-03-13T06:45:00+00:00"),
        (PUBLISHED, "<p>Updated <time itemprop='dateModified' datetime='2025-03-13'>March 13"
         "</time></p>" + PROSE, "2025-03-13T06:45:00+00:00"),
        (PUBLISHED + "<meta property='article:modified_time' content='2025-03-15T10:00:00Z'>",
         PROSE, "2025-03-15T10:00:00+00:00"),
    ],
)
def test_modified_only_when_the_page_gives_an_update(head: str, body: str,
                                                     modified: str | None) -> None:
    """modified_at is empty when htmldate's latest date is the publication and the page
    declares no edit; a declared edit is kept, the same instant or later."""
    meta = read(page(head, body), url="https://news.example.com/budget")
    stamp = meta["modified_at"]
    assert (stamp.isoformat() if isinstance(stamp, datetime) else stamp) == modified


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<time datetime='2025-03-13T07:45:00+01:00'>13 March 2025</time>" + PROSE,
         "2025-03-13T06:45:00+00:00"),
        ("<time datetime='2025-03-13'>13 March 2025</time>" + PROSE,
         "2025-03-13T00:00:00+00:00"),
    ],
)
def test_time_element_gives_the_time(body: str, expected: str) -> None:
    """A <time datetime> with a time of day dates the page to that moment, in UTC."""
    meta = read(page("", body=body), url="https://news.example.com/budget")
    assert meta["published_at"].isoformat() == expected


LATER_TIME = "<p><time datetime='2025-03-20T10:00:00Z'>March 20, 2025</time></p>" + PROSE


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("<meta property='article:published_time' content='2025-03-13T07:45:00.000Z'>",
         "2025-03-13T07:45:00+00:00"),
        ("<meta property='article:published_time' content='2025-03-13T07:45:00.123+01:00'>",
         "2025-03-13T06:45:00+00:00"),
        ("<meta property='article:published_time' content='2025-03-13T07:45:00Z'>",
         "2025-03-13T07:45:00+00:00"),
        ("", "2025-03-20T10:00:00+00:00"),
    ],
)
def test_timestamp_with_fractions_of_a_second(head: str, expected: str) -> None:
    """A declared timestamp with milliseconds dates the page, not a later <time> of its text
    (htmldate alone drops "…:00.000Z"); the page's tree is left as it was."""
    tree = load_html(page(head, LATER_TIME))
    before = etree.tostring(tree)
    meta = read_dates(tree, PageMetadata(), "https://news.example.com/budget", NOW)
    assert (meta.published_at.isoformat() if meta.published_at else None) == expected
    assert etree.tostring(tree) == before


def author_metas(count: int) -> str:
    """``count`` author meta tags, each with another name."""
    return "".join(f"<meta name='author' content='Jane Doe{chr(65 + i % 26)}{i // 26}'>"
                   for i in range(count))


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (author_metas(3), 3),
        (author_metas(MAX_META_TAGS), MAX_META_TAGS),
        # trafilatura merges each author tag with all the authors before it: 2,500 tags of
        # a hostile page took minutes. Only the first MAX_META_TAGS meta tags are read.
        (author_metas(MAX_META_TAGS + 100), MAX_META_TAGS),
    ],
)
def test_only_the_first_meta_tags_are_read(head: str, expected: int) -> None:
    """A head with more than MAX_META_TAGS meta tags gives the authors of the first ones."""
    assert len(read(page(head))["authors"]) == expected  # type: ignore[arg-type]


UPDATED = "<p>By Jane Doe</p><p>Updated March 20, 2025</p>" + PROSE
SLUG = "https://news.example.com/budget"


@pytest.mark.parametrize(
    ("head", "body", "url", "expected"),
    [
        (json_ld(datePublished="2024-01-10T09:00:00Z"), UPDATED, SLUG, "2025-03-20"),
        ("<meta name='date' content='01/07/16'>", "<p>October 8, 2024</p>" + PROSE, SLUG,
         "2024-10-08"),
        (json_ld(datePublished="2024-01-10T09:00:00Z")
         + "<meta property='article:published_time' content='2024-01-10T09:00:00Z'>",
         UPDATED, SLUG, "2024-01-10"),
        ("<meta property='article:published_time' content='2024-01-10T09:00:00Z'>",
         UPDATED, SLUG, "2024-01-10"),
        (json_ld(datePublished="2024-01-10T09:00:00Z"), UPDATED,
         "https://news.example.com/2024/01/10/budget", "2024-01-10"),
        (json_ld(datePublished="2024-01-10T09:00:00Z"), PROSE, SLUG, "2024-01-10"),
        (json_ld(datePublished="2025-03-20T09:00:00Z"), UPDATED, SLUG, "2025-03-20"),
    ],
)
def test_shown_date_over_an_undeclared_publication(head: str, body: str, url: str,
                                                   expected: str) -> None:
    """A publication no date meta tag or URL gives (JSON-LD alone, an ambiguous "01/07/16")
    yields to the date shown under the headline, "Updated" too; a meta tag's or the URL's
    stays, and so does any on a page showing no date."""
    meta = read(page(head, body), url=url)
    assert meta["published_at"].date().isoformat() == expected


@pytest.mark.parametrize(
    ("head", "shown", "expected"),
    [
        ("<meta property='article:published_time' content='2024-07-05T00:04:00+00:00'>",
         "<time datetime='2024-07-04T20:04:00-04:00'>July 4, 2024</time>", "2024-07-05"),
        ("<meta property='article:published_time' content='2024-07-05T00:04:00+00:00'>",
         "<time datetime='2024-07-04T20:00:00-04:00'>July 4, 2024</time>", "2024-07-04"),
        ("<meta property='article:published_time' content='2024-07-05T00:04:00+00:00'>",
         "<p>July 4, 2024</p>", "2024-07-04"),
        ("<meta property='article:published_time' content='2024-07-05'>",
         "<time datetime='2024-07-04T20:04:00-04:00'>July 4, 2024</time>", "2024-07-04"),
    ],
)
def test_local_day_of_the_declared_instant(head: str, shown: str, expected: str) -> None:
    """A shown day that is the declared timestamp's own instant in the page's time zone is
    no older publication: the timestamp's UTC day stays; another instant, a shown date with
    no timestamp or a bare declared day leave the older shown date the first publication."""
    meta = read(page(head, f"<p>By Jane Doe</p>{shown}{PROSE}"),
                url="https://news.example.com/budget")
    assert meta["published_at"].date().isoformat() == expected


@pytest.mark.parametrize(
    ("head", "latest_date_searches"),
    [
        (PUBLISHED, 0),  # dated, no edit declared: htmldate's first date is its latest
        (json_ld(datePublished="2025-03-13T07:45:00+01:00"), 0),
        (PUBLISHED + "<meta property='article:modified_time' content='2025-03-15T10:00:00Z'>", 1),
        (PUBLISHED + json_ld(dateModified="2025-03-13"), 1),
        ("", 0),  # undated: no second reading either
    ],
)
def test_latest_date_searched_only_where_an_edit_is_declared(
    monkeypatch: pytest.MonkeyPatch, head: str, latest_date_searches: int,
) -> None:
    """htmldate reads a page a second time (its latest date) only when the page declares an
    edit."""
    import htmldate

    calls: list[bool] = []
    real = htmldate.find_date

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(bool(kwargs.get("original_date")))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(htmldate, "find_date", counted)
    read(page(head), url="https://news.example.com/budget")
    assert calls.count(False) == latest_date_searches
