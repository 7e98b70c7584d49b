"""What trafilatura left out of an article between paragraphs it kept: the gaps in its text.

trafilatura sometimes keeps the paragraphs of an article but drops its ``<h2>``-``<h6>``
subheadings ("TL;DR", "Possible Next Steps", "FAQ"), and some of its paragraphs and list
items (a paragraph after an inline image, a list of steps or products it found too
link-dense or too short). WCXB's gold keeps them as article text. A heading, paragraph or
list item of the region trafilatura read (:func:`.collapsed.read_region`), up to the last
paragraph it kept, outside menus and share/related/comment boxes, goes back in before the
kept paragraph that follows it. Below the last kept paragraph sit the teasers, "Related"
boxes and newsletter calls: those are left alone. Above the first one, inside the region,
is the article's opening (a "TL;DR" and its list, the first subheading): WCXB dev, all
kinds, tune / check: articles +0.0002 / +0.0001, product +0.0001 / +0.0012, listing
+0.0008 / +0.0008, service +0.0002 / +0.0006, forum -0.0005 / +0.0003; Zyte unchanged.

WCXB dev (``bench/boilerplate_eval.py``): subheadings, see ``handoff/ISSUE-13g.md``;
paragraphs and list items (pages told article, or untold with a headline URL): articles
tune 0.9417 -> 0.9442, check 0.9410 -> 0.9440; all pages tune 0.8508 -> 0.8535, check
0.8453 -> 0.8470; Zyte unchanged once captions and gallery slides stay out. Also on pages
told listing, forum, product or documentation (``html.BETWEEN_KINDS``): all pages tune
+0.0010, check +0.0016 more (``handoff/ISSUE-13w.md``).
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree  # type: ignore[import-untyped]

from newswire.nlp.boilerplate.collapsed import MIN_HIDDEN_WORDS, ReadRegion, left_out
from newswire.nlp.boilerplate.html_tree import text_of
from newswire.nlp.boilerplate.line_rules import is_sentence, is_teaser_heading, rule_for, words

__all__ = ["KEPT_SHINGLE_SHARE", "MAX_SUBHEAD_WORDS", "Dropped", "dropped_between",
           "restore_between"]

#: A heading longer than this is a teaser's title or a sentence set large, not a subhead.
MAX_SUBHEAD_WORDS = 12
#: A left-out paragraph with more than this share of its 4-word runs already kept is a
#: copy of kept text that reads differently (footnote marks, split lines): not put back.
KEPT_SHINGLE_SHARE = 0.2
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_SHINGLE = 4
#: A block holding one of these is a box of blocks (a teaser card around its heading, a
#: gallery slide around its photo), not one paragraph; a photo's caption is no article text.
_NOT_INSIDE_PROSE = ("p", "li", "script", "img", "figure", *_HEADINGS)


@dataclass(frozen=True)
class Dropped:
    """A block trafilatura left out, and the text of the kept block it stood before."""

    text: str
    following: str
    heading: bool


def dropped_between(read: ReadRegion) -> list[Dropped]:
    """Each heading, paragraph and list item left out before or between the paragraphs
    trafilatura kept, in page order.

    One pass over the region's paragraphs, items and headings, in document order.
    """
    region = read.element
    if region is None:
        return []
    # Spacers (a paragraph of one zero-width joiner) are kept too, but anchor nothing.
    found = {e for e in read.found if words(read.texts[e])}
    seen = set(read.kept)
    kept_runs: set[tuple[str, ...]] | None = None
    result: list[Dropped] = []
    pending: list[tuple[str, bool]] = []
    boxed: dict[etree._Element, bool] = {}  # left_out's answers, shared by the region's blocks
    for element in region.iter("p", "li", *_HEADINGS):
        if element in found:
            following = read.texts[element]
            result += [Dropped(text, following, heading) for text, heading in pending]
            pending = []
            continue
        heading = element.tag in _HEADINGS
        text = text_of(element) if heading else read.texts.get(element, "")
        if text in seen or not (_subhead_like(text) if heading else _prose_block(element, text)):
            continue
        if left_out(element, region, boxed):
            continue
        if not heading:
            kept_runs = kept_runs or _runs(" ".join(read.kept))
            runs = _runs(text)
            if len(runs & kept_runs) > KEPT_SHINGLE_SHARE * len(runs):
                continue
        pending.append((text, heading))
        seen.add(text)
    return result


def restore_between(body: etree._Element, dropped: list[Dropped]) -> None:
    """Put each dropped block back into trafilatura's ``body`` before the block it preceded:
    headings as ``head``, paragraphs and list items as ``p``."""
    if not dropped:
        return
    blocks: dict[str, etree._Element] = {}
    for element in body.iter("p", "item", "head"):
        blocks.setdefault(text_of(element), element)
    for block in dropped:
        anchor = blocks.get(block.following)
        if anchor is None:
            continue
        if anchor.tag == "item" and anchor.getparent() is not None:
            anchor = anchor.getparent()
        element = etree.Element("head" if block.heading else "p")
        element.text = block.text
        anchor.addprevious(element)


def _subhead_like(text: str) -> bool:
    """A short heading that no line rule calls boilerplate ("Related", "Share this")."""
    n = len(words(text))
    return 0 < n <= MAX_SUBHEAD_WORDS and not is_teaser_heading(text) and rule_for(text) is None


def _prose_block(element: etree._Element, text: str) -> bool:
    """A paragraph that reads as a sentence, or a list item, of some length, holding no
    other block or script, that no line rule calls boilerplate."""
    if len(words(text)) < MIN_HIDDEN_WORDS or not (element.tag == "li" or is_sentence(text)):
        return False
    if next(element.iterdescendants(*_NOT_INSIDE_PROSE), None) is not None:  # one walk
        return False
    if any(a.tag == "figcaption" for a in element.iterancestors()):
        return False
    return rule_for(text) is None


def _runs(text: str) -> set[tuple[str, ...]]:
    """The text's runs of four lowercased words (the whole text when it is shorter)."""
    w = words(text.lower())
    return {tuple(w[i:i + _SHINGLE]) for i in range(max(1, len(w) - _SHINGLE + 1))}
