"""The region of a page trafilatura read, and the boxes inside it that hold no article text.

trafilatura drops elements styled ``display:none`` and those whose class holds ``slide``,
``-icon`` or ``expand``, which is where FAQ accordions, tab panels and listicle slides keep
their text; WCXB's gold (what a reader sees after opening them) keeps it. :mod:`.gaps` puts
back what it dropped between the paragraphs it kept, collapsed panels included, from the
region found here. Collapsed prose outside the kept paragraphs was once appended as well
(WCXB dev told article: tune 0.9149 -> 0.9195, check 0.9272 -> 0.9282 before the gaps came
back); with the gaps it gained nothing on either half (``handoff/ISSUE-13-audit.md``).

The other way round, trafilatura keeps at times the paragraphs of an author box, a
call-to-action box or a disclaimer inside the article: on articles those go
(:func:`drop_kept_boxes`; WCXB dev articles tune 0.9455 -> 0.9461, check 0.9449 -> 0.9456).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree  # type: ignore[import-untyped]

from newswire.nlp.boilerplate.html_tree import drop, text_of
from newswire.nlp.boilerplate.page_text import HIDDEN_TAGS

__all__ = ["KEPT_BOX", "MAX_BOXED_SHARE", "MIN_HIDDEN_WORDS", "REGION_SHARE", "ReadRegion",
           "drop_kept_boxes", "left_out", "read_region"]

#: Share of the kept words that the region trafilatura read must hold.
REGION_SHARE = 0.9
#: A paragraph or list item of fewer words is not recovered (a label, a button).
MIN_HIDDEN_WORDS = 8
#: Classes and ids of boxes whose text is rightly left out even inside the article region.
_BOILERPLATE_BOX = re.compile(
    r"share|social|related|newsletter|comment|widget|sidebar|promo|subscri|author|bio\b|"
    r"tags?\b|nav|menu|footer|cookie|consent|popup|modal|advert|\bads?\b|recommend|teaser|"
    r"breadcrumb|caption|footnote|\bfn\b|script", re.IGNORECASE)

#: Boxes whose text trafilatura keeps at times though a reader knows it for no article text:
#: author boxes, calls to action, disclaimers. Each name was switched off in turn on WCXB dev
#: (pages told article): these pay on the tuning half; ``bio`` (an expert's profile quoted
#: in the article) and ``related`` did not, ``newsletter``, ``share``, ``social``,
#: ``subscribe``, ``promo`` and ``signup`` changed nothing there (``handoff/ISSUE-13-page.md``).
KEPT_BOX = re.compile(
    r"(?<![a-z])(?:author|cta|disclaimer|disclosure)(?![a-z])", re.IGNORECASE)

#: Above this share of the kept words, the boxes are the page's text, whatever their names.
MAX_BOXED_SHARE = 0.5


@dataclass(frozen=True)
class ReadRegion:
    """The part of the page trafilatura read: the element, the page paragraphs it kept."""

    element: etree._Element | None
    kept: frozenset[str] = frozenset()
    texts: dict[etree._Element, str] = field(default_factory=dict)
    found: tuple[etree._Element, ...] = ()


def read_region(tree: etree._Element, body: etree._Element) -> ReadRegion:
    """The deepest element of the page holding nine tenths of the words trafilatura kept,
    with the page's ``<p>`` and ``<li>`` texts and those of them trafilatura kept."""
    kept = frozenset({text_of(e) for e in body.iter("p", "item", "head")} - {""})
    texts = {e: text_of(e) for e in tree.iter("p", "li")}
    weight: dict[etree._Element, int] = {}
    found = [(e, len(t.split())) for e, t in texts.items() if t in kept]
    for element, n in found:
        for ancestor in element.iterancestors():
            weight[ancestor] = weight.get(ancestor, 0) + n
    region = _region(found, weight, sum(n for _, n in found))
    return ReadRegion(region, kept, texts, tuple(e for e, _ in found))


def _region(
    found: list[tuple[etree._Element, int]], weight: dict[etree._Element, int], total: int
) -> etree._Element | None:
    """The deepest element holding :data:`REGION_SHARE` of the kept words, not the body."""
    best: etree._Element | None = None
    best_depth = -1
    for element, _ in found:
        for depth, ancestor in enumerate(reversed(list(element.iterancestors()))):
            if weight[ancestor] < REGION_SHARE * total:
                break
            if depth > best_depth:
                best, best_depth = ancestor, depth
    if best is None or best.tag in ("body", "html"):
        return None
    return best


def left_out(element: etree._Element, region: etree._Element,
             seen: dict[etree._Element, bool] | None = None) -> bool:
    """Inside a menu, header, form or a share/related/comment box of the region. ``seen``
    keeps the answer for every element walked, for the next call with the same region
    (the region's paragraphs share their boxes)."""
    return _boxed(element, lambda node: node is region,
                  lambda node: node.tag in HIDDEN_TAGS or bool(_BOILERPLATE_BOX.search(
                      _names(node))), {} if seen is None else seen)


def _boxed(element: etree._Element, stop: Callable[[etree._Element], bool],
           is_box: Callable[[etree._Element], bool], seen: dict[etree._Element, bool]) -> bool:
    """Whether ``element`` or an ancestor below the first one ``stop`` accepts is a box;
    ``seen`` keeps the answer for every element walked, so paragraphs sharing their boxes
    walk them once."""
    walked: list[etree._Element] = []
    inside = False
    node: etree._Element | None = element
    while node is not None and not stop(node):
        if (known := seen.get(node)) is not None:
            inside = known
            break
        walked.append(node)
        if is_box(node):
            inside = True
            break
        node = node.getparent()
    for node in walked:
        seen[node] = inside
    return inside


def _names(element: etree._Element) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"


def drop_kept_boxes(body: etree._Element, read: ReadRegion) -> list[str]:
    """Take out of trafilatura's ``body`` the paragraphs and items it kept from a
    :data:`KEPT_BOX` box inside the article's container (or beside it), unless the same text
    also stands outside such a box; their texts, in order. Boxes around the container are
    not looked at: a page may wrap its whole article in ``<div class="post author-12">``."""
    region = read.element
    if region is None:
        return []
    around = {region, *region.iterancestors()}
    boxed: set[str] = set()
    free: set[str] = set()
    seen: dict[etree._Element, bool] = {}
    for element in read.found:
        (boxed if _in_kept_box(element, around, seen) else free).add(read.texts[element])
    boxed -= free
    if not boxed:
        return []
    dropped = [e for e in body.iter("p", "item") if text_of(e) in boxed]
    texts = [text_of(e) for e in dropped]
    # A box that holds most of what was kept is where the page puts its text.
    if sum(len(text.split()) for text in texts) > MAX_BOXED_SHARE * len(
            " ".join(read.kept).split()):
        return []
    for element in dropped:
        drop(element)
    return texts


def _in_kept_box(
    element: etree._Element, around: set[etree._Element], seen: dict[etree._Element, bool]
) -> bool:
    """Whether a :data:`KEPT_BOX` box holds ``element`` below ``around``; ``seen`` keeps the
    answer for every element walked (paragraphs share their boxes)."""
    return _boxed(element, around.__contains__,
                  lambda node: bool(KEPT_BOX.search(_names(node))), seen)
