"""Canonical URLs and article ids: one page, one URL, one id."""

from __future__ import annotations

import pytest

from newswire.feeds.urls import article_id, canonical_url, page_canonical


@pytest.mark.parametrize(("url", "canonical"), [
    ("HTTPS://News.Example.COM:443/a/../b/?utm_source=rss&b=2&a=1#top",
     "https://news.example.com/b/?a=1&b=2"),
    ("http://news.example.com", "http://news.example.com/"),
    ("https://news.example.com/story?id=3&fbclid=xyz", "https://news.example.com/story?id=3"),
    ("https://news.example.com/a/./b.html", "https://news.example.com/a/b.html"),
])
def test_canonical_urls(url: str, canonical: str) -> None:
    """Links that name one page give one canonical URL."""
    assert canonical_url(url) == canonical


def test_article_id_is_stable_across_spellings() -> None:
    """Two spellings of a link give one article id."""
    assert article_id(canonical_url("https://X.example/a?utm_medium=x")) == \
        article_id(canonical_url("https://x.example/a"))


@pytest.mark.parametrize(("page", "expected"), [
    ('<head><link rel="canonical" href="/story/1?utm_source=x"></head>',
     "https://www.news.example/story/1"),
    ("<head><link href='https://news.example/s' rel='Canonical'></head>",
     "https://news.example/s"),
    ('<head><link rel="canonical" href="https://other.example/s"></head>', None),
    ('<head></head><body><link rel="canonical" href="/late"></body>', None),
    ('<head><link rel="alternate" href="/amp"></head>', None),
    ('<head><link rel="canonical" href=""><link rel=canonical href=/s/2></head>',
     "https://www.news.example/s/2"),
])
def test_page_canonical(page: str, expected: str | None) -> None:
    """rel=canonical in the head counts when it stays on the page's own site."""
    assert page_canonical(page, "https://www.news.example/x") == expected
