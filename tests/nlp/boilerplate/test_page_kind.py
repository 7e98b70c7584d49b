"""The kind of a page, told from what it declares (og:type, schema.org types) and its URL."""

from __future__ import annotations

import json

import pytest
from trafilatura.utils import load_html

from newswire.nlp.boilerplate.page_kind import headline_slug, page_kind, schema_types


def ld(*types: str) -> str:
    graph = [{"@type": t} for t in types]
    return ("<script type='application/ld+json'>"
            + json.dumps({"@context": "https://schema.org", "@graph": graph}) + "</script>")


def kind_of(head: str, url: str | None = None, og: str | None = None) -> str | None:
    tree = load_html(f"<html><head>{head}</head><body><p>Some text here.</p></body></html>")
    return page_kind(tree, url, og)


@pytest.mark.parametrize(
    ("head", "url", "og", "expected"),
    [
        (ld("NewsArticle", "Organization"), None, None, "article"),
        (ld("BlogPosting", "ItemList"), None, None, "article"),
        ("", "https://example.com/2025/05/story", "article", "article"),
        (ld("DiscussionForumPosting"), None, None, "forum"),
        (ld("QAPage", "Question", "Answer"), None, None, "forum"),
        ("", "https://example.com/forum/thread-1", None, "forum"),
        (ld("Product", "Offer", "Brand"), None, None, "product"),
        ("", None, "product", "product"),
        ("", None, "ebay-objects:item", "product"),
        ("", None, "product.group", "collection"),
        (ld("Product"), "https://shop.example.com/collections/shoes", None,
         "collection"),
        (ld("CollectionPage"), None, "article", "listing"),
        (ld("ItemList"), None, None, "listing"),
        ("", "https://example.com/tag/elections/", None, "listing"),
        (ld("TechArticle"), None, None, "documentation"),
        ("", "https://docs.example.com/install", None, "documentation"),
        ("", "https://example.com/about-us", "website", None),
        ("", None, None, None),
    ],
)
def test_page_kind(head: str, url: str | None, og: str | None, expected: str | None) -> None:
    """Declared types decide first, then URL words; a page that says nothing gets None."""
    assert kind_of(head, url, og) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (ld("NewsArticle"), {"NewsArticle"}),
        ("<script type='application/ld+json'>{not json</script>" + ld("Product"), {"Product"}),
        ("<script type='application/ld+json'>" + "[" * 5000 + "]" * 5000 + "</script>", set()),
        ("<div itemscope itemtype='https://schema.org/Recipe'></div>", {"Recipe"}),
    ],
)
def test_schema_types(head: str, expected: set[str]) -> None:
    """JSON-LD and microdata types are read; broken or absurdly deep JSON-LD is skipped."""
    tree = load_html(f"<html><head>{head}</head><body><p>x</p></body></html>")
    assert schema_types(tree) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example.com/2025/05/council-passes-budget", True),
        ("https://www.bbc.com/news/world-europe-67890123/", True),
        ("https://example.com/blog/what-is-an-llc.html?ref=home#top", True),
        ("https://example.com/services/plumbing", False),
        ("https://example.com/blog/item12708", False),
        ("https://my-own-news-site.com/", False),
        ("https://example.com", False),
        (None, False),
    ],
)
def test_headline_slug(url: str | None, expected: bool) -> None:
    """A URL ending in three words or more is article-like; a section, a host or none is not."""
    assert headline_slug(url) is expected
