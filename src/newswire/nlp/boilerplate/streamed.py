"""Text a page streams in late, put back where the page shows it.

React's streaming server renderer (Next.js, Remix and others on React 18 and later) sends a
page in the order its parts are ready, not in reading order. A part that was not ready
leaves an empty placeholder where it belongs, ``<template id="P:7">`` (a segment) or
``<template id="B:7">`` (a suspense boundary), and arrives later at the end of the body as
``<div hidden id="S:7">``, which a script of the page moves into the placeholder
(``$RS("S:7","P:7")``, ``$RC("B:7","S:7")``: the same number on both sides). Without the
script, an extractor sees the article cut into pieces: the first sections where they
belong, the rest in hidden boxes after the footer, and trafilatura keeps one of them.
Each such box is moved into its placeholder, as the browser does, before anything reads
the page (WCXB dev: 33 of 1,497 pages stream so).
"""

from __future__ import annotations

from lxml import etree  # type: ignore[import-untyped]

__all__ = ["STREAMED_MARKS", "may_stream", "place_streamed_segments"]

#: What a streamed segment's markup holds (React writes the first): a search of the page's
#: text for them spares a walk of the tree on the pages without any.
STREAMED_MARKS = ('id="S:', "id='S:")


def may_stream(html: str) -> bool:
    """Whether the page's text may hold a streamed segment."""
    return any(mark in html for mark in STREAMED_MARKS)


def place_streamed_segments(tree: etree._Element) -> int:
    """Move each hidden ``S:n`` box of ``tree`` into its ``P:n`` or ``B:n`` placeholder, shown;
    how many were moved. A box without a placeholder (or holding its own) stays as it is."""
    slots = {str(t.get("id")): t for t in tree.xpath(
        "//template[starts-with(@id, 'P:') or starts-with(@id, 'B:')]")}
    moved = 0
    for segment in tree.xpath("//div[@hidden][starts-with(@id, 'S:')]"):
        number = str(segment.get("id"))[2:]
        slot = slots.get(f"P:{number}")
        if slot is None:
            slot = slots.get(f"B:{number}")
        if slot is None or slot.getparent() is None or _inside(slot, segment):
            continue
        _keep_tail(segment)
        _replace_by_content(slot, segment)
        moved += 1
    return moved


def _replace_by_content(slot: etree._Element, segment: etree._Element) -> None:
    """Put ``segment``'s text and children where ``slot`` is, and take both out."""
    parent = slot.getparent()
    previous = slot.getprevious()
    lead = segment.text or ""
    if previous is not None:
        previous.tail = (previous.tail or "") + lead
    else:
        parent.text = (parent.text or "") + lead
    for child in list(segment):
        slot.addprevious(child)  # moves the child with its tail
    last = slot.getprevious()
    if slot.tail:
        if last is not None:
            last.tail = (last.tail or "") + slot.tail
        else:
            parent.text = (parent.text or "") + slot.tail
    parent.remove(slot)
    holder = segment.getparent()
    if holder is not None:
        holder.remove(segment)


def _inside(element: etree._Element, container: etree._Element) -> bool:
    return any(ancestor is container for ancestor in element.iterancestors())


def _keep_tail(element: etree._Element) -> None:
    """Leave ``element``'s tail text where it is before the element moves."""
    tail, element.tail = element.tail, None
    if not tail or not tail.strip():
        return
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent = element.getparent()
        parent.text = (parent.text or "") + tail
