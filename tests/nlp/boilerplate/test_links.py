"""Links removed with boilerplate: their labels, and how large a line of links may grow."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest

from newswire.nlp.boilerplate.clean import clean_text
from newswire.nlp.boilerplate.links import (
    MAX_LABEL_CHARS,
    URL_RE,
    find_urls,
    has_url,
    joined_url,
    label_of_line,
    link_kind,
    links_in_line,
    make_link,
)

LINK_FLOOD = " ".join(f"https://t.co/{i} bit.ly/{i}" for i in range(2_000))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Follow us: https://twitter.com/example", "Follow us"),
        ("Take our survey https://forms.gle/abc", "Take our survey"),
        ("https://example.com/story", ""),
        ("Read more | https://a.io/1 | https://a.io/2", "Read more"),
        ("Links: " + LINK_FLOOD, "Links"),
    ],
)
def test_label_is_the_line_without_its_urls(line: str, expected: str) -> None:
    """A line's label is its words without URLs, or nothing when it has no words."""
    assert label_of_line(line) == expected


@pytest.mark.parametrize(
    "line",
    [LINK_FLOOD, "word " * 1_000 + "https://bit.ly/x", "x" * 5_000 + " https://bit.ly/x"],
)
def test_label_is_never_longer_than_the_limit(line: str) -> None:
    """However long its line, a label is cut to MAX_LABEL_CHARS (and an ellipsis)."""
    labels = {link.label for link in links_in_line(line)}
    assert labels
    assert all(len(label) <= MAX_LABEL_CHARS + 1 for label in labels)


def test_a_line_of_thousands_of_links_keeps_each_link_labelled_with_its_host() -> None:
    """A plain-text line of 4,000 URLs is removed as links, each labelled with its host."""
    cleaned = clean_text("Links", LINK_FLOOD)
    links = cleaned.boilerplate.links
    assert len(links) == 4_000
    assert {link.kind for link in links} == {"tracking"}
    assert {link.label for link in links} == {"t.co", "bit.ly"}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("https://example.com/story", [("example.com", "other")]),
        ("www.youtube.com/watch?v=1 | https://example.com/a", [("youtube.com", "video"),
                                                               ("example.com", "other")]),
        ("https://example.com/watch/1", [("example.com", "video")]),
        ("Watch: https://example.com/1 https://x.io/2", [("Watch", "video"),
                                                          ("Watch", "video")]),
        ("Follow us: https://twitter.com/example", [("Follow us", "social")]),
    ],
)
def test_links_of_a_line_of_urls_alone_get_their_host(
    line: str, expected: list[tuple[str, str]]
) -> None:
    """Links on a line of URLs alone are labelled with their host and classified by their own
    URL; a line with words labels (and classifies) all its links with those words."""
    assert [(link.label, link.kind) for link in links_in_line(line)] == expected


def test_anchor_whose_text_is_its_url_is_labelled_with_its_host() -> None:
    """An anchor or block text of bare URLs gives the host as label, words stay as they are."""
    assert make_link("https://bit.ly/x", "https://bit.ly/x").label == "bit.ly"
    assert make_link("https://bit.ly/x", "Read more").label == "Read more"
    assert make_link("https://bit.ly/x", "").label == ""


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Visit WWW.Example.COM today.", ["WWW.Example.COM"]),
        ("See example.com/a, then bit.ly/x!", ["example.com/a", "bit.ly/x"]),
        ("HTTPS://A.IO/b and http://x.org", ["HTTPS://A.IO/b", "http://x.org"]),
        ("No link in example.com or 3.5 per cent: none.", []),
        ("", []),
    ],
)
def test_urls_are_found_in_any_case(line: str, expected: list[str]) -> None:
    """find_urls finds a URL by its scheme, www. or a known suffix and slash, in any case."""
    assert find_urls(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Visit WWW.Example.COM today.", True),
        ("Visit wWw.example.com today.", True),
        ("See example.com/a", True),
        ("HTTPS://A.IO", True),
        ("The site example.com said so.", False),
        ("A/B testing, 3/4 of them", False),
        ("www without a dot", False),
        ("", False),
    ],
)
def test_has_url_is_a_search_of_url_re(line: str, expected: bool) -> None:
    """has_url answers as a search of URL_RE does (its test for a slash or www. first)."""
    assert has_url(line) is expected
    assert (URL_RE.search(line) is not None) is expected


@pytest.mark.parametrize(
    ("url", "label", "expected"),
    [
        ("https://news.example.com/a?utm_source=x", "Story", "tracking"),
        ("example.com/a?fbclid=1", "Story", "tracking"),
        ("https://bit.ly/abc", "Story", "tracking"),
        ("https://www.youtube.com/watch?v=1", "Clip", "video"),
        ("https://www.youtube.com/@channel", "Our channel", "social"),
        ("https://example.com/newsletter", "Weekly", "subscribe"),
        ("https://forms.gle/abc", "Tell us", "survey"),
        ("https://example.com/story", "Watch the episode", "video"),
        ("[broken/a?utm_source=x", "Story", "tracking"),
        ("http://[broken/a?utm_source=x", "Story", "other"),
        ("https://example.com/story", "Story", "other"),
    ],
)
def test_links_are_classified_by_host_query_and_label(url: str, label: str, expected: str
                                                     ) -> None:
    """link_kind: the first check that holds names the kind, the query read with or without
    a scheme, and from the URL itself when its host cannot be parsed."""
    assert link_kind(url, label) == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://www.Example.com/a?utm_source=x#top", "http://a.com", "http://a.com?q=1#f?g",
        "http://a.com#x?y", "HTTP://X.COM/a", "http://user@a.com/?ref_src=x",
        "http://a.com:8080/b?fbclid=1", "http://[::1]/x", "http://a.com\n/x?utm_source=x",
        " http://a.com/", "http://ünï.com/", "https://m.twitter.com/", "www.x.com/a",
    ],
)
def test_host_and_query_are_urlsplits(url: str) -> None:
    """The fast reading of a plain address gives what urlsplit gives (host, query)."""
    from urllib.parse import urlsplit

    from newswire.nlp.boilerplate.links import _split

    absolute = "://" in url[:12]
    parts = urlsplit(url if absolute else "http://" + url)
    host = parts.hostname or ""
    for prefix in ("www.", "m.", "mobile."):
        host = host.removeprefix(prefix) if host.startswith(prefix) else host
    assert _split(url) == (host, parts.query if absolute else None)


@pytest.mark.parametrize("base", ["https://example.com/a/b", "http://example.com/",
                                  "https://ex.com/a?q=1#f", "http://[::1/x"])
@pytest.mark.parametrize("href", [
    "https://a.com/x", "https://a.com", "https://a.com//x", "https://u:p@a.com:80/%41",
    "https://a.com/../x", "http:///x", "HTTPS://a.com/x", "https://a.com/x?", "https://a.com/x#",
    "https://a.com/x;p", "http://[::1/x", "https://a.com/ x", "https://é.com/x", "https:/a.com/x",
    "//a.com/x", "/x/y?z", "x", "ftp://a.com/x", "#top", "mailto:a@b.c",
])
def test_joined_url_is_urljoin(base: str, href: str) -> None:
    """``joined_url`` gives what ``urljoin`` gives, and raises where it raises (a base with a
    broken IPv6 host), plain absolute addresses or not."""
    try:
        expected: str | None = urljoin(base, href)
    except ValueError:
        expected = None
    if expected is None:
        with pytest.raises(ValueError, match="IPv6"):
            joined_url(base, href)
    else:
        assert joined_url(base, href) == expected
