"""The page's headline of page_title.py: its <h1> or its metadata title without the site."""

from __future__ import annotations

import pytest
from lxml import html

from newswire.nlp.boilerplate.page_title import headline, page_title, titled_subheading


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


@pytest.mark.parametrize(
    ("titles", "headings", "subheadings", "site", "expected"),
    [
        # A blog theme: the blog's name is the <h1>, the post's title the first <h2>.
        (("Why the river flooded twice | Valley Notes", None), ["Valley Notes"],
         ["Why the river flooded twice"], None, "Why the river flooded twice"),
        # A hero banner's slogan as the <h1>; the <title> element names the page.
        ((None, "How to plant garlic in autumn - Green Acre Gardens"), ["Grow your own"],
         ["How to plant garlic in autumn"], "Green Acre Gardens", "How to plant garlic in autumn"),
        # A pull quote set as the <h1> further down; the title is the top <h2> word for word.
        (("Council delays the bypass vote", "Council delays the bypass vote | Herald"),
         ["They told us nothing until the day before"], ["Council delays the bypass vote"],
         "Herald", "Council delays the bypass vote"),
        # The <h1> is the title: the <h2> (a section) is not read.
        (("Council delays the bypass vote | Herald", None), ["Council delays the bypass vote"],
         ["Council delays the bypass vote"], "Herald", None),
        # The <h2> is a section heading that is not the title.
        (("Council delays the bypass vote | Herald", None), ["Bypass vote put off again"],
         ["What happens next"], "Herald", None),
        # A title's own second part is no site name: "What is X?" is not "What is X - A guide".
        (("What is social commerce - A guided introduction", None),
         ["An introduction to social commerce in 2026"], ["What is social commerce?"],
         "Emplifi", None),
        ((None, None), ["Valley Notes"], ["Why the river flooded twice"], None, None),
        # A <title> that is only the site's name (known, or the host's) is no headline.
        ((None, "Valley Echo"), ["Ferry fares to rise in spring"], ["Valley Echo"],
         "Valley Echo", None),
        ((None, "The Valley Echo"), ["Ferry fares to rise in spring"], ["The Valley Echo"],
         None, None),
        # A one- or two-word title is a topic, not the post's headline.
        (("Dredging | Valley Echo", None), ["Harbour to be dredged at last after years"],
         ["Dredging"], "Valley Echo", None),
        # An <h1> that opens with the title is the headline the title shortens.
        (("Ferry fares | Valley Echo", None), ["Ferry fares: what the rise means for islanders"],
         ["Ferry fares"], "Valley Echo", None),
        (("Budget 2027 - Valley Echo", None), ["Budget 2027 live: every change explained"],
         ["Budget 2027"], "Valley Echo", None),
        # The <h1> the title holds (shorter) does not stop the <h2> that is the title.
        (("Best travel cards for students in 2026", None), ["Best travel cards for students"],
         ["Best travel cards for students in 2026"], None,
         "Best travel cards for students in 2026"),
    ],
)
def test_titled_subheading(titles: tuple[str | None, ...], headings: list[str],
                           subheadings: list[str], site: str | None,
                           expected: str | None) -> None:
    """The first <h2> is the headline when it is the page's title word for word (site name
    aside) and no <h1> holds it: a blog's name, a banner or a pull quote set as the <h1>;
    a title that is only the site's name, or that an <h1> opens with, gives nothing."""
    assert titled_subheading(titles, headings, subheadings, (site, "thevalleyecho")) == expected


@pytest.mark.parametrize(
    ("page", "site", "expected"),
    [
        ("<title>Why the river flooded twice</title></head><body><h1>Valley Notes</h1>"
         "<h2>Why the river flooded twice</h2><p>Text.</p><h2>The first flood</h2>",
         None, "Why the river flooded twice"),
        ("<title>Council passes budget | Daily Planet</title></head><body>"
         "<h1>Council passes budget</h1><h2>What the vote means</h2>",
         "Daily Planet", "Council passes budget"),
        ("<title>Council passes budget | Daily Planet</title></head><body>"
         "<h1>Budget day at the town hall</h1><h2>Most read</h2><h2>Council passes budget</h2>",
         "Daily Planet", "Budget day at the town hall"),
    ],
)
def test_page_title_reads_the_first_h2(page: str, site: str | None, expected: str) -> None:
    """Only the page's first <h2> stands for the title: a later one is a section or a card."""
    tree = html.fromstring(f"<html><head>{page}</body></html>")
    assert page_title(None, tree, site) == expected


def test_page_title_site_named_title_keeps_the_h1() -> None:
    """A page whose <title> is the site's name, with the masthead as an <h2>, keeps its
    <h1> headline; the host's name tells the site when no metadata does."""
    tree = html.fromstring("<html><head><title>Valley Echo</title></head><body><header><h2>"
                           "Valley Echo</h2></header><h1>Ferry fares to rise in spring</h1>"
                           "</body></html>")
    assert page_title(None, tree, None, "https://www.valleyecho.example/news/ferry-fares") == (
        "Ferry fares to rise in spring")
