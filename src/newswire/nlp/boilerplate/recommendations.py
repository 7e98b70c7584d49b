"""A shop's recommendation sections: "Customers also viewed", "Similar items", "You may also like".

A product page's main text is its product: name, description, specifications. Below it most
shops print other products under a heading that says they are other products
("People who viewed this item also viewed", "Frequently bought together", "Recently
viewed"); trafilatura keeps those cards with the product, and on WCXB dev product pages they
are most of what is kept beyond the gold (eBay keeps 3,900 words of cards around a 40-word
gold). Such a heading, and the blocks after it up to the next heading, are dropped on pages
told product or shop collection, and on pages that do not say their kind.

The headings are the shop's own words for "other products", not a topic: a heading is
taken only when it is nothing but such a phrase (``Similar items``, not ``Similar items to
keep in mind when you buy a sofa``), and only when the phrase presupposes an item being looked
at ("also", "similar", "related", "recently viewed"): a shop's "Featured products" or
"Popular products" are its home page's or collection's own text (WCXB dev 4329).
"""

from __future__ import annotations

import re

from lxml import etree  # type: ignore[import-untyped]

from newswire.models import PageKind
from newswire.nlp.boilerplate.html_tree import drop, iter_blocks, text_of
from newswire.nlp.boilerplate.shape_rules import is_sentence, words

__all__ = [
    "PROSE_WORDS",
    "RECOMMENDATION_HEADING",
    "RECOMMENDATION_KINDS",
    "RELATED_THREADS",
    "drop_other_items",
    "drop_recommendations",
    "is_recommendation_heading",
]

#: Kinds of page whose recommendation sections are dropped (None: the page does not say).
RECOMMENDATION_KINDS: frozenset[PageKind | None] = frozenset({"product", "collection", None})

_ITEMS = r"(?:items?|products?|picks|styles|finds|listings|books|titles|games|deals)"
_SEEN = r"(?:viewed|bought|purchased|liked|loved|searched(?: for)?|shopped|also (?:viewed|bought))"
#: A heading that announces other products than the page's.
RECOMMENDATION_HEADING = re.compile(
    r"(?:"
    rf"(?:people|customers|shoppers|others|buyers)(?: who (?:viewed|bought|purchased|searched"
    rf"(?: for)?|liked|shopped)(?: this| this item| this product| for this item)?)? also {_SEEN}"
    rf"(?: this| these| items| products)?"
    r"|frequently bought together|often bought together|bought together"
    rf"|(?:similar|related) {_ITEMS}"
    r"(?: (?:for|to|like|you (?:may|might) like) (?:you|this(?: one| item| product)?))?"
    rf"|explore (?:related|similar|more) {_ITEMS}"
    r"|(?:you|we think you|we know you'?ll|you'?ll) (?:may |might |will |also )*"
    r"(?:also )?(?:like|love|enjoy|be interested in)(?: these| this| these too| this too)?(?: too)?"
    rf"|(?:recently|previously) viewed(?: {_ITEMS})?|your (?:recently )?(?:viewed|browsing history)"
    rf"(?: {_ITEMS})?"
    rf"|(?:more|other) (?:items|products|listings) from (?:this|the) (?:seller|shop|store|brand)"
    r"|seller'?s other items|more from this (?:seller|shop|store|brand|collection)"
    r"|complete the (?:look|set)|shop the (?:look|collection)|pairs? (?:well|perfectly) with"
    rf"|goes well with|wear it with|style it with|compare (?:with )?similar {_ITEMS}"
    r"|(?:inspired by|based on) your (?:browsing|shopping|viewing) history"
    r"|recommended for you|picked for you|top picks for you|customers also (?:considered|liked)"
    r")",
    re.I,
)
#: A forum's heading over other threads than the page's ("Similar threads", "Related
#: questions").
RELATED_THREADS = re.compile(
    r"(?:check out |explore |see )?(?:other )?(?:similar|related|suggested|more|other)"
    r" (?:threads|topics|discussions|questions|posts|conversations)(?: with these tags)?",
    re.I,
)
_WORDS = re.compile(r"[\w']+")
#: A sentence this long ends a section: cards and thread titles are short or no sentence,
#: and a heading whose section the page fills later (by script) stands over the posts.
PROSE_WORDS = 12


def is_recommendation_heading(text: str, heading: re.Pattern[str] = RECOMMENDATION_HEADING
                              ) -> bool:
    """Whether ``text`` is nothing but a heading announcing other products (other threads,
    with ``heading=RELATED_THREADS``)."""
    cleaned = " ".join(_WORDS.findall(text.replace("\u2019", "'")))
    return bool(cleaned) and heading.fullmatch(cleaned) is not None


def drop_recommendations(body: etree._Element, heading: re.Pattern[str] = RECOMMENDATION_HEADING
                         ) -> list[str]:
    """Remove each recommendation heading of ``body`` (a ``heading`` pattern's match) and the
    blocks after it up to the next heading (``head``) that is not one or the next sentence of
    :data:`PROSE_WORDS` words or more; their texts, in order."""
    dropped: list[tuple[etree._Element, str]] = []
    inside = False
    for block in list(iter_blocks(body)):
        text = text_of(block)
        if is_recommendation_heading(text, heading):
            inside = True
        elif block.tag == "head" or (is_sentence(text) and len(words(text)) >= PROSE_WORDS):
            inside = False
        if inside and text:
            dropped.append((block, text))
    for block, _ in dropped:
        drop(block)
    return [text for _, text in dropped]


def drop_other_items(body: etree._Element, kind: PageKind | None, headline_url: bool
                     ) -> list[tuple[str, str]]:
    """Drop what a page of ``kind`` shows of other products or threads; (rule, text) of each
    block dropped. Untold pages whose URL names a headline (``headline_url``) are articles and
    keep theirs (the block rules judge an article's related links)."""
    dropped: list[tuple[str, str]] = []
    if kind in RECOMMENDATION_KINDS and not (kind is None and headline_url):
        dropped += [("recommendations", text) for text in drop_recommendations(body)]
    if kind == "forum":
        dropped += [("related-threads", text)
                    for text in drop_recommendations(body, RELATED_THREADS)]
    return dropped
