"""Page authors: the sources metadata.py asks in turn, and the cleaning of their names."""

from __future__ import annotations

import json

import pytest
from trafilatura.utils import load_html

from newswire.nlp.boilerplate.author_names import site_last
from newswire.nlp.boilerplate.authors import (
    author_box,
    author_link,
    byline_text,
    clean_authors,
    has_author_markup,
    written_by,
)
from newswire.nlp.boilerplate.declared_authors import declared_authors
from newswire.nlp.boilerplate.html import page_metadata
from newswire.nlp.boilerplate.json_ld import MAX_OBJECTS

PROSE = "<p>The council voted on Monday to approve the new budget for schools and roads.</p>" * 4
URL = "https://news.example.com/budget"


def tree(head: str = "", body: str = PROSE) -> object:
    """A parsed page with ``head`` in its <head> and ``body`` in its <body>."""
    return load_html(f"<html><head>{head}</head><body>{body}</body></html>")


def card(label: str, data: str, n: int = 1, attribute: str = "name") -> str:
    """A Twitter card label and its data, as SEO plugins write them."""
    return (f"<meta {attribute}='twitter:label{n}' content='{label}'>"
            f"<meta {attribute}='twitter:data{n}' content='{data}'>")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Jane Doe Dec 19, 2025", ["Jane Doe"]),
        ("Jane Doe December", ["Jane Doe"]),
        ("Jane Doe Sept. 3", ["Jane Doe"]),
        ("Supermove February 8", ["Supermove"]),
        ("Craig McCarthy Last updated", ["Craig McCarthy"]),
        ("Jane Doe Updated Dec 19", ["Jane Doe"]),
        ("Jane Doe May 5, 2025", ["Jane Doe"]),
        ("Tom May", ["Tom May"]),
        ("Rob Mardisalu", ["Rob Mardisalu"]),
        ("Dec", []),
        ("By Jane Doe", ["Jane Doe"]),
    ],
)
def test_date_read_with_the_name_is_cut(raw: str, expected: list[str]) -> None:
    """A month, day, year or "Last updated" after a name goes; "May" alone is a surname."""
    assert clean_authors(raw) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (card("Written by", "Jane Doe"), "Jane Doe"),
        (card("Est. reading time", "3 minutes") + card("Written by", "Jane Doe", 2), "Jane Doe"),
        (card("Author:", "Jane Doe", attribute="property"), "Jane Doe"),
        (card("Est. reading time", "3 minutes"), None),
        (card("Written by", " "), None),
        ("", None),
    ],
)
def test_written_by_label(head: str, expected: str | None) -> None:
    """The Twitter card's "Written by" label gives the author in the data of the same number."""
    assert written_by(tree(head)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<article><p>By <a href='/author/jane-doe/'>Jane Doe</a></p></article>", "Jane Doe"),
        ("<p><a href='https://x.com/authors/jane-doe?ref=top'>Jane Doe</a></p>", "Jane Doe"),
        ("<p><a href='/staff/jdoe'>Crazy Lennys</a></p>", "Crazy Lennys"),
        ("<nav><a href='/author/john-smith'>John Smith</a></nav>"
         "<p><a href='/author/jane-doe'>Jane Doe</a></p>", "Jane Doe"),
        ("<footer><a href='/author/john-smith'>John Smith</a></footer>", None),
        ("<p><a href='/author/jane-doe'>View all posts</a></p>", None),
        ("<p><a href='/author/jane-doe'>12 articles</a></p>", None),
        ("<p><a href='/author/jane-doe'>Jane Doe, our council and schools reporter</a></p>",
         None),
        ("<p><a href='/author/'>Jane Doe</a></p>", None),
        ("<p><a href='/news/council-budget'>Jane Doe</a></p>", None),
        ("<p><a href='/author/al-hall'>Al Hall</a></p>", "Al Hall"),
    ],
)
def test_author_page_link(body: str, expected: str | None) -> None:
    """The first link to an author page outside menus and page furniture, if it reads as a name."""
    assert author_link(tree(body=body)) == expected


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        ("<meta name='author' content='Jane Doe'>" + card("Written by", "John Smith"),
         "<p><a href='/author/ann-lee'>Ann Lee</a></p>", ["Jane Doe"]),
        (card("Written by", "John Smith"), "<p><a href='/author/ann-lee'>Ann Lee</a></p>",
         ["John Smith"]),
        ("", "<p><a href='/author/ann-lee'>Ann Lee</a></p>", ["Ann Lee"]),
        ("<meta property='og:site_name' content='Podium'>"
         "<meta name='author' content='Podium Staff'>", "", ["Podium Staff"]),
    ],
)
def test_author_sources_in_order(head: str, body: str, expected: list[str]) -> None:
    """Meta tags and JSON-LD first, then the "Written by" label, then an author-page link."""
    meta, _ = page_metadata(tree(head, body + PROSE), URL)
    assert meta.authors == expected


SLUG_URL = "https://news.example.com/2024/03/council-passes-budget"


@pytest.mark.parametrize(
    ("head", "url", "authors", "published"),
    [
        ("", SLUG_URL, ["Jane Doe"], "2024-03-05"),
        ("<meta property='og:type' content='article'>", URL, ["Jane Doe"], "2024-03-05"),
        ("", URL, [], None),
        ("<meta property='og:type' content='product'>", SLUG_URL, [], None),
    ],
)
def test_text_searched_on_articles_and_article_like_pages(
    head: str, url: str, authors: list[str], published: str | None
) -> None:
    """"By" lines and date search run on articles and on unknown kinds with a headline slug URL."""
    body = "<p>By Jane Doe</p><p>Published March 5, 2024</p>" + PROSE
    meta, _ = page_metadata(tree(head, body), url)
    day = meta.published_at.date().isoformat() if meta.published_at else None
    assert (meta.authors, day) == (authors, published)


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


@pytest.mark.parametrize(
    ("body", "url", "expected"),
    [
        ("<p><a href='/author/ann-lee'>Ann Lee</a></p><div class='author'>Jane Doe</div>", URL,
         ["Ann Lee"]),
        ("<div class='author'>Jane Doe</div><p>By John Smith</p>", URL, ["Jane Doe"]),
        ("<p>By John Smith</p>", URL, []),
        ("<p>By John Smith</p>", SLUG_URL, ["John Smith"]),
    ],
)
def test_author_box_after_links_and_byline_lines_on_searched_pages(
    body: str, url: str, expected: list[str]
) -> None:
    """An author box comes after an author-page link; a "By" line only where text is searched."""
    meta, _ = page_metadata(tree("", body + PROSE), url)
    assert meta.authors == expected


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
    ("raw", "expected"),
    [
        ("Tom Krisher; Ap Auto Writer", ["Tom Krisher"]),
        ("Jane Doe and Staff Reporter", ["Jane Doe"]),
        ("Jane Writer", ["Jane Writer"]),
        ("AP Auto Writer", ["AP Auto Writer"]),
        ("Jane Doe; John Smith", ["Jane Doe", "John Smith"]),
    ],
)
def test_role_after_a_name_is_no_author(raw: str, expected: list[str]) -> None:
    """A job title after a name ("AP Auto Writer") goes; alone it may be the author."""
    assert clean_authors(raw) == expected


def ld(*objects: object) -> str:
    """A JSON-LD script of ``objects`` (one object, or an ``@graph`` of several)."""
    data = objects[0] if len(objects) == 1 else {"@context": "https://schema.org",
                                                  "@graph": list(objects)}
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


ORG_AUTHOR = ld({"@type": "BlogPosting", "headline": "Council passes budget",
                 "author": {"@type": "Organization", "name": "Loona Construction"}})
YOAST_AUTHOR = ld({"@type": "Article", "author": {"@id": "https://ex.com/#/person/1"}},
                  {"@type": "Person", "@id": "https://ex.com/#/person/1", "name": "Jane Doe"})
#: A reference to the site's identity (trafilatura reads a graph's Person, not this).
IDENTITY_AUTHOR = ld({"@type": "WebPage", "author": {"@id": "#identity"}},
                     {"@type": "Organization", "@id": "#identity", "name": "Social Shepherd"})


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (ORG_AUTHOR, "Loona Construction"),
        (YOAST_AUTHOR, "Jane Doe"),
        (ld({"@type": "Article", "author": [{"@type": "Person", "name": "Jane Doe"},
                                            "John Smith"]}), "Jane Doe; John Smith"),
        (ld({"@type": "Article", "author": {"@id": "https://ex.com/#/person/9"}}), None),
        (ld({"@type": "Article", "publisher": {"@type": "Organization", "name": "Planet"}}),
         None),
        ("<script type='application/ld+json'>{\"author\": </script>" + ORG_AUTHOR,
         "Loona Construction"),
        ("", None),
    ],
)
def test_declared_authors(head: str, expected: str | None) -> None:
    """JSON-LD authors trafilatura leaves out: an organisation, a reference to a graph's
    person; a dangling reference or a publisher is no author, broken JSON-LD is skipped."""
    assert declared_authors(tree(head)) == expected


@pytest.mark.parametrize(
    ("head", "body", "url", "expected"),
    [
        (ORG_AUTHOR, "", URL, ["Loona Construction"]),
        (IDENTITY_AUTHOR, "", URL, ["Social Shepherd"]),
        (ORG_AUTHOR, "<p>By Ann Lee</p>", SLUG_URL, ["Ann Lee"]),
        (ORG_AUTHOR + "<meta name='author' content='John Smith'>", "", URL, ["John Smith"]),
    ],
)
def test_json_ld_author_is_the_last_resort(head: str, body: str, url: str,
                                           expected: list[str]) -> None:
    """The JSON-LD organisation or referenced person is the author only when neither the
    markup nor, on searched pages, a "By" line names one."""
    meta, _ = page_metadata(tree(head, body + PROSE), url)
    assert meta.authors == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("<meta name='author' content='Alexa'>", ["Alexa"]),
        ("<meta name='author' content='apblackmd'>", ["apblackmd"]),
        ("<meta name='author' content='admin'>", []),
        ("<meta name='author' content='Example'><meta property='og:site_name' "
         "content='Example News'>", []),
        ("<meta property='article:author' content='https://facebook.com/jdoe'>", []),
        ("<meta name='author' content='Alexa'>" + ORG_AUTHOR, ["Loona Construction"]),
    ],
)
def test_one_word_author_meta_is_the_last_resort(head: str, expected: list[str]) -> None:
    """A one-word author meta tag names the author when nothing else does, unless it is a
    default account, the site's name or a URL."""
    meta, _ = page_metadata(tree(head, PROSE), URL)
    assert meta.authors == expected


def test_hostile_json_ld_returns() -> None:
    """Deeply nested or huge JSON-LD is read without an error, up to its limits."""
    deep = "<script type='application/ld+json'>" + '{"a": [' * 5_000 + "]}" * 5_000 + "</script>"
    many = ld({"@graph": [{"author": f"Name {i}"} for i in range(MAX_OBJECTS * 2)]})
    assert declared_authors(tree(deep)) is None
    assert len((declared_authors(tree(many)) or "").split("; ")) < MAX_OBJECTS


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<article><header><nav><p>by <a href='/articles/authors/jane-doe'>Jane Doe</a></p>"
         "</nav></header>" + PROSE + "</article>", "Jane Doe"),
        ("<article><header><p>By <a href='/author/jane-doe'>Jane Doe</a></p></header></article>",
         "Jane Doe"),
        ("<header><nav><a href='/author/john-smith'>John Smith</a></nav></header>"
         "<article>" + PROSE + "</article>", None),
        ("<nav><article><a href='/author/john-smith'>John Smith</a></article></nav>", None),
        ("<header><p>By <a href='/author/jane-doe'>Jane Doe</a></p></header>", None),
    ],
)
def test_author_link_in_the_article_header(body: str, expected: str | None) -> None:
    """An author link in a header or menu inside the <article> is its byline; one in the
    page's own header or menu, or in an article teaser inside a menu, is not."""
    assert author_link(tree(body=body)) == expected


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
    ("raw", "expected"),
    [
        ("Name; Maya Perez", ["Maya Perez"]),
        ("Sign up", []),
        ("Create Account", []),
        ("Log in", []),
        ("Susan Page", ["Susan Page"]),
        ("Jonathan Head", ["Jonathan Head"]),
        ("Rachel MacDonald Writer", ["Rachel MacDonald"]),
        ("Liz Kenny Former McKinsey Consultant", ["Liz Kenny"]),
        ("Jane Doe Senior Editor", ["Jane Doe"]),
        ("Jane Writer", ["Jane Writer"]),
        ("AAA Travel Editor", ["AAA Travel Editor"]),
        ("Jane Doe, Staff Writer", ["Jane Doe"]),
        ("Niko Matsakis on behalf of the Launching Pad team", ["Niko Matsakis"]),
    ],
)
def test_interface_words_and_titles_are_no_name(raw: str, expected: list[str]) -> None:
    """A form's or button's words ("Sign up", "Name") are no author, surnames that are
    words ("Page", "Head") are; a job title after a two-word name goes ("Rachel MacDonald
    Writer"), not from a one-word name or a desk named after its organisation; so does whom
    the writer writes for ("on behalf of")."""
    assert clean_authors(raw) == expected


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
    ("authors", "site", "expected"),
    [
        (["Fastarz", "Ahmet Serhan"], "Top 10 Shoe Companies - Fastarz",
         ["Ahmet Serhan", "Fastarz"]),
        (["Emily Henderson", "Arlyn Hernandez"], "Emily Henderson",
         ["Arlyn Hernandez", "Emily Henderson"]),
        (["Emily Henderson"], "Emily Henderson", ["Emily Henderson"]),
        (["Jane Doe", "Ann Lee"], "The Daily Planet", ["Jane Doe", "Ann Lee"]),
        (["Ann", "Jane Doe"], "Annals of Medicine", ["Ann", "Jane Doe"]),
        (["Jane Doe", "Ann Lee"], None, ["Jane Doe", "Ann Lee"]),
    ],
)
def test_site_name_after_the_people(authors: list[str], site: str | None,
                                    expected: list[str]) -> None:
    """The site's own name listed first among several authors goes after the people; alone,
    or a name the site's name only begins with ("Ann", "Annals"), it stays."""
    assert site_last(authors, site) == expected


def test_site_name_after_the_people_of_the_page() -> None:
    """A page whose meta tags credit its site, then its writer, is written by the writer."""
    head = ("<meta property='og:site_name' content='Fastarz'>"
            "<meta name='author' content='Fastarz; Ahmet Serhan'>")
    meta, _ = page_metadata(tree(head, PROSE), URL)
    assert meta.authors == ["Ahmet Serhan", "Fastarz"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (PROSE, False),
        ('<div class="story-body"><p>Text.</p></div><span id="main">x</span>', False),
        ('<div class="Author">x</div>', True),
        ('<span class="c-byline__item">x</span>', True),
        ('<div class="post-writer">x</div>', True),
        ('<span class="username">x</span>', True),
        ('<span class="byl">x</span>', True),
        ('<span id="zuozhe">x</span>', True),
        ('<span id="article-author">x</span>', True),
        ('<span itemprop="author name">x</span>', True),
        ('<div data-component="SimpleByline">x</div>', True),
        ('<a rel="author" href="/jane">Jane Doe</a>', True),
        ('<div data-testid="AuthorCard">x</div>', True),
        ("<author>Jane Doe</author>", True),
        ("<p><rel>me</rel>Jane Doe</p>", True),
    ],
)
def test_author_markup_precedes_trafilaturas_byline_search(body: str, expected: bool) -> None:
    """Pages without what trafilatura's byline search reads skip it (it finds nothing)."""
    page = tree(body=body)
    assert has_author_markup(page) is expected
    if not expected:
        from trafilatura.metadata import extract_author

        assert extract_author(page) is None


def test_byline_xpaths_are_the_ones_has_author_markup_covers() -> None:
    """has_author_markup mirrors trafilatura's byline XPaths: an upgrade that changes them
    fails here, so the mirror is checked again rather than silently skipping bylines."""
    import hashlib

    from trafilatura.xpaths import AUTHOR_XPATHS

    paths = " ".join(" ".join(xpath.path for xpath in AUTHOR_XPATHS).split())
    assert hashlib.sha256(paths.encode()).hexdigest()[:16] == "1786364624caf88c"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<p>By <a href='/author/jane-doe'>Jane Doe</a> and "
         "<a href='/author/john-roe'>John Roe</a></p>", "Jane Doe; John Roe"),
        ("<p>By <a href='/author/jane-doe'>Jane Doe</a>, <a href='/author/john-roe'>John Roe</a>"
         " and <a href='/author/ann-lee'>Ann Lee</a></p>", "Jane Doe; John Roe; Ann Lee"),
        ("<p>By <a href='/author/jane-doe'>Jane Doe</a> and "
         "<a href='/author/jane-doe'>Jane Doe</a></p>", "Jane Doe"),
        ("<p>By <a href='/author/jane-doe'>Jane Doe</a> and "
         "<a href='/author/jane-doe/posts'>View all posts</a></p>", "Jane Doe"),
        ("<p>By <a href='/author/jane-doe'>Jane Doe</a></p>"
         "<p>Reporting by <a href='/author/john-roe'>John Roe</a></p>", "Jane Doe"),
        ("<div><a href='/author/jane-doe'>Jane Doe</a> wrote this with the help of the whole "
         "desk, and <a href='/author/john-roe'>John Roe</a> checked every figure of it.</div>",
         "Jane Doe"),
    ],
)
def test_author_links_of_one_byline(body: str, expected: str) -> None:
    """Every author-page link of a short byline is an author, not only the first one."""
    assert author_link(tree(body=body)) == expected


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


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<p>By <a href='/author/jane-doe'>Jane Doe</a> and "
         "<a href='/author/john-roe'>John Roe</a></p>", ["Jane Doe", "John Roe"]),
        ("<p class='byline'>By Jane Doe, John Roe and Ann Lee</p>",
         ["Jane Doe", "John Roe", "Ann Lee"]),
    ],
)
def test_page_authors_keep_the_second_writer(body: str, expected: list[str]) -> None:
    """The page metadata's authors keep every writer of a "By A and B" byline."""
    meta, _ = page_metadata(tree("<meta property='og:type' content='article'>", body + PROSE),
                            URL)
    assert meta.authors == expected
