"""Bylines and author boxes (``bylines``): the name a byline element or a "By" line gives."""

from __future__ import annotations

import pytest
from trafilatura.utils import load_html

from newswire.nlp.boilerplate.bylines import _author_elements, author_box, byline_text
from tests.nlp.boilerplate.test_authors import PROSE, tree

BIO = "<p>Jane has covered the council, its schools and its roads for the paper since 2010.</p>"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<div class='author-box'><h4>Jane Doe</h4>" + BIO + "</div>", "Jane Doe"),
        ("<div class='elementor-author-box'><h3>About the author</h3><h4>Jane Doe</h4>" + BIO
         + "</div>", "Jane Doe"),
        ("<span class='byline'>By Jane Doe</span>", "Jane Doe"),
        ("<div class='publish-date-author'>Dec. 19, 2025 · Jane Doe</div>",
         "Jane Doe"),
        ("<div class='dateAndAuthorContainer'><span>Dec 19, 2025</span><span>Jane Doe</span></div>",
         "Jane Doe"),
        ("<div class='author-name'>Marna van der Merwe</div>", "Marna van der Merwe"),
        ("<span itemprop='author'>Jane Doe</span>", "Jane Doe"),
        ("<footer><div class='author'>John Smith</div></footer>", None),
        ("<div class='author'>admin</div>", None),
        ("<div class='author'>Jane</div>", None),
        ("<div class='author-share'>Share this post</div>", None),
        ("<div class='post'>Jane Doe</div>", None),
    ],
)
def test_author_box(body: str, expected: str | None) -> None:
    """The first byline or author box element gives its text, or its first part, if a name."""
    assert author_box(tree(body=body)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<p>By Jane Doe</p>", "Jane Doe"),
        ("<p>Written by <a href='/jd'>Jane Doe</a></p>", "Jane Doe"),
        ("<p>by: Ziyi Xu, Dec 17, 2025</p>", "Ziyi Xu"),
        ("<p>By Jane Doe | March 5, 2024</p>", "Jane Doe"),
        ("<p><span>By</span> <b>Jane Doe</b></p>", "Jane Doe"),
        ("<p>By the end of the year the council had approved the new budget for the schools.</p>",
         None),
        ("<p>by clicking here you agree</p>", None),
        ("<p>Bypass Road</p>", None),
        ("<nav><p>By Jane Doe</p></nav>", None),
    ],
)
def test_byline_text(body: str, expected: str | None) -> None:
    """A "By Jane Doe" / "Written by Jane Doe" line gives the name, not a sentence or a menu."""
    assert byline_text(tree(body=body)) == expected


def test_author_elements_read_at_most_forty() -> None:
    """A hostile page's thousands of author elements are not all read: the byline comes early."""
    body = "<div class='author'>Share</div>" * 40 + "<div class='author'>Jane Doe</div>"
    assert (author_box(tree(body=body)), byline_text(tree(body="<p>By me</p>" * 40
                                                          + "<p>By Jane Doe</p>"))) == (None, None)


@pytest.mark.parametrize(
    "body",
    [
        "<span class='author'>Share this</span>" * 100_000,
        "<div class='author'><span>By</span> " * 10 + "<p>one two three</p>" * 20_000
        + "</div>" * 10,
        "<div class='byline'>" + "<div>" * 200 + "By Jane Doe" + "</div>" * 201,
    ],
)
def test_hostile_author_markup_returns(body: str) -> None:
    """Pages of countless or deeply nested author elements are read without an error."""
    page = tree(body=body)
    for source in (author_box, byline_text):
        name = source(page)
        assert name is None or isinstance(name, str)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<html><body class='archive author author-jdoe'><nav><a href='/world'>World News</a>"
         f"</nav>{PROSE}</body></html>", None),
        (f"<html><body><div class='author-box'><nav><a>World News</a></nav><h4>Jane Doe</h4>"
         f"</div>{PROSE}</body></html>", "Jane Doe"),
        (f"<html><body><div class='byline'><button>Follow Us</button> Jane Doe</div>{PROSE}"
         "</body></html>", "Jane Doe"),
        (f"<html><body><div class='author'><form><label>Email Address</label></form>"
         f"<h4>Jane Doe</h4></div>{PROSE}</body></html>", "Jane Doe"),
    ],
)
def test_author_box_leaves_out_menus(html: str, expected: str | None) -> None:
    """Menus, buttons and forms in an author box, and the page's own body, give no name."""
    assert author_box(load_html(html)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<div><h3>Author</h3><p> Lisa D. Ellis</p></div>", "Lisa D. Ellis"),
        ("<div><h2>Article by</h2><div>Matias Heikkilä</div></div>", "Matias Heikkilä"),
        ("<div><span>Author:</span> <a href='/about'>Jane Doe</a></div>", "Jane Doe"),
        ("<div><h3>Author</h3><p>Share this story</p></div>", None),
        ("<p>Author Jane Doe has written ten books on the council.</p>", None),
        ("<nav><div><h3>Author</h3><p>Jane Doe</p></div></nav>", None),
        ("<div><h3>Authors</h3><p>Jane Doe</p></div>", None),
    ],
)
def test_author_heading_over_the_name(body: str, expected: str | None) -> None:
    """A heading or label alone ("Author", "Article by") names the author in the text beside
    it; a heading over no name, "Author" opening a sentence, a menu's, or "Authors" (a list of
    the site's) give none."""
    assert byline_text(tree(body=body + PROSE)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<div class='author-box'><p>Rachel MacDonald Writer</p><p>" + "Rachel writes. " * 5
         + "</p></div>", "Rachel MacDonald"),
        ("<div class='byline'>By Jane Doe Staff Reporter</div>", "Jane Doe"),
        ("<div class='publish-date-author'>Dec. 19, 2024 &middot; Niko Matsakis on behalf of "
         "<a href='/teams/pad'>Launching Pad team</a></div>", "Niko Matsakis"),
    ],
)
def test_author_box_name_without_title(body: str, expected: str) -> None:
    """An author box or byline gives the name without the job title after it."""
    assert author_box(tree(body=body + PROSE)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<p>By Jane Doe and John Roe</p>", "Jane Doe; John Roe"),
        ("<p>By Jane Doe, John Roe and Ann Lee</p>", "Jane Doe; John Roe; Ann Lee"),
        ("<p>By Jane Doe & John Roe | March 5, 2024</p>", "Jane Doe; John Roe"),
        ("<p>By Jane Doe and John Roe, Reuters</p>", "Jane Doe; John Roe"),
        ("<p>By Jane Doe, Staff Writer</p>", "Jane Doe"),
        ("<p>By Jane Doe, Dec 17, 2025</p>", "Jane Doe"),
        ("<p>By the end of the year and the council's vote</p>", None),
        ("<span class='byline'>Jane Doe and John Roe</span>", "Jane Doe; John Roe"),
    ],
)
def test_byline_listing_several_writers(body: str, expected: str | None) -> None:
    """A byline naming two or more writers ("By A and B", "A, B and C") gives them all."""
    page = tree(body=body + PROSE)
    assert (byline_text(page) or author_box(page)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<p>By Jane Doe and John Roe, Staff Writers</p>", "Jane Doe; John Roe"),
        ("<p>By Jane Doe and John Roe, Times Staff Writers</p>", "Jane Doe; John Roe"),
        ("<p>By Jane Doe and John Roe, Associated Press</p>", "Jane Doe; John Roe"),
        ("<p>By Jane Doe & John Roe, Special Correspondents</p>", "Jane Doe; John Roe"),
        ("<p>By Jane Doe, John Roe and Ann Lee, Contributing Editors</p>",
         "Jane Doe; John Roe; Ann Lee"),
        ("<p>By Jane Doe and John Roe, The Washington Press</p>", "Jane Doe; John Roe"),
        ("<p>By Jane Doe and John Roe, AFP</p>", "Jane Doe; John Roe"),
        ("<p>By Jane Doe and Associated Press</p>", "Jane Doe"),
        ("<p>By Jane Doe and Times Staff</p>", "Jane Doe"),
        ("<span class='byline'>Jean Dupont & Marie Curie, Envoyée Spéciale</span>",
         "Jean Dupont; Marie Curie"),
        ("<span class='byline'>Jean Dupont & Marie Curie, Envoyés Spéciaux</span>",
         "Jean Dupont; Marie Curie"),
        ("<span class='byline'>Jean Dupont & La Rédaction</span>", "Jean Dupont"),
        ("<span class='byline'>Jean Dupont & Marie Curie, Correspondante AFP</span>",
         "Jean Dupont; Marie Curie"),
        ("<p>By Jane Doe and John Roe, Reuters</p>", "Jane Doe; John Roe"),
        ("<p>By Jane Doe and John Presley</p>", "Jane Doe; John Presley"),
    ],
)
def test_byline_list_stops_at_a_desk(body: str, expected: str) -> None:
    """A desk, job or agency after a byline's writers ("Staff Writers", "Associated
    Press", "Envoyée Spéciale", "La Rédaction") is not one more writer."""
    page = tree(body=body + PROSE)
    assert (byline_text(page) or author_box(page)) == expected


_BOX_XPATH = ("(//*[contains(@class, 'uthor') or contains(@class, 'yline') "
              "or contains(@itemprop, 'author') or @rel='author'])[position() <= 40]")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<div class='author-box'><h4 class='byline'>Jane</h4></div>", 2),
        ("<a rel='author' href='/jd'>Jane</a><a rel='authors'>x</a><p rel='me'>y</p>", 1),
        ("<span itemprop='author name'>Jane</span><span itemprop='Author'>x</span>", 1),
        ("<div class='Author'>x</div><div class=''>y</div><!-- class='author' -->", 1),
        ("<div id='author'>x</div><div data-author='x'>y</div>", 0),
        ("<p class='dateAndAuthor'>x</p>" * 45, 40),
    ],
)
def test_author_elements_are_the_xpaths(body: str, expected: int) -> None:
    """The loop behind author_box selects what the XPath it stands for selects, in order, at
    most forty (the root element included: ``<body class='archive author'>`` counts)."""
    page = tree(body=body)
    found = _author_elements(page)
    assert (found == page.xpath(_BOX_XPATH), len(found)) == (True, expected)
