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
