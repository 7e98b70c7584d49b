"""Text of a web page outside its article: listed as removed, by region, never lost."""

from __future__ import annotations

import pytest
from lxml import etree

from newswire.nlp.boilerplate import outside
from newswire.nlp.boilerplate.clean import clean_html
from newswire.nlp.boilerplate.outside import (
    MAX_OUTSIDE_CHARS,
    MAX_OUTSIDE_LINES,
    MAX_OUTSIDE_LINKS,
    PageLine,
    outside_lines,
)

ARTICLE = (
    "<p>PICTOU, N.S. — Ferry service between Caribou and Wood Islands will resume Monday, ten "
    "days after a storm damaged the terminal's loading ramp, Northumberland Ferries said.</p>"
    "<p>The company said engineers inspected the ramp on Thursday and cleared it for use after "
    "temporary repairs were made by a crew working through the night.</p>"
    "<p>\"We know how hard the last week and a half has been for people who depend on this "
    "service,\" said Don Cormier, the company's general manager.</p>"
)


def page(before: str = "", inside: str = "", after: str = "") -> str:
    """A news page: ``before`` and ``after`` the article element, ``inside`` after its text."""
    return (f"<html><head><title>Ferry service to resume</title></head><body>{before}"
            f"<main><article><h1>Ferry service to resume</h1>{ARTICLE}{inside}</article></main>"
            f"{after}</body></html>")


def removed(html: str, url: str | None = None) -> list[tuple[str, str]]:
    """(rule, text) of every removed line of the page."""
    cleaned = clean_html(html, url)
    return [(r.rule, r.text) for r in cleaned.boilerplate.removed_lines]


@pytest.mark.parametrize(("html", "expected"), [
    (page(before="<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"),
     ("page-nav", "Home News")),
    (page(before="<div class='cookie-banner'>We use cookies on this site.</div>"),
     ("page-cookie", "We use cookies on this site.")),
    (page(inside="<div class='article-share'><a href='https://x.com/s'>Share on X</a></div>"),
     ("page-social", "Share on X")),
    (page(after="<div class='newsletter-signup'><p>Get the morning briefing in your inbox "
                "every day.</p></div>"),
     ("page-subscribe", "Get the morning briefing in your inbox every day.")),
    (page(after="<section class='related_stories'><h3>Related stories</h3></section>"),
     ("page-related", "Related stories")),
    (page(after="<footer><p>© 2026 Coastal Herald. All rights reserved.</p></footer>"),
     ("page-footer", "© 2026 Coastal Herald. All rights reserved.")),
    (page(after="<div><p>Some other words nobody marked, in a plain box.</p></div>"),
     ("page", "Some other words nobody marked, in a plain box.")),
])
def test_text_outside_the_article_is_listed_by_region(html: str, expected: tuple[str, str]
                                                      ) -> None:
    """Each line the article leaves out is a removed line named after its region."""
    assert expected in removed(html)


def test_no_kept_line_is_listed_as_removed() -> None:
    """A line of the article body is never also a removed line; scripts are never text."""
    html = page(before="<nav>Home News</nav><script>var x = 'tracking code';</script>",
                after="<footer>Contact us</footer>")
    cleaned = clean_html(html)
    body_lines = set(cleaned.body.splitlines())
    texts = [r.text for r in cleaned.boilerplate.removed_lines]
    assert body_lines
    assert not body_lines & set(texts)
    assert not any("tracking code" in text for text in texts)
    assert "Home News" in texts
    assert "Contact us" in texts


def test_links_of_removed_text_are_kept_absolute() -> None:
    """The links of text outside the article are kept, made absolute against the page URL."""
    html = page(after="<aside><h3>Related</h3><ul><li><a href='/a'>Storm knocks out power "
                      "to 40,000 customers</a></li></ul></aside>")
    cleaned = clean_html(html, "https://herald.example/news/2026/ferry-service-resume")
    links = {(link.url, link.label) for link in cleaned.boilerplate.links}
    assert ("https://herald.example/a", "Storm knocks out power to 40,000 customers") in links


def test_a_page_of_menus_stays_within_bounds() -> None:
    """A page with megabytes of menus keeps at most the set amount of their text and links."""
    menu = "".join(f"<li><a href='/c/{i}'>Category number {i}</a></li>" for i in range(20_000))
    cleaned = clean_html(page(before=f"<nav><ul>{menu}</ul></nav>"))
    outside = [r for r in cleaned.boilerplate.removed_lines if r.rule.startswith("page")]
    assert 0 < sum(len(r.text) for r in outside) <= MAX_OUTSIDE_CHARS
    assert 0 < len(cleaned.boilerplate.links) <= MAX_OUTSIDE_LINKS
    assert "PICTOU, N.S." in cleaned.body



@pytest.mark.parametrize(
    ("lines", "chars", "kept"),
    [
        (60_000, 1, MAX_OUTSIDE_LINES),  # one-character lines: the line cap
        (2_000, 1, 2_000),
        (1_000, 100, MAX_OUTSIDE_CHARS // 100),  # long lines: the character cap
        (10, 5_000, MAX_OUTSIDE_CHARS // 5_000),
    ],
)
def test_outside_text_is_capped_in_lines_and_characters(lines: int, chars: int, kept: int
                                                        ) -> None:
    """Outside lines stop at whichever cap comes first, so the event stays bounded whatever
    the lines' length (each removed line costs JSON beside its text)."""
    element = etree.Element("div")
    page_lines = [PageLine(f"{i:0{chars}d}"[-chars:] if chars > 1 else "x", element)
                  for i in range(lines)]
    assert len(outside_lines(page_lines, "", "")) == kept


def test_searches_of_the_body_stop_at_the_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past the search budget a line is listed as outside unsearched, so that a hostile page
    (a long body, menus of its words) stays linear; lines the body holds whole stay kept."""
    body = "x alpha beta Paragraph 0 y\nx alpha beta Paragraph 1 y\nalpha beta Paragraph 2"
    tree = etree.fromstring("<html><body><ul>" + "".join(
        f"<li>alpha beta Paragraph {i}</li>" for i in range(3)) + "</ul></body></html>")
    lines = outside.page_lines(tree)
    assert outside.outside_lines(lines, body, "") == []
    monkeypatch.setattr(outside, "SEARCH_BUDGET", 0)
    listed = [line.text for line, _ in outside.outside_lines(lines, body, "")]
    assert listed == ["alpha beta Paragraph 1"]


def test_a_comment_inside_a_line_keeps_the_words_after_it() -> None:
    """The words after an HTML comment belong to their line (the comment's tail)."""
    tree = etree.fromstring("<html><body><nav><p>Read <!-- menu --> more</p></nav></body></html>")
    assert [line.text for line in outside.page_lines(tree)] == ["Read more"]


_LONG = "The council approved the new budget for the coming year after a long debate on roads"


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        (_LONG, True),  # 84 of the line's 90 characters: a widget's word left out
        (_LONG[:72], True),  # exactly 80% of them
        (_LONG[:71], False),  # less than 80%
        (_LONG[:40] + "\n" + _LONG[40:], False),  # in two lines, neither most of it
        (_LONG + " and schools", False),  # a longer body line does not hold the page's line
        (_LONG + " Share\nMore", True),  # one of the body's lines is the line
    ],
)
def test_a_long_line_mostly_in_the_body_is_kept(body: str, kept: bool) -> None:
    """A page's line over 80 characters counts as the article's when a body line holds at
    least 80% of it (trafilatura left a widget's words out of it), not a shorter one."""
    lines = [PageLine(_LONG + " Share", etree.Element("p"))]
    assert (outside_lines(lines, body, "") == []) is kept
