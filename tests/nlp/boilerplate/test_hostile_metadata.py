"""Hostile and impossible page metadata: JSON-LD of the wrong shape, impossible dates and
timestamps, URLs as authors. Never an exception; what cannot be true is left out."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from trafilatura.utils import load_html

from newswire.nlp.boilerplate.page_metadata import page_metadata

PROSE = "<p>The council voted on Monday to approve the new budget for schools and roads.</p>" * 4
TITLE = "<title>Council passes budget | Daily Planet</title>"
URL = "https://news.example.com/budget"


def ld(**fields: object) -> str:
    """A NewsArticle JSON-LD block with ``fields``."""
    return ("<script type='application/ld+json'>"
            + json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", **fields})
            + "</script>")


def read(head: str, body: str = "") -> tuple[str | None, list[str], str | None]:
    """Title, authors and published day of a page with ``head`` and an article of ``body``."""
    html = f"<html><head>{head}</head><body><article>{body}{PROSE}</article></body></html>"
    meta, _ = page_metadata(load_html(html), URL)
    published = meta.published_at
    assert published is None or datetime(1990, 1, 1, tzinfo=UTC) <= published
    return meta.title, meta.authors, published and published.date().isoformat()


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        (TITLE + ld(headline=["Council passes budget", "Budget vote"]), "",
         ("Council passes budget", [], None)),
        (TITLE + ld(name={"@value": "Council passes budget"}), "",
         ("Council passes budget", [], None)),
        (TITLE + ld(datePublished="2025-05-03T10:00:00+99:99"), "",
         ("Council passes budget", [], None)),
        ("<meta property='article:published_time' content='2025-05-03T10:00:00+99:99'>",
         "<h1>Council passes budget</h1><time>May 3, 2025</time>",
         ("Council passes budget", [], "2025-05-03")),
        (ld(datePublished="0000-00-00T00:00:00"), "", (None, [], None)),
        (ld(datePublished="+275760-09-13T00:00:00Z"), "", (None, [], None)),
        (ld(datePublished=1714000000, dateModified={"@value": 3}), "", (None, [], None)),
        (ld(author="https://news.example.com/staff/jane"), "", (None, [], None)),
        (ld(author=["https://a.example/jane", {"@type": "Person", "url": "https://b.example"}]),
         "", (None, [], None)),
        (ld(author={"@type": "Person", "name": ["Jane", "Doe"]}), "",
         (None, ["Jane", "Doe"], None)),
        (ld(author={"@type": "Person", "name": {"first": "Jane"}}), "", (None, [], None)),
    ],
)
def test_hostile_metadata_never_raises(head: str, body: str,
                                       expected: tuple[str | None, list[str], str | None]) -> None:
    """A list or an object where JSON-LD should give text leaves the title to the page's
    <title>; an impossible timestamp ("+99:99" as offset), day or year dates nothing and a
    date the page shows still does; URLs are no authors."""
    assert read(head, body) == expected
