"""A page told article whose URL names neither a headline nor a story's id is read by its
``<main>`` element like an untold page (``article_main``)."""

from __future__ import annotations

import pytest

from newswire.nlp.boilerplate.article_main import reads_main_as_article


@pytest.mark.parametrize(("kind", "url", "reads"), [
    # section fronts, topic hubs, a blog's front page, a shop's browse page
    ("article", "https://radio.example.org/sections/health/", True),
    ("article", "https://www.example.edu/subjects/history", True),
    ("article", "https://blog.example.com/", True),
    ("article", "https://shop.example.com/browse/running/", True),
    # a story's URL names it: a headline, a dated post, or an id
    ("article", "https://news.example.com/city/council-passes-budget-after-long-debate", False),
    ("article", "https://blog.example.com/2024/09/lean-startup.html", False),
    ("article", "https://timesofexample.com/city/articleshow/104338201.cms", False),
    ("article", "https://www.example.co.uk/news/12345678", False),
    ("article", "https://www.example.fr/actualite/?p=4821", False),
    ("article", "https://www.example.ca/nouvelles/story/2063459", False),
    ("article", "https://www.example.co.uk/news/articles/c0l8yzq5ewxo", False),
    ("article", "https://wire.example.com/article/9f3b2c1a7e8d4b6fa0c2", False),
    ("article", "https://www.example.ca/actualites/politique/2024-05-06/x.php", False),
    ("article", "https://letter.example.com/p/why", False),
    ("article", "https://www.example.com/category/covid19/", True),
    # only pages told article, with a URL
    ("article", None, False),
    (None, "https://radio.example.org/sections/health/", False),
    ("listing", "https://radio.example.org/sections/health/", False),
])
def test_reads_main_as_article(kind: str | None, url: str | None, reads: bool) -> None:
    """Told article and a URL naming no story: read by ``<main>``; a headline or id URL keeps
    trafilatura's article."""
    assert reads_main_as_article(kind, url) is reads  # type: ignore[arg-type]

