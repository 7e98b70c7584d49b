"""Which pages have their text searched for a byline and a date (``page_metadata.searched``)."""

from __future__ import annotations

import pytest

from newswire.models import PageKind
from newswire.nlp.boilerplate.page_metadata import searched


@pytest.mark.parametrize(
    ("kind", "url", "expected"),
    [
        ("article", None, True),
        ("article", "https://news.example.com/", True),
        (None, "https://news.example.com/2024/03/council-passes-budget", True),
        (None, "https://news.example.com/services", False),
        (None, None, False),
        ("product", "https://shop.example.com/2024/03/council-passes-budget", False),
    ],
)
def test_articles_and_headline_urls_are_searched(
    kind: PageKind | None, url: str | None, expected: bool,
) -> None:
    """Articles, and untold pages whose URL ends in a headline slug, are searched."""
    assert bool(searched(kind, url)) is expected


SECTION_FRONT = (
    "<html><head><meta property='og:type' content='{og}'><title>Science</title></head><body>"
    "<main><h1>Science</h1><p class='byline'>By Jane Smith</p>"
    "<p>Published March 4, 2024. The council voted on the new budget for roads and schools "
    "after a long debate about the city's finances.</p></main></body></html>"
)


@pytest.mark.parametrize(
    ("og", "kind", "dated"), [("article", None, True), ("website", None, False)])
def test_og_article_without_headline_url_is_still_searched(
    og: str, kind: PageKind | None, dated: bool,
) -> None:
    """A page told untold because its URL names no headline is still searched for a date
    when its og:type says article, as it was when it was told article."""
    from trafilatura.utils import load_html

    from newswire.nlp.boilerplate.page_metadata import page_metadata

    tree = load_html(SECTION_FRONT.format(og=og))
    page, told = page_metadata(tree, "https://news.example.com/sections/science/")
    assert told == kind
    assert (page.published_at is not None) is dated
