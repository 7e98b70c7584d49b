"""Feeds and sitemaps to items: every format, relative links, malformed XML, bombs, limits."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime

import pytest

from newswire.errors import FetchError
from newswire.feeds.parse import parse_document
from newswire.feeds.sitemap import MAX_SITEMAP_URLS, gunzip
from tests.feeds import content

BASE = "https://news.example.com/feeds/world.xml"
ENTRIES = content.items("https://news.example.com", 3)

RSS_091 = """<?xml version="1.0"?><rss version="0.91"><channel><title>Old</title>
<item><title>One</title><link>https://news.example.com/one</link></item></channel></rss>"""
RSS_10 = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="x"><title>RDF</title></channel>
<item rdf:about="https://news.example.com/one"><title>One</title>
<link>https://news.example.com/one</link><dc:date>2026-11-20T08:00:00Z</dc:date></item></rdf:RDF>"""


@pytest.mark.parametrize(("body", "title", "urls"), [
    (content.rss(ENTRIES), "Test Wire", [e.link for e in ENTRIES]),
    (content.atom(ENTRIES), "Test Atom", [e.link for e in ENTRIES]),
    (content.json_feed(ENTRIES), "Test JSON", [e.link for e in ENTRIES]),
    (RSS_091, "Old", ["https://news.example.com/one"]),
    (RSS_10, "RDF", ["https://news.example.com/one"]),
    (content.news_sitemap(ENTRIES), "Test", [e.link for e in ENTRIES]),
    (content.news_sitemap(ENTRIES, compress=True), "Test", [e.link for e in ENTRIES]),
], ids=["rss2", "atom", "jsonfeed", "rss091", "rss10", "news-sitemap", "sitemap-gzip"])
def test_formats(body: str | bytes, title: str | None, urls: list[str]) -> None:
    """Each format gives its items' links in order and the feed's title (a news sitemap's
    news:publication name)."""
    data = body.encode() if isinstance(body, str) else body
    parsed = parse_document(data, BASE)
    assert [item.url for item in parsed.items] == urls
    assert parsed.title == title
    assert not parsed.malformed


@pytest.mark.parametrize("make", [content.rss, content.atom, content.json_feed,
                                  content.news_sitemap])
def test_item_fields(make: object) -> None:
    """Title, date (UTC) and, where the format has them, guid and author come from the item."""
    body = make(ENTRIES[:1])  # type: ignore[operator]
    item = parse_document(body if isinstance(body, bytes) else body.encode(), BASE).items[0]
    assert item.title == "Article 0"
    assert item.published_at == datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
    if make is not content.news_sitemap:
        assert "Jane Reporter" in (item.author or "")
        assert item.guid == "urn:test:/articles/a0"


@pytest.mark.parametrize("make", [content.rss, content.atom, content.json_feed,
                                  content.news_sitemap])
def test_relative_links_resolve_against_the_final_url(make: object) -> None:
    """A relative link is resolved against the URL the feed was fetched from."""
    entries = [content.Item("../story/1.html", "Rel", content.START, guid="g1")]
    body = make(entries)  # type: ignore[operator]
    parsed = parse_document(body if isinstance(body, bytes) else body.encode(), BASE)
    assert [item.url for item in parsed.items] == ["https://news.example.com/story/1.html"]


def test_item_without_link_is_kept_without_url() -> None:
    """An item without a link comes out with url None (the poller counts and skips it)."""
    entries = [content.Item(None, "No link", content.START, guid="g"), *ENTRIES[:1]]
    parsed = parse_document(content.rss(entries).encode(), BASE)
    assert [item.url for item in parsed.items] == [None, ENTRIES[0].link]


def test_malformed_feed_is_read_as_far_as_it_goes() -> None:
    """A feed cut off mid-item keeps the items before the break and says it is malformed."""
    broken = content.rss(ENTRIES)[:-60] + "<item><title>broken & bad</channel>"
    parsed = parse_document(broken.encode(), BASE)
    assert parsed.malformed
    assert [item.url for item in parsed.items][:2] == [e.link for e in ENTRIES[:2]]


def test_ttl_is_read_in_seconds() -> None:
    """RSS <ttl> (minutes) becomes ttl_s."""
    assert parse_document(content.rss(ENTRIES, ttl_min=30).encode(), BASE).ttl_s == 1800


def test_sitemap_index_lists_children_newest_first() -> None:
    """A sitemap index gives its child sitemaps, newest lastmod first, and no items."""
    index = content.sitemap_index([("/s/old.xml", datetime(2026, 1, 1, tzinfo=UTC)),
                                   ("/s/new.xml", datetime(2026, 11, 1, tzinfo=UTC))])
    parsed = parse_document(index.encode(), BASE)
    assert parsed.children == ["https://news.example.com/s/new.xml",
                               "https://news.example.com/s/old.xml"]
    assert parsed.items == []


def test_entities_are_never_expanded() -> None:
    """A billion-laughs sitemap is read without expanding its entities."""
    levels = ['<!ENTITY l0 "lol">'] + [
        f'<!ENTITY l{n} "{("&l" + str(n - 1) + ";") * 10}">' for n in range(1, 10)]
    bomb = (f'<?xml version="1.0"?><!DOCTYPE urlset [{"".join(levels)}]>'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            "<url><loc>https://news.example.com/&l9;</loc></url></urlset>")
    parsed = parse_document(bomb.encode(), BASE)
    assert all(len(item.url or "") < 1000 for item in parsed.items)


def test_external_entities_are_not_loaded() -> None:
    """An external entity pointing at a local file is not read into the sitemap."""
    xxe = ('<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
           "<url><loc>https://news.example.com/&x;</loc></url></urlset>")
    parsed = parse_document(xxe.encode(), BASE)
    assert not any("root:" in (item.url or "") for item in parsed.items)


def test_sitemap_url_limit() -> None:
    """At most 50,000 URLs are read from one sitemap."""
    many = [content.Item(f"https://news.example.com/{n}", "t", content.START)
            for n in range(MAX_SITEMAP_URLS + 10)]
    assert len(parse_document(content.news_sitemap(many), BASE).items) == MAX_SITEMAP_URLS


def test_gzip_bomb_is_refused() -> None:
    """A gzip body inflating past the limit is refused, not inflated."""
    bomb = gzip.compress(b"\0" * 2_000_000)
    with pytest.raises(FetchError, match="inflates"):
        gunzip(bomb, BASE, limit=1_000_000)


RSS_FR = """<?xml version="1.0"?><rss version="2.0"><channel><title>Le fil</title>
<language>fr-FR</language><item><title>Un</title><link>https://news.example.com/un</link></item>
</channel></rss>"""
ATOM_DE = """<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
<title>Ticker</title><entry><title>Eins</title><link href="https://news.example.com/eins"/>
<summary>Kurz.</summary></entry></feed>"""
JSON_ES = """{"version": "https://jsonfeed.org/version/1.1", "title": "Cable", "language": "es",
"items": [{"id": "1", "url": "https://news.example.com/uno"},
{"id": "2", "url": "https://news.example.com/dos", "language": "ca"}]}"""


@pytest.mark.parametrize(("body", "languages"), [
    (RSS_FR, ["fr-FR"]),
    (ATOM_DE, ["de"]),
    (JSON_ES, ["es", "ca"]),
    (content.news_sitemap(ENTRIES[:1]), ["en"]),
    (RSS_091, [None]),
], ids=["rss-language", "atom-xml-lang", "jsonfeed-language", "news-language", "none"])
def test_declared_language_reaches_each_item(body: str | bytes, languages: list[str | None]
                                             ) -> None:
    """The feed's declared language (an item's own first) becomes each item's language claim."""
    data = body.encode() if isinstance(body, str) else body
    assert [item.language for item in parse_document(data, BASE).items] == languages


RSS_AUTHOR = """<rss version="2.0"><channel><title>T</title><item><title>One</title>
<link>https://news.example.com/one</link>{}</item></channel></rss>"""
ATOM_AUTHORS = """<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>One</title>
<link href="https://news.example.com/one"/><author><name>Ann Archer</name>
<email>ann@example.org</email></author><author><name>Bob Baker</name></author></entry></feed>"""
JSON_AUTHORS = """{"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": [
{"id": "1", "url": "https://news.example.com/one",
 "authors": [{"name": "Ann Archer"}, {"name": "Bob Baker"}]}]}"""


@pytest.mark.parametrize(("body", "author"), [
    (RSS_AUTHOR.format("<author>dana@example.org (Dana Whitfield)</author>"), "Dana Whitfield"),
    (RSS_AUTHOR.format("<author>dana@example.org</author>"), None),
    (RSS_AUTHOR.format("<author>Dana Whitfield</author>"), "Dana Whitfield"),
    (RSS_AUTHOR.format('<dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">'
                       "Jo Bloggs</dc:creator>"), "Jo Bloggs"),
    (ATOM_AUTHORS, "Ann Archer"),
    (JSON_AUTHORS, "Ann Archer"),
], ids=["rss-email-name", "rss-email-only", "rss-name", "dc-creator", "atom-two", "json-two"])
def test_item_author_is_one_name_never_an_address(body: str, author: str | None) -> None:
    """An item's author is its first author's name, as the event's `author` is one name:
    RSS 2.0's `address (Name)` gives the name, an address alone gives none."""
    assert parse_document(body.encode(), BASE).items[0].author == author


RSS_GUID = """<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>One</title>{}</item></channel></rss>"""
ATOM_BASE = """<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="{}">
<title>T</title><entry><title>One</title><link href="{}"/><id>tag:news.example.com,2026:1</id>
</entry></feed>"""


@pytest.mark.parametrize(("body", "url", "guid"), [
    (RSS_GUID.format("<link>/news/one.html</link><guid>bike</guid>"),
     "https://news.example.com/news/one.html", "bike"),
    (RSS_GUID.format("<link>one.html</link><guid>12345</guid>"),
     "https://news.example.com/feeds/one.html", "12345"),
    (RSS_GUID.format('<link>/one</link><guid isPermaLink="false">a/b</guid>'),
     "https://news.example.com/one", "a/b"),
    (RSS_GUID.format("<guid>https://news.example.com/two.html</guid>"),  # a permalink guid
     "https://news.example.com/two.html", "https://news.example.com/two.html"),
    (RSS_GUID.format("<guid>12345</guid>"), None, "12345"),  # no made-up /feeds/12345
    (RSS_GUID.format("<guid>/news/two.html</guid>"), None, "/news/two.html"),
    (RSS_GUID.format('<guid isPermaLink="true">two.html</guid>'), None, "two.html"),
    (RSS_GUID.format("<guid>urn:uuid:42</guid>"), None, "urn:uuid:42"),
    (RSS_GUID.format("<guid>ftp://news.example.com/two</guid>"), None,
     "ftp://news.example.com/two"),
    (RSS_GUID.format("<guid>12345</guid><link>/news/three.html</link>"),
     "https://news.example.com/news/three.html", "12345"),
    (RSS_GUID.format("<link>https://news.example.com/x</link><guid>urn:uuid:42</guid>"),
     "https://news.example.com/x", "urn:uuid:42"),
    (ATOM_BASE.format("/blog/", "post1"), "https://news.example.com/blog/post1",
     "tag:news.example.com,2026:1"),
    (ATOM_BASE.format("sub/", "post1"), "https://news.example.com/feeds/sub/post1",
     "tag:news.example.com,2026:1"),
    (ATOM_BASE.format("https://other.example/x/", "post2"), "https://other.example/x/post2",
     "tag:news.example.com,2026:1"),
], ids=["guid-word", "guid-number", "guid-not-permalink", "guid-absolute-url-is-link",
        "guid-number-alone", "guid-path-alone", "guid-permalink-relative", "guid-urn-alone",
        "guid-ftp-alone", "guid-before-link", "guid-urn",
        "atom-base-absolute-path", "atom-base-relative", "atom-base-other-host"])
def test_guid_is_kept_as_written_and_links_resolve_against_the_feed(
    body: str, url: str | None, guid: str
) -> None:
    """An RSS guid is the feed's identifier as written (it comes back in `extra.guid`), never
    resolved against the feed's URL as a link (alone, it is the item's URL only when it is
    an absolute http(s) URL); links still resolve, after any xml:base."""
    [item] = parse_document(body.encode(), BASE).items
    assert (item.url, item.guid) == (url, guid)
