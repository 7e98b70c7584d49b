"""The date a page shows under its headline, and how it joins the markup's dates."""

from __future__ import annotations

import inspect
import json
from datetime import UTC, date, datetime

import pytest
from trafilatura.utils import load_html

from newswire.nlp.boilerplate.metadata import read_metadata
from newswire.nlp.boilerplate.shown_dates import (
    ShownDate,
    dated_lines,
    shown_date,
)

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
PROSE = "<p>The council voted on Monday to approve the new budget for schools and roads.</p>" * 3
URL = "https://news.example.com/budget"


def page(under_headline: str, head: str = "", before: str = "") -> str:
    """An article page with ``under_headline`` between its <h1> and its text."""
    return (f"<html><head>{head}</head><body>{before}<article><h1>Council passes budget</h1>"
            f"{under_headline}{PROSE}</article></body></html>")


@pytest.mark.parametrize(
    ("under_headline", "expected"),
    [
        ("<p>By Jane Doe · March 5, 2024</p>", ShownDate(date(2024, 3, 5), update=False)),
        ("<p>5 March 2024</p>", ShownDate(date(2024, 3, 5), update=False)),
        ("<p>Posted on the 5th of March, 2024</p>", ShownDate(date(2024, 3, 5), update=False)),
        ("<p>Sept. 3, 2023</p>", ShownDate(date(2023, 9, 3), update=False)),
        ("<time>2024-03-05</time>", ShownDate(date(2024, 3, 5), update=False)),
        ("<p><span>Last updated:</span> <span>May 2, 2025</span></p>",
         ShownDate(date(2025, 5, 2), update=True)),
        ("<p>Updated on March 5, 2024</p>", ShownDate(date(2024, 3, 5), update=True)),
        ("<p>February 30, 2024</p>", None),
        ("<p>Tom May 2024 report</p>", None),
        ("<script>var d = 'March 5, 2024';</script>", None),
        ("", None),
    ],
)
def test_shown_date(under_headline: str, expected: ShownDate | None) -> None:
    """The first well-formed date after the headline, and whether a label makes it an update."""
    assert shown_date(load_html(page(under_headline))) == expected


@pytest.mark.parametrize(
    ("under_headline", "expected"),
    [
        ("<p>Veröffentlicht am 05.03.2024</p>", ShownDate(date(2024, 3, 5), update=False)),
        ("<p>2024/03/05 by Jane Doe</p>", ShownDate(date(2024, 3, 5), update=False)),
        ("<p>Posted 15/03/2024</p>", ShownDate(date(2024, 3, 15), update=False)),
        ("<p>Posted 03/15/2024</p>", ShownDate(date(2024, 3, 15), update=False)),
        ("<p>Updated 3/15/2024</p>", ShownDate(date(2024, 3, 15), update=True)),
        ("<p>Last post: 01/12/2025</p>", None),
        ("<p>05/03/2024</p>", None),
        ("<p>31.02.2024</p>", None),
        ("<p>Version 1.2.2024</p>", None),
        ("<p>15/15/2024</p>", None),
    ],
)
def test_numeric_dates_whose_order_is_not_in_doubt(under_headline: str,
                                                   expected: ShownDate | None) -> None:
    """Day-first dotted and year-first slashed dates are read; a slashed day/month only when
    one part is over 12 (01/12/2025 is January 12 in the US, 1 December elsewhere)."""
    assert shown_date(load_html(page(under_headline))) == expected


SENTENCE = ("<p>Our newsletter brings you the stories that matter most, every single morning"
            " and evening.</p>")


@pytest.mark.parametrize(
    ("before", "under_headline", "expected"),
    [
        ("<p>March 5, 2024</p>", "", ShownDate(date(2024, 3, 5), update=False)),
        ("<p>Published</p><p>March 5, 2024</p>", "", ShownDate(date(2024, 3, 5), update=False)),
        ("<p>Last updated:</p><p>March 5, 2024</p>", "", ShownDate(date(2024, 3, 5), update=True)),
        ("<p>March 5, 2024</p>" + SENTENCE, "", None),
        ("<p>March 5, 2024</p>", "<p>May 20, 2024</p>", ShownDate(date(2024, 5, 20), update=False)),
    ],
)
def test_date_just_above_the_headline(before: str, under_headline: str,
                                      expected: ShownDate | None) -> None:
    """With no date under the headline, a short text just above it is read (not past a
    sentence, which is another story's or a menu's); a date under it comes first."""
    assert shown_date(load_html(page(under_headline, before=before))) == expected


def json_ld(**fields: str) -> str:
    return ("<script type='application/ld+json'>"
            + json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", **fields})
            + "</script>")


META_PUBLISHED = "<meta property='article:published_time' content='2024-03-05T09:30:00Z'>"


@pytest.mark.parametrize(
    ("head", "under_headline", "expected"),
    [
        ("", "<p>March 5, 2024</p>", date(2024, 3, 5)),
        (json_ld(datePublished="2025-05-20T09:30:00Z"), "<p>March 5, 2024</p>",
         date(2024, 3, 5)),
        (json_ld(datePublished="2025-05-20T09:30:00Z"), "<p>Updated March 5, 2024</p>",
         date(2025, 5, 20)),
        (json_ld(datePublished="2024-03-05T09:30:00Z"), "<p>Updated May 20, 2025</p>",
         date(2025, 5, 20)),
        (json_ld(datePublished="2024-03-05T09:30:00Z"), "<p>May 20, 2025</p>", date(2025, 5, 20)),
        (META_PUBLISHED, "<p>Updated May 20, 2025</p>", date(2024, 3, 5)),
        (META_PUBLISHED, "<p>May 20, 2025</p>", date(2024, 3, 5)),
        ("", "<p>March 5, 2031</p>", None),
    ],
)
def test_shown_date_joins_markup_dates(head: str, under_headline: str, expected: date | None
                                       ) -> None:
    """Shown date fills a page without markup date; an older unlabelled one is the first
    publication; a later one, "Updated" too, wins over a date JSON-LD alone declares, not
    over a meta tag's; an "Updated" date before the publication is none; the future is
    dropped."""
    meta, _ = read_metadata(load_html(page(under_headline, head)), URL, now=NOW)
    assert (meta.published_at.date() if meta.published_at else None) == expected


FIRST_PARAGRAPH = ("<p>On March 5, 2020, the city declared a state of emergency after the river"
                   " flooded the old town.</p>")


@pytest.mark.parametrize(
    ("under_headline", "expected"),
    [
        (FIRST_PARAGRAPH, None),
        ("<p>By Jane Doe</p>" + FIRST_PARAGRAPH, None),
        ("<p>A long standfirst that tells the reader what the story is about, in a sentence.</p>"
         "<p>March 5, 2024</p>", ShownDate(date(2024, 3, 5), update=False)),
        (FIRST_PARAGRAPH * 3 + "<p>March 5, 2024</p>", None),
        ("<p>By Jane Doe</p><p>May 20, 2024</p>" + FIRST_PARAGRAPH,
         ShownDate(date(2024, 5, 20), update=False)),
        ("<time datetime='2024-05-20'>Published on the twentieth day of May in the year of 2024,"
         " May 20, 2024</time>", ShownDate(date(2024, 5, 20), update=False)),
    ],
)
def test_shown_date_reads_short_texts_only(under_headline: str, expected: ShownDate | None
                                           ) -> None:
    """Only byline-sized texts and <time> are read, past at most two sentence-like texts."""
    assert shown_date(load_html(page(under_headline))) == expected


def test_date_in_first_paragraph_is_not_the_publication() -> None:
    """A date the first paragraph tells of does not replace the markup's datePublished."""
    html = page(FIRST_PARAGRAPH, json_ld(datePublished="2024-05-20T09:30:00Z"))
    meta, _ = read_metadata(load_html(html), URL, now=NOW)
    assert (meta.published_at and meta.published_at.date()) == date(2024, 5, 20)


@pytest.mark.parametrize(
    ("under_headline", "expected"),
    [
        ("<p>Top 10 Marvel 2023 films</p>", None),
        ("<p>The 3 Decoys 2021 cast</p>", None),
        ("<p>5 Maybe 2024</p>", None),
        ("<p>5 Sept 2024</p>", ShownDate(date(2024, 9, 5), update=False)),
        ("<p>September 5, 2024</p>", ShownDate(date(2024, 9, 5), update=False)),
        ("<p>Jun. 5, 2024</p>", ShownDate(date(2024, 6, 5), update=False)),
    ],
)
def test_months_are_whole_names(under_headline: str, expected: ShownDate | None) -> None:
    """A month is its whole name or abbreviation, not any word that starts like one."""
    assert shown_date(load_html(page(under_headline))) == expected


@pytest.mark.parametrize(
    ("under_headline", "expected"),
    [
        ("<p>Posted 2024-03-05, event on June 1, 2024</p>", date(2024, 3, 5)),
        ("<p>Posted 5 March 2024, updated June 1, 2024</p>", date(2024, 3, 5)),
        ("<p>Posted March 5, 2024, updated 2024-06-01</p>", date(2024, 3, 5)),
    ],
)
def test_earliest_date_in_the_text_wins(under_headline: str, expected: date) -> None:
    """The date that comes first in the text is read, whatever its form."""
    found = shown_date(load_html(page(under_headline)))
    assert (found and found.day) == expected


@pytest.mark.parametrize(
    ("under_headline", "published", "modified"),
    [
        ("<p>Updated March 5, 2024</p>", date(2024, 3, 5), date(2024, 3, 5)),
        ("<p>Last modified: March 5, 2024</p>", date(2024, 3, 5), date(2024, 3, 5)),
        ("<p>March 5, 2024</p>", date(2024, 3, 5), None),
        ("<p>By Jane Doe</p>", None, None),
    ],
)
def test_updated_shown_date_is_the_modification(under_headline: str, published: date | None,
                                                modified: date | None) -> None:
    """Without markup dates, a shown "Updated" date is modified_at, and published_at for
    want of a better one (the page was out by then)."""
    meta, _ = read_metadata(load_html(page(under_headline)), URL, now=NOW)
    assert ((meta.published_at and meta.published_at.date()),
            (meta.modified_at and meta.modified_at.date())) == (published, modified)


def test_read_metadata_has_no_extensive_argument() -> None:
    """read_metadata never searches the text: it takes no ``extensive`` switch."""
    assert "extensive" not in inspect.signature(read_metadata).parameters


RELATED_STORY = "<aside><p>Related</p><time datetime='2024-03-05'>March 5, 2024</time></aside>"


def page_with_related(under_headline: str, head: str = "") -> str:
    """An article page followed by a related story's dated teaser."""
    return page(under_headline, head).replace("</body>", RELATED_STORY + "</body>")


@pytest.mark.parametrize(
    ("head", "url", "published", "modified"),
    [
        ("", URL, date(2025, 5, 20), None),
        ("<meta property='article:modified_time' content='2024-03-05T10:00:00Z'>", URL,
         date(2024, 3, 5), date(2024, 3, 5)),
        (json_ld(dateCreated="2024-03-05T10:00:00Z"), URL, date(2025, 5, 20), None),
        # The URL dates the publication, not an update: no modified_at.
        ("", "https://news.example.com/2024/03/05/budget", date(2024, 3, 5), None),
    ],
)
def test_later_shown_date_beats_an_undeclared_one(head: str, url: str, published: date,
                                                  modified: date | None) -> None:
    """A later unlabelled shown date wins over a date htmldate found elsewhere in the page (a
    related story's) or that JSON-LD alone declares, not over one a meta tag or the URL
    declares."""
    html = page_with_related("<p>By Jane Doe · May 20, 2025</p>", head)
    meta, _ = read_metadata(load_html(html), url, now=NOW)
    assert ((meta.published_at and meta.published_at.date()),
            (meta.modified_at and meta.modified_at.date())) == (published, modified)


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("<p class='date'>December 3, 2024. <i>Updated: December 7, 2024</i></p>",
         (date(2024, 12, 3), date(2024, 12, 7))),
        ("<p>Published: Mar 8, 2024 · Modified: May 19, 2025</p>",
         (date(2024, 3, 8), date(2025, 5, 19))),
        ("<div><span>March 8, 2024</span> - <span>Updated</span> <time>2025-05-19</time></div>",
         (date(2024, 3, 8), date(2025, 5, 19))),
        ("<p>Updated: December 7, 2024</p>", None),
        ("<p>Updated December 7, 2024, first published December 3, 2024</p>", None),
        ("<p>December 7, 2024. Updated: December 3, 2024</p>", None),
        ("<p>December 3, 2024 and December 7, 2024</p>", None),
        ("<p>From December 3, 2024 the council, which updated its rules for schools and roads "
         "and parks and libraries and pools in all of the city's districts, meets again on "
         "December 7, 2024.</p>", None),
        ("<script>var s = 'December 3, 2024. Updated: December 7, 2024';</script>", None),
    ],
)
def test_publication_and_update_line(closing: str, expected: tuple[date, date] | None) -> None:
    """A short line anywhere in the body showing a date and then a later one labelled an
    update gives both; one date, an update first, no label or a sentence give none."""
    html = page("").replace("</article>", closing + "</article>")
    assert dated_lines(load_html(html)).publication_and_update == expected


@pytest.mark.parametrize(
    ("head", "closing", "published"),
    [
        ("<meta property='article:modified_time' content='2024-12-07T13:33:15+00:00'>",
         "<p class='date'>December 3, 2024. <i>Updated: December 7, 2024</i></p>",
         date(2024, 12, 3)),
        ("<meta property='article:modified_time' content='2024-12-07T13:33:15+00:00'>",
         "<p class='date'>Updated: December 7, 2024</p>", date(2024, 12, 7)),
        ("<meta property='article:published_time' content='2024-12-05T13:33:15+00:00'>",
         "<p class='date'>December 3, 2024. <i>Updated: December 7, 2024</i></p>",
         date(2024, 12, 5)),
    ],
)
def test_publication_shown_beside_its_update(head: str, closing: str, published: date) -> None:
    """When the page's date is the update of a line that also shows the first publication
    (at the article's end), the publication is the published date; another date stays."""
    html = page("", head).replace("</article>", closing + "</article>")
    meta, _ = read_metadata(load_html(html), URL, now=NOW)
    assert meta.published_at is not None
    assert meta.published_at.date() == published


@pytest.mark.parametrize(
    ("under_headline", "expected"),
    [
        ("<p><time datetime='2024-12-20'>August 28, 2024</time></p>",
         ShownDate(date(2024, 12, 20), update=False)),
        ("<p>Updated <time datetime='2024-12-20T10:00:00-07:00'>Aug 28, 2024</time></p>",
         ShownDate(date(2024, 12, 20), update=True)),
        ("<p><time datetime='2024-08-28'>August 28, 2024</time></p>",
         ShownDate(date(2024, 8, 28), update=False)),
        ("<p><time>August 28, 2024</time></p>", ShownDate(date(2024, 8, 28), update=False)),
        ("<p><time datetime='2024-08-29T01:00:00Z'>August 28, 2024</time></p>",
         ShownDate(date(2024, 8, 28), update=False)),
        ("<p><time datetime='soon'>August 28, 2024</time></p>",
         ShownDate(date(2024, 8, 28), update=False)),
    ],
)
def test_time_element_shows_its_datetime_day(under_headline: str, expected: ShownDate) -> None:
    """A <time> under the headline dates the page by its datetime attribute when that is days
    away from its text; a day apart (a time zone) or without a readable attribute, by its
    text."""
    assert shown_date(load_html(page(under_headline))) == expected


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("<p>This article was originally published on   26 Sep 2019 at 4:12pm but has been "
         "regularly updated.</p>", date(2019, 9, 26)),
        ("<p>First published: <b>26 Sep 2019</b></p>", date(2019, 9, 26)),
        ("<p>Published November 13, 2024</p>", None),
        ("<p>Last updated: November 13, 2024</p>", None),
        ("<p>The report, first published in 2019, was revised on November 13, 2024.</p>", None),
        ("<script>var s = 'Originally published on November 13, 2024';</script>", None),
    ],
)
def test_first_published(closing: str, expected: date | None) -> None:
    """A date a label says is the first publication ("originally published on"), anywhere
    in the body; other labels, a date further on in a sentence or a script give none."""
    html = page("").replace("</article>", closing + "</article>")
    assert dated_lines(load_html(html)).first_published == expected


@pytest.mark.parametrize(
    ("head", "under_headline", "closing", "published"),
    [
        ("", "", "<p>This article was originally published on 26 Sep 2019.</p>", None),
        ("", "<p>30 Sep 2024, 11:07am</p>",
         "<p>This article was originally published on 26 Sep 2019 at 4:12pm.</p>",
         date(2019, 9, 26)),
        ("", "<p>30 Sep 2018, 11:07am</p>",
         "<p>This article was originally published on 26 Sep 2019 at 4:12pm.</p>",
         date(2018, 9, 30)),
        ("<meta property='article:published_time' content='2024-09-30T10:00:00Z'>", "",
         "<p>First published 26 Sep 2019</p>", date(2019, 9, 26)),
    ],
)
def test_dates_away_from_the_headline(head: str, under_headline: str, closing: str,
                                      published: date | None) -> None:
    """A date the page says it was first published on, anywhere, wins over a later one it is
    dated by; not over an older one, and it does not date a page dated nowhere else (the
    text is searched on articles only)."""
    html = page(under_headline, head).replace("</article>", closing + "</article>")
    meta, _ = read_metadata(load_html(html), URL, now=NOW)
    assert (meta.published_at and meta.published_at.date()) == published
