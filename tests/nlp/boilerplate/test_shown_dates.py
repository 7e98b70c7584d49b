"""The date a page shows under its headline, and how it joins the markup's dates."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from trafilatura.utils import load_html

from newswire.nlp.boilerplate.metadata import read_metadata
from newswire.nlp.boilerplate.shown_dates import ShownDate, shown_date

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


def test_date_before_the_headline_is_not_read() -> None:
    """Only what follows the first <h1> is read: a date above it dates something else."""
    assert shown_date(load_html(page("", before="<p>March 5, 2024</p>"))) is None


def json_ld(**fields: str) -> str:
    return ("<script type='application/ld+json'>"
            + json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", **fields})
            + "</script>")


@pytest.mark.parametrize(
    ("head", "under_headline", "expected"),
    [
        ("", "<p>March 5, 2024</p>", date(2024, 3, 5)),
        (json_ld(datePublished="2025-05-20T09:30:00Z"), "<p>March 5, 2024</p>",
         date(2024, 3, 5)),
        (json_ld(datePublished="2025-05-20T09:30:00Z"), "<p>Updated March 5, 2024</p>",
         date(2025, 5, 20)),
        (json_ld(datePublished="2024-03-05T09:30:00Z"), "<p>Updated May 20, 2025</p>",
         date(2024, 3, 5)),
        (json_ld(datePublished="2024-03-05T09:30:00Z"), "<p>May 20, 2025</p>", date(2024, 3, 5)),
        ("", "<p>March 5, 2031</p>", None),
    ],
)
def test_shown_date_joins_markup_dates(head: str, under_headline: str, expected: date | None
                                       ) -> None:
    """Shown date fills a page without markup date; an older unlabelled one is the first
    publication; an update label or a later date leaves the markup's; the future is dropped."""
    meta, _ = read_metadata(load_html(page(under_headline, head)), URL, now=NOW)
    assert (meta.published_at.date() if meta.published_at else None) == expected
