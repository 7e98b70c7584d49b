"""Streamed parts of a React page go where its placeholders are, as the browser shows them."""

from __future__ import annotations

import pytest
from lxml import html

from newswire.nlp.boilerplate.clean import clean_html
from newswire.nlp.boilerplate.streamed import place_streamed_segments


def _texts(page: str) -> tuple[list[str], int]:
    tree = html.fromstring(page)
    moved = place_streamed_segments(tree)
    return [p.text_content() for p in tree.iter("p")], moved


@pytest.mark.parametrize(("page", "order", "moved"), [
    # a segment into its P: placeholder
    ("<body><main><p>one</p><template id='P:1'></template><p>three</p></main><footer><p>foot"
     "</p></footer><div hidden id='S:1'><p>two</p></div></body>",
     ["one", "two", "three", "foot"], 1),
    # a boundary's content into its B: placeholder
    ("<body><main><p>one</p><template id='B:0'></template></main><footer><p>foot</p></footer>"
     "<div hidden id='S:0'><p>two</p><p>three</p></div></body>",
     ["one", "two", "three", "foot"], 1),
    # a boundary whose content holds a segment's placeholder: both placed
    ("<body><main><p>one</p><template id='B:0'></template></main><p>foot</p>"
     "<div hidden id='S:0'><p>two</p><template id='P:1'></template></div>"
     "<div hidden id='S:1'><p>three</p></div></body>",
     ["one", "two", "three", "foot"], 2),
    # no placeholder for it: the box stays where it is
    ("<body><main><p>one</p></main><p>foot</p><div hidden id='S:4'><p>two</p></div></body>",
     ["one", "foot", "two"], 0),
    # a box that is not hidden is no streamed segment
    ("<body><main><p>one</p><template id='P:2'></template></main><p>foot</p>"
     "<div id='S:2'><p>two</p></div></body>",
     ["one", "foot", "two"], 0),
    # a segment holding its own placeholder stays
    ("<body><p>one</p><div hidden id='S:3'><p>two</p><template id='P:3'></template></div>"
     "</body>", ["one", "two"], 0),
])
def test_segments_are_placed(page: str, order: list[str], moved: int) -> None:
    """Each hidden ``S:n`` box replaces its ``P:n`` or ``B:n`` template, in reading order."""
    assert _texts(page) == (order, moved)


def test_placed_segment_is_shown() -> None:
    """The placed content is no longer inside a hidden box; text around the slot stays."""
    tree = html.fromstring("<body><div>a <template id='P:1'></template> c</div>"
                           "<div hidden id='S:1'>b <i>i</i></div></body>")
    place_streamed_segments(tree)
    assert " ".join(tree.text_content().split()) == "a b i c"
    assert not tree.xpath("//*[@hidden]")


SECTION = ("Index funds track a market index and let an investor own a small piece of every "
           "company in it, at a low cost and with little effort over the years.")


CLOSING = ("Fees matter more than anything else over decades: a fund that charges a tenth of a "
           "percent leaves far more money to its owner than one that charges a full percent.")


def streamed_article(later: str) -> str:
    """A Next.js article whose later sections stream in after the footer."""
    return (
        "<html><head><title>Index funds</title></head><body><main><article>"
        "<h1>How to invest in index funds</h1>"
        f"<p>{SECTION}</p><p>{SECTION.replace('Index funds', 'Such funds')}</p>"
        "<template id='B:3'></template>"
        "</article></main><footer><p>About us</p><p>Careers</p></footer>"
        f"<div hidden id='S:3'><h2>How index funds work</h2><p>{later}</p><p>{CLOSING}</p>"
        "</div></body></html>")


def test_streamed_sections_are_article_text() -> None:
    """The sections streamed after the footer come back into the article, in order."""
    later = ("Buying shares of an index fund is done through a broker, and the fund's price "
             "follows the index it tracks, day after day, for as long as it is held.")
    body = clean_html(streamed_article(later),
                      "https://www.example.com/investing/how-to-invest/index-funds/").body
    assert SECTION in body
    assert later in body
    assert body.index(SECTION) < body.index(later) < body.index(CLOSING)
