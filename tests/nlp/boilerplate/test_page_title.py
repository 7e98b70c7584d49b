"""The page's headline of page_title.py: its <h1> or its metadata title without the site."""

from __future__ import annotations

import pytest
from lxml import html

from newswire.nlp.boilerplate.page_title import headline, page_title


@pytest.mark.parametrize(
    ("meta_title", "headings", "site", "expected"),
    [
        ("Council passes budget | Daily Planet", ["Council passes budget"], "Daily Planet",
         "Council passes budget"),
        ("Council passes budget - Daily Planet", [], "Daily Planet", "Council passes budget"),
        ("Daily Planet | Council passes budget", [], "Daily Planet", "Council passes budget"),
        ("Council passes budget - Daily Planet", [], None, "Council passes budget"),
        ("Council passes budget", ["Menu"], None, "Council passes budget"),
        ("Council passes budget", ["World News"], None, "Council passes budget"),
        ("Budget 2025: what the vote means | Daily Planet", ["Council passes budget"],
         "Daily Planet", "Council passes budget"),
        ("Budget 2025: what the vote means", ["Council passes budget", "More news today"],
         None, "Council passes budget"),
        (None, ["Council passes budget"], None, "Council passes budget"),
        (None, [], None, None),
    ],
)
def test_headline(meta_title: str | None, headings: list[str], site: str | None,
                  expected: str | None) -> None:
    """The title is the on-page headline the metadata agrees with, else the first <h1> of
    three words or more, else the metadata title without the site name."""
    assert headline(meta_title, headings, site) == expected


@pytest.mark.parametrize(
    ("meta_title", "headings", "site", "expected"),
    [
        ("Council passes budget - Daily Planet Herald", ["Daily Planet Herald",
         "Council passes budget"], "Daily Planet Herald", "Council passes budget"),
        ("Council passes budget | Daily Planet Herald", ["Daily Planet Herald", "Menu"],
         "Daily Planet Herald", "Council passes budget"),
        ("Council passes budget", ["Daily Planet Herald"], "Daily Planet Herald",
         "Council passes budget"),
        ("Daily Planet Herald | Daily Planet", ["Daily Planet Herald"], "Daily Planet Herald",
         "Daily Planet Herald"),
        ("Council passes budget", ["Daily Planet Herald"], None, "Daily Planet Herald"),
    ],
)
def test_site_name_heading_is_no_headline(meta_title: str, headings: list[str], site: str | None,
                                          expected: str) -> None:
    """An <h1> that is the site's name (a logo above the headline) is passed over, unless the
    metadata title's own part is that name too; without a known site name it stays."""
    assert headline(meta_title, headings, site) == expected


@pytest.mark.parametrize(
    ("page", "site", "expected"),
    [
        ("<title>Council passes budget | Daily Planet</title></head><body>",
         "Daily Planet", "Council passes budget"),
        ("<title>Budget 2025 | Daily Planet</title></head><body><h1>Council passes budget</h1>",
         "Daily Planet", "Council passes budget"),
        ("</head><body><h1>Council <b>passes</b>\n budget</h1><h1>More news</h1>",
         None, "Council passes budget"),
        ("</head><body><p>No heading here at all.</p>", None, None),
        ("<title>Council passes budget | Planet Herald</title></head><body>"
         "<h1>Planet Herald</h1><h1>Menu</h1><h1>Council passes budget</h1>",
         "Planet Herald", "Council passes budget"),
    ],
)
def test_page_title_reads_the_page(page: str, site: str | None, expected: str | None) -> None:
    """The page's <title> stands in for a missing metadata title; an <h1> is read whole,
    its inline markup and spaces joined; a third <h1> is read past the site's name."""
    tree = html.fromstring(f"<html><head>{page}</body></html>")
    assert page_title(None, tree, site) == expected
