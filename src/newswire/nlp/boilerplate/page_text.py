"""The text a reader sees on a page, one line per block: the walk that the main-element
reading (:mod:`.html`) and the page's text outside the article (:mod:`.outside`) share.

Imports lxml only.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from lxml import etree  # type: ignore[import-untyped]

__all__ = ["BLOCK_TAGS", "HIDDEN_TAGS", "PageLine", "visible_lines", "walk_lines"]

#: Elements whose text a reader never sees as the page's content.
HIDDEN_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "iframe", "object", "select", "button",
    "nav", "header", "footer", "aside", "form",
})
#: Elements that start a new line of text.
BLOCK_TAGS = frozenset({
    "address", "article", "blockquote", "br", "dd", "details", "div", "dl", "dt", "figcaption",
    "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre",
    "section", "summary", "table", "tr", "td", "th", "ul", "caption", "legend",
})



@dataclass(frozen=True)
class PageLine:
    """One line of a page's visible text, the element it starts in and its links (URL,
    text)."""

    text: str
    element: etree._Element
    links: tuple[tuple[str, str], ...] = ()


def visible_lines(
    root: etree._Element,
    hidden: AbstractSet[str] = HIDDEN_TAGS,
    blocks: AbstractSet[str] = BLOCK_TAGS,
    hidden_names: re.Pattern[str] | None = None,
) -> list[str]:
    """The text a reader sees in ``root``, one line per block; ``hidden`` elements left out
    (by default scripts, menus, headers and footers), and those whose class or id
    ``hidden_names`` finds."""
    return [line.text for line in walk_lines(root, hidden, blocks, hidden_names)]


def walk_lines(  # noqa: PLR0912 - one loop over the page's events, written for speed
    root: etree._Element,
    hidden: AbstractSet[str] = HIDDEN_TAGS,
    blocks: AbstractSet[str] = BLOCK_TAGS,
    hidden_names: re.Pattern[str] | None = None,
    *,
    links: bool = False,
) -> list[PageLine]:
    """:func:`visible_lines` with the element each line starts in and, with ``links``, the
    links of two words or more in it (a menu's one-word links stay words of their line)."""
    found: list[PageLine] = []
    current: list[str] = []
    add = current.append
    anchors: list[tuple[str, str]] = []
    start: etree._Element | None = None
    # Whether ``current`` holds more than whitespace: only then does a block's edge end a
    # line (whitespace alone makes none, and leads the next line's text harmlessly).
    visible = False

    def flush() -> None:
        nonlocal start, visible
        line = " ".join("".join(current).split())
        current.clear()
        found.append(PageLine(line, start if start is not None else root, tuple(anchors)))
        anchors.clear()
        start = None
        visible = False

    # Written for speed (a page has thousands of elements): events tested most common
    # first, no empty strings kept, whitespace told from text once per string.
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, element in walker:
        if event == "start":
            tag = element.tag
            if visible and tag in blocks:
                flush()
            if tag in hidden or element.get("hidden") is not None or (
                    hidden_names and hidden_names.search(
                        f"{element.get('class') or ''} {element.get('id') or ''}")):
                walker.skip_subtree()  # its "end" still comes, with its tail
                continue
            text = element.text
            if text:
                add(text)
                if start is None and not text.isspace():
                    start = element
                    visible = True
            if links and tag == "a":
                _add_link(element, anchors)
        else:
            if event == "end":
                if visible and element.tag in blocks:
                    flush()
                if element is root:
                    continue
            # an element's or a comment's or processing instruction's tail
            tail = element.tail or " "
            add(tail)
            if not visible and not tail.isspace():
                visible = True
    if visible:
        flush()
    return found


def _add_link(anchor: etree._Element, anchors: list[tuple[str, str]]) -> None:
    href = anchor.get("href") or ""
    if href.startswith(("http", "/")):
        label = " ".join(" ".join(anchor.itertext()).split())  # blocks inside a link
        if " " in label:
            anchors.append((href, label))
