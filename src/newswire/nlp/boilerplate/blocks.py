"""The blocks of an extracted article (paragraphs, headings, list items), each with the
page links whose text it holds: trafilatura drops the markup, the block rules
(:mod:`.html_blocks`) read how much of a block is link text.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from lxml import etree  # type: ignore[import-untyped]

from newswire.models import Link
from newswire.nlp.boilerplate.line_rules import words
from newswire.nlp.boilerplate.links import find_urls, make_link

__all__ = ["Block", "anchors_by_block", "blocks_of"]


@dataclass
class Block:
    """One paragraph, heading or list item of the extracted article, with its links."""

    element: etree._Element
    text: str
    tag: str
    links: list[Link] = field(default_factory=list)
    link_words: int = 0
    leading_link: bool = False


def blocks_of(elements: list[etree._Element], texts: list[str], anchors: dict[str, str]
            ) -> list[Block]:
    """The blocks of the body, each with its links when the page's ``anchors`` were read."""
    if not anchors:
        return [Block(e, t, str(e.tag)) for e, t in zip(elements, texts, strict=True)]
    return [_block(e, t, in_block) for e, t, in_block
            in zip(elements, texts, anchors_by_block(texts, anchors), strict=True)]


def anchors_by_block(texts: list[str], anchors: dict[str, str]
                      ) -> list[list[tuple[str, str]]]:
    """For each of ``texts``, the anchors (text, URL) whose text it contains, in the anchors'
    order. Each anchor's text is searched for in all of them joined, once per block that
    holds it (not once per block and anchor: most anchors are menu links no block holds);
    neither a text nor an anchor's text spans lines, so a match lies in one block."""
    joined = "\n".join(texts)
    starts = [0]
    for text in texts:
        starts.append(starts[-1] + len(text) + 1)
    found: list[list[tuple[str, str]]] = [[] for _ in texts]
    if not texts:
        return found
    for label, url in anchors.items():
        at = joined.find(label)
        while at >= 0:
            block = bisect_right(starts, at) - 1
            found[block].append((label, url))
            at = joined.find(label, starts[block + 1])
    return found


def _block(element: etree._Element, text: str, anchors: list[tuple[str, str]]) -> Block:
    """A block with its URLs and the page links whose text it holds (``anchors``: text and
    URL; trafilatura drops the markup)."""
    links = [make_link(u, text) for u in find_urls(text)]
    link_words = 0
    leading = False
    for label, url in anchors:
        links.append(make_link(url, label))
        link_words += len(words(label))
        leading = leading or text.startswith(label)
    return Block(element, text, str(element.tag), links, link_words, leading)
