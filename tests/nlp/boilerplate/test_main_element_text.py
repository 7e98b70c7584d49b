"""The ``<main>`` element, a page's body or a forum's posts read where trafilatura kept
little (``main_element_text``), through ``clean_html`` on real and made pages."""

from __future__ import annotations

import pytest
from lxml import html

from newswire.nlp.boilerplate.clean import clean_html
from newswire.nlp.boilerplate.main_element_text import MAIN_ELEMENT_CHROME
from newswire.nlp.boilerplate.page_text import visible_lines
from tests.nlp.boilerplate.test_page_kind import wcxb_page, word_f1


@pytest.mark.parametrize("key", ["0709", "2851", "0205"])
def test_page_without_main_element_reads_its_body(key: str) -> None:
    """A page that does not say its kind and has no <main> or lone <article> (a service or
    landing page) is read from its body, less menus and footer, when trafilatura kept less
    than half of it (WCXB tune pages)."""
    import trafilatura

    html, url, expected = wcxb_page(key)
    cleaned = clean_html(html, url)
    alone = trafilatura.extract(html, url=url) or ""
    assert cleaned.page_kind is None
    assert word_f1(expected, cleaned.body) > word_f1(expected, alone) + 0.3


#: The menu stands below the article: above the ``<h1>`` it is the page's header, which
#: leaves pages not told article (``page_frame``) whichever element was read.
PORTAL = (
    "<html><head><title>Break-in reported</title></head><body>"
    "<div class='content'><h1>Break-in reported</h1>"
    "<p>Police said on Monday that two cars parked outside the clinic were broken into "
    "overnight and that officers were looking for witnesses in the area.</p>"
    "<p>The clinic stayed open, and patients were asked to park in the main square until "
    "the cameras at the gate have been repaired next week.</p></div><div class='bottom'>"
    + "".join(f"<div><a href='/c/{i}'>Council office number {i}</a></div>" for i in range(40))
    + "</div></body></html>"
)


@pytest.mark.parametrize(
    ("url", "menu_read"),
    [
        ("https://city.example/news/break-in-reported-at-clinic", False),
        (None, False),
        ("https://city.example/services", True),
    ],
)
def test_body_is_read_only_when_the_url_is_no_headline(url: str | None, menu_read: bool) -> None:
    """A page without a main element whose URL ends in a headline (or is unknown) keeps
    trafilatura's article; elsewhere its body, undeclared menus and all, is read."""
    body = clean_html(PORTAL, url).body
    assert "Police said on Monday" in body
    assert ("Council office number 7" in body) is menu_read


@pytest.mark.parametrize(
    ("url", "menu_read"),
    [
        ("https://city.example/news/break-in-reported-at-clinic", False),
        ("https://city.example/services", True),
    ],
)
def test_main_is_not_read_when_the_url_is_a_headline(url: str, menu_read: bool) -> None:
    """An untold page whose URL ends in a headline keeps trafilatura's article even inside a
    ``<main>`` element; elsewhere the ``<main>`` element is read (the reading paid on WCXB's
    tune half only on headline URLs)."""
    html = PORTAL.replace("<body>", "<body><main>").replace("</body>", "</main></body>")
    body = clean_html(html, url).body
    assert "Police said on Monday" in body
    assert ("Council office number 7" in body) is menu_read


@pytest.mark.parametrize(("key", "line"), [
    ("4311", "Productivity & AI work? Prioritize CUDA cores, VRAM, and driver support."),
    ("2081", 'Thank you for your replies. What do you think about "English for Car Rental '
             'Companies" (inspired by bhaisahab)'),
    ("0557", 'I like your ideas for "discussion types" too. I think most of these could be '
             "implemented as extensions. Here are some further thoughts:"),
])
def test_forum_reads_every_post(key: str, line: str) -> None:
    """A forum thread whose posts are sibling <article> elements is read post by post, the
    replies trafilatura left out among them (WCXB tune pages)."""
    html, url, _ = wcxb_page(key)
    cleaned = clean_html(html, url)
    assert cleaned.page_kind == "forum"
    assert line in cleaned.body.splitlines()


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<main><div class='facets'><p>Brand (41)</p></div><p>Tents</p></main>", ["Tents"]),
        ("<main><aside><p>Ad</p></aside><div id='filter-panel'>Price</div><p>Tents</p></main>",
         ["Tents"]),
        ("<main><div class='cookie-banner'>We use cookies</div><p>Tents</p></main>", ["Tents"]),
        ("<main><div class='grid'><p>Tent</p><p>$99</p></div></main>", ["Tent", "$99"]),
    ],
)
def test_visible_lines_leave_out_named_boxes(markup: str, expected: list[str]) -> None:
    """Boxes whose class or id names shop filters, facets or cookie banners are left out
    of a main element's text; the grid itself stays."""
    root = html.fromstring(markup)
    assert visible_lines(root, hidden_names=MAIN_ELEMENT_CHROME) == expected
