"""Subheadings of an article that trafilatura left out between paragraphs it kept.

trafilatura sometimes keeps every paragraph of an article but drops its ``<h2>``-``<h6>``
subheadings ("TL;DR", "Possible Next Steps", "FAQ"), which WCXB's gold keeps as article
text. A heading of the region trafilatura read (:func:`.collapsed.read_region`), between
the first and the last paragraph it kept, outside menus and share/related/comment boxes,
goes back in before the kept paragraph that follows it. On WCXB dev pages told article
(``bench/boilerplate_eval.py``): see the module's figures in ``handoff/ISSUE-13g.md``.
"""

from __future__ import annotations

from lxml import etree  # type: ignore[import-untyped]

from newswire.nlp.boilerplate.collapsed import ReadRegion, left_out
from newswire.nlp.boilerplate.html_tree import text_of
from newswire.nlp.boilerplate.line_rules import is_teaser_heading, rule_for, words

__all__ = ["MAX_SUBHEAD_WORDS", "dropped_subheads", "restore_subheads"]

#: A heading longer than this is a teaser's title or a sentence set large, not a subhead.
MAX_SUBHEAD_WORDS = 12
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def dropped_subheads(read: ReadRegion) -> list[tuple[str, str]]:
    """Each subheading left out inside the kept text, with the kept paragraph after it.

    Headings before the first or after the last kept paragraph are left alone: above and
    below the article sit the teasers, "Related" boxes and newsletter calls. One pass over
    the region's paragraphs, items and headings, in document order.
    """
    region = read.element
    if region is None:
        return []
    # Spacers (a paragraph of one zero-width joiner) are kept too, but anchor nothing.
    found = {e for e in read.found if words(read.texts[e])}
    seen = set(read.kept)
    result: list[tuple[str, str]] = []
    pending: list[str] = []
    started = False
    for element in region.iter("p", "li", *_HEADINGS):
        if element in found:
            result += [(heading, read.texts[element]) for heading in pending]
            pending, started = [], True
        elif started and element.tag in _HEADINGS:
            text = text_of(element)
            if text not in seen and _subhead_like(text) and not left_out(element, region):
                pending.append(text)
                seen.add(text)
    return result


def restore_subheads(body: etree._Element, subheads: list[tuple[str, str]]) -> None:
    """Put each subheading back into trafilatura's ``body`` before the paragraph it heads."""
    if not subheads:
        return
    blocks: dict[str, etree._Element] = {}
    for element in body.iter("p", "item", "head"):
        blocks.setdefault(text_of(element), element)
    for text, following in subheads:
        anchor = blocks.get(following)
        if anchor is None:
            continue
        if anchor.tag == "item" and anchor.getparent() is not None:
            anchor = anchor.getparent()
        head = etree.Element("head")
        head.text = text
        anchor.addprevious(head)


def _subhead_like(text: str) -> bool:
    """A short heading that no line rule calls boilerplate ("Related", "Share this")."""
    n = len(words(text))
    return 0 < n <= MAX_SUBHEAD_WORDS and not is_teaser_heading(text) and rule_for(text) is None
