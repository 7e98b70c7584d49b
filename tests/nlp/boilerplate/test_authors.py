"""Page authors: the sources metadata.py asks in turn, the card and link sources of
``authors``, and the cleaning of names (bylines and boxes: ``test_bylines``)."""

from __future__ import annotations

import json

import pytest
from trafilatura.utils import load_html

from newswire.nlp.boilerplate.author_names import clean_authors, site_last
from newswire.nlp.boilerplate.authors import author_link, written_by
from newswire.nlp.boilerplate.declared_authors import declared_authors
from newswire.nlp.boilerplate.json_ld import MAX_OBJECTS
from newswire.nlp.boilerplate.page_metadata import page_metadata

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
