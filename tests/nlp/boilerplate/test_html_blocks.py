"""Block rules of article pages on lists (html_blocks.py): teaser lists go, the article's own
lists stay."""

from __future__ import annotations

import pytest
from lxml import etree

from newswire.models import PageMetadata
from newswire.nlp.boilerplate.html import Block, Extracted
from newswire.nlp.boilerplate.html_blocks import verdicts
from newswire.nlp.boilerplate.line_rules import words
from newswire.nlp.boilerplate.links import make_link

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
        links = [make_link(f"https://example.com/{len(blocks)}", link)] if link else []
        blocks.append(Block(element, text, str(element.tag), links, link_words=len(words(link)),
                            leading_link=bool(link)))
    return Extracted(body, blocks, page_kind="article")


@pytest.mark.parametrize(
    ("items", "removed"),
    [
        ([("Council passes the new budget after a long night", "")] * 3, True),
        ([("Pochettino fired by Tottenham", " Pochettino took the club to the Champions League "
           "final in June")] * 3, True),
        ([("Freebird60 Full Kit", " ($160): compact 60% layout with an aluminum case and "
           "multiple plate options.")] * 3, False),
        ([("organic cotton", ""), ("linen", ""), ("hemp", "")], False),
        ([("Keychron Q2", " ($129.99+): a 65% aluminum keyboard with a knob.")] * 3, False),
        ([("Neem Oil", " – this is the brand I use, as it has no sneaky ingredients.")] * 3, False),
        ([("Council passes the new budget after a long night", "")] * 2, False),
    ],
)
def test_teaser_lists(items: list[tuple[str, str]], removed: bool) -> None:
    """A list of linked headlines goes (a teaser's summary after it too); a list of products
    each described after its link (":", "(", "–"), of short linked names, or of fewer than
    three items stays: a linked item is no teaser by itself, only with its list."""
    result = verdicts(article_with_list(items), frozenset())
    assert [v is not None for v in result[1:-1]] == [removed] * len(items)
    assert (result[0], result[-1]) == (None, None)


COOKIE = ("We use cookies to improve your browsing experience and for marketing purposes. By "
          "using our site, you agree to our use of cookies.")
POSTED = "Apr 13, 2009"


def told(kind: str | None, texts: list[str]) -> Extracted:
    """A body of one paragraph per text, told ``kind``."""
    body = etree.Element("body")
    blocks = []
    for text in texts:
        element = etree.SubElement(body, "p")
        element.text = text
        blocks.append(Block(element, text, "p"))
    return Extracted(body, blocks, page_kind=kind)  # type: ignore[arg-type]


@pytest.mark.parametrize(("kind", "text", "rule"), [
    ("product", COOKIE, "consent"),
    ("listing", COOKIE, "consent"),
    ("forum", COOKIE, "consent"),
    ("forum", POSTED, "date"),
    ("product", POSTED, None),
    ("product", "Follow us on Instagram @ridgewallet", None),
    (None, COOKIE, None),
])
def test_line_rules_on_other_kinds(kind: str | None, text: str, rule: str | None) -> None:
    """On pages told another kind than article a cookie notice goes, and on forums a post's
    date line; a review's date on a product page, other line rules and pages that do not
    say their kind keep their lines."""
    result = verdicts(told(kind, [PROSE, text]), frozenset())
    assert result[0] is None
    assert (result[1].rule if result[1] else None) == rule


HEADLINE = "Plumbers train as substitute teachers so teachers can protest"
SUMMARY = ("Plumbers across the state are training as substitute teachers so that full-time "
           "teachers can protest at the Capitol.")
COUNCIL = "The county council voted on Monday to approve the new budget for schools and roads."
CONSEIL = "Le conseil municipal de Brest a adopté lundi le budget du tramway et des écoles."


@pytest.mark.parametrize(
    ("headline", "tag", "summary", "story", "removed"),
    [
        (HEADLINE, "p", SUMMARY, PROSE, False),
        ("Brest : le budget des écoles adopté", "p",
         "Le conseil municipal de Brest a voté lundi soir le budget des écoles.", CONSEIL,
         False),
        (HEADLINE, "head", SUMMARY, PROSE, True),
        (HEADLINE, "head",
         "Why the vote on the transit levy failed, and what comes next for riders.", PROSE,
         True),
        # A site's tagline used as every page's description, printed above the story: it
        # names at most the site's town or county, which the story names too.
        ("County approves the schools budget", "p", "All the latest news, sport and weather "
         "from across the county, updated every day by our newsroom.", COUNCIL, True),
        ("Brest : le budget du tramway adopté", "p", "Toute l'actualité de Brest et du "
         "Finistère, en continu, par la rédaction du Télégramme.", CONSEIL, True),
        (HEADLINE, "p", "Toute l'actualité de la région en continu, par notre rédaction.",
         PROSE, True),
    ],
)
def test_summary_under_the_headline(headline: str, tag: str, summary: str, story: str,
                                    removed: bool) -> None:
    """The page's description repeated under its headline goes when it is set as a
    subheading (a dek) or shares fewer than two words with the headline and the story (a
    site's tagline, naming its town), and stays when it is a paragraph of the body (the
    lead paragraph a publishing tool copied into the description)."""
    body = etree.Element("body")
    blocks = []
    for text, block_tag in ((headline, "head"), (summary, tag), (story, "p")):
        element = etree.SubElement(body, block_tag)
        element.text = text
        blocks.append(Block(element, text, block_tag))
    page = PageMetadata(title=headline, description=summary)
    result = verdicts(Extracted(body, blocks, page=page, page_kind="article"), frozenset())
    assert [v.rule if v else None for v in result] == [
        "title", "standfirst" if removed else None, None]
