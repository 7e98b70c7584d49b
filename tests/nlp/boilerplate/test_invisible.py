"""Elements a site builder hides on every screen (Webflow's w-condition-invisible) dropped
before the main text is read."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html  # type: ignore[import-untyped]

from newswire.nlp.boilerplate.clean import clean_html
from newswire.nlp.boilerplate.invisible import drop_body_styles, drop_invisible
from tests.nlp.boilerplate.test_page_kind import wcxb_page, word_f1

POST = "<p>The yoga industry is a lucrative endeavor for teachers who price their classes.</p>"
COPY = "<p>A second copy of the post, in the gated layout no reader of the open page sees.</p>"


def _page(body: str) -> str:
    return f"<html><head><title>t</title></head><body>{body}</body></html>"


@pytest.mark.parametrize(("page", "dropped", "kept", "gone"), [
    (_page(f"<div class='rte'>{POST}</div><div class='gated w-condition-invisible'>{COPY}</div>"),
     1, POST, COPY),
    (_page(f"<div class='w-condition-invisible'><div class='w-condition-invisible'>{COPY}"
           f"</div></div>{POST}"), 1, POST, COPY),
    (_page(f"<div><span class='w-condition-invisible'>Sold out</span> tail stays</div>{POST}"),
     1, "tail stays", "Sold out"),
    # Not the class itself: a longer name, or the words in another attribute.
    (_page(f"<div class='w-condition-invisible-off'>{COPY}</div>{POST}"), 0, COPY, ""),
    (_page(f"<div id='w-condition-invisible'>{COPY}</div>{POST}"), 0, COPY, ""),
    # Classes that hide on some screens only, or until a script shows them, stay.
    (_page(f"<div class='hidden md:block'>{COPY}</div>{POST}"), 0, COPY, ""),
    (_page(f"<div class='d-none d-lg-block'>{COPY}</div>{POST}"), 0, COPY, ""),
    (_page(POST), 0, POST, ""),
])
def test_drop_invisible(page: str, dropped: int, kept: str, gone: str) -> None:
    """An element whose class list holds w-condition-invisible leaves the tree (nested ones
    once, the text after it kept); other names and other hiding classes stay."""
    tree = lxml_html.fromstring(page)
    assert len(drop_invisible(tree, page)) == dropped
    text = " ".join(tree.itertext())
    assert " ".join(lxml_html.fromstring(kept).itertext()) in text
    assert not gone or gone not in text


def test_page_without_the_class_is_not_walked() -> None:
    """The source is searched first: a tree whose source does not name the class is left
    as it is, whatever its elements say."""
    page = _page(f"<div class='w-condition-invisible'>{COPY}</div>{POST}")
    tree = lxml_html.fromstring(page)
    assert drop_invisible(tree, _page(POST)) == []
    assert "second copy" in " ".join(tree.itertext())


BODY = ("<p>The council voted on Tuesday to keep the harbour ferry running through the winter, "
        "after a petition signed by four thousand residents reached the mayor's office.</p>"
        "<p>The service had been due to stop in November, when the operator's contract with "
        "the city ends, and will now run until the end of March at the city's expense.</p>")


def _article(hidden: str) -> str:
    return _page(f"<article><h1>Ferry stays</h1>{BODY}</article>{hidden}")


@pytest.mark.parametrize(("page", "expected"), [
    # A hidden box: each of its lines is kept aside, with the reason.
    (_article("<div class='w-condition-invisible'><h3>Members only</h3>"
              "<p>Sign in to read the whole archive of the harbour stories.</p></div>"),
     [("page-invisible", "Members only"),
      ("page-invisible", "Sign in to read the whole archive of the harbour stories.")]),
    (_article("<div class='cta w-condition-invisible'><a href='/join'>Join the club"
              "</a></div>"),
     [("page-invisible", "Join the club")]),
    # A hidden copy of the article: its lines are the body's, nothing is lost; only the
    # line the visible copy lacks is kept aside.
    (_article(f"<div class='w-condition-invisible'>{BODY}<p>Gated ending of the copy.</p>"
              "</div>"),
     [("page-invisible", "Gated ending of the copy.")]),
    # Inline: its text leaves the line it sat in, and is kept aside as a line of its own.
    (_article("<div class='promo'>Tickets <span class='w-condition-invisible'>sold out"
              "</span> on sale now</div>"),
     [("page-invisible", "sold out")]),
    (_article(""), []),
])
def test_hidden_text_is_kept_aside(page: str, expected: list[tuple[str, str]]) -> None:
    """The text of a dropped hidden element is listed among the page's removed lines as
    ``page-invisible`` (never silently lost), unless the body holds it."""
    cleaned = clean_html(page, "https://example.org/news/ferry-stays")
    assert "harbour ferry running" in cleaned.body
    got = [(r.rule, r.text) for r in cleaned.boilerplate.removed_lines
           if r.rule == "page-invisible"]
    assert got == expected


def test_links_of_hidden_text_are_kept() -> None:
    """A hidden line's link of two words or more is kept among the page's links, absolute."""
    page = _article("<div class='cta w-condition-invisible'><a href='/join'>Join the club"
                    "</a></div>")
    cleaned = clean_html(page, "https://example.org/news/ferry-stays")
    assert "https://example.org/join" in {link.url for link in cleaned.boilerplate.links}


def test_hidden_copy_of_a_post_is_not_the_text_twice() -> None:
    """A Webflow blog post held twice, the gated copy hidden, is read once (WCXB tune page
    0151: 0.66 with both copies)."""
    html, url, expected = wcxb_page("0151")
    assert word_f1(expected, clean_html(html, url).body) > 0.95


#: Emotion's way: a stylesheet right before the element it styles, inside the paragraph.
STYLED = "<style>.css-1ez{box-sizing:border-box;display:inline-block;}</style>"


@pytest.mark.parametrize(("body", "expected"), [
    (f"<p>Install Python.{STYLED}<span class='css-1ez'>Then ngrok.</span></p>",
     "Install Python.Then ngrok."),
    # The words on both sides stay apart, and the tail after the stylesheet stays.
    (f"<p>Install {STYLED} Python {STYLED}<b>now</b></p>", "Install  Python now"),
    (f"<ul><li>{STYLED}First step</li></ul>", "First step"),
    ("<p>No stylesheet here.</p>", "No stylesheet here."),
])
def test_body_styles_are_no_text(body: str, expected: str) -> None:
    """A ``<style>`` element inside the body goes, the text around it stays as it was."""
    tree = lxml_html.document_fromstring(
        f"<html><head><style>p{{color:red}}</style></head><body>{body}</body></html>")
    drop_body_styles(tree)
    assert "".join(tree.find("body").itertext()) == expected
    assert tree.find("head/style") is not None  # the head's stylesheet stays


def test_styles_inside_restored_paragraphs_are_no_text() -> None:
    """A paragraph trafilatura dropped (a collapsed panel) comes back without the
    stylesheet inside it, its words on both sides joined as the page shows them."""
    para = "<p>Step {n}: the council will vote on the ferry budget again on Tuesday.</p>"
    body = ("".join(para.format(n=n) for n in range(4))
            + f"<div class='panel-expand'><p>The hidden answer: the ferry runs {STYLED}until "
              "March, the operator said on Monday.</p></div>"
            + "".join(para.format(n=n) for n in range(4, 8)))
    page = f"<html><head><title>t</title></head><body><article>{body}</article></body></html>"
    text = clean_html(page, "https://example.org/2024/05/ferry-budget-vote").body
    assert "the ferry runs until March" in text
    assert "box-sizing" not in text


def test_styles_inside_the_headline_are_no_title() -> None:
    """A page titled by its ``<h1>`` gets the headline's words, not its stylesheets (WCXB
    tune 0629, a Sephora product: Emotion's rules opened the title)."""
    h1 = f"<h1>{STYLED}<span class='css-1ez'>Augustinus Bader</span> {STYLED}The Cream</h1>"
    page = (f"<html><head></head><body>{h1}<p>A face cream the brand says restores the skin "
            "overnight, in a fifty millilitre jar.</p></body></html>")
    assert clean_html(page, "https://shop.example.com/product/the-cream-P470507").title == (
        "Augustinus Bader The Cream")
