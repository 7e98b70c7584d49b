"""Block rules of article pages on lists (html_blocks.py): teaser lists go, the article's own
lists stay."""

from __future__ import annotations

import pytest
from lxml import etree

from newswire.nlp.boilerplate.html import Block, Extracted
from newswire.nlp.boilerplate.html_blocks import verdicts
from newswire.nlp.boilerplate.line_rules import words

PROSE = "The council voted on Monday to approve the new budget for schools and roads."


def article_with_list(items: list[tuple[str, str]]) -> Extracted:
    """A body told article: a paragraph, a list whose items are (link text, text after the
    link), and a paragraph, as :func:`.html.extract` gives its blocks."""
    body = etree.Element("body")
    etree.SubElement(body, "p").text = PROSE
    listing = etree.SubElement(body, "list")
    for link, rest in items:
        etree.SubElement(listing, "item").text = f"{link}{rest}"
    etree.SubElement(body, "p").text = PROSE + " Later."
    blocks = []
    for element in body.iter("p", "item"):
        text = element.text or ""
        link = next((lk for lk, rest in items if f"{lk}{rest}" == text), "")
        blocks.append(Block(element, text, str(element.tag), link_words=len(words(link)),
                            leading_link=bool(link)))
    return Extracted(body, blocks, page_kind="article")


@pytest.mark.parametrize(
    ("items", "removed"),
    [
        ([("Council passes the new budget after a long night", "")] * 3, True),
        ([("Storm closes the coast road for the second time this week", " (3 min read)")] * 3,
         True),
        ([("Freebird60 Full Kit", " ($160): compact 60% layout with an aluminum case and "
           "multiple plate options.")] * 3, False),
        ([("organic cotton", ""), ("linen", ""), ("hemp", "")], False),
        ([("Keychron Q2", " ($129.99+): a 65% aluminum keyboard with a knob.")] * 3, False),
    ],
)
def test_teaser_lists(items: list[tuple[str, str]], removed: bool) -> None:
    """A list of linked headlines goes; a list of products each described after its link,
    and a list of short linked names (the article's own list), stay."""
    result = verdicts(article_with_list(items), frozenset())
    assert [v is not None for v in result[1:-1]] == [removed] * len(items)
    assert (result[0], result[-1]) == (None, None)
