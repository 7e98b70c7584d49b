"""Inline quotations (``<q>``) set back as text in quotation marks, before trafilatura reads
the page.

A browser shows ``<q>long overdue</q>`` inside its sentence, between quotation marks it adds
itself. trafilatura renames ``<q>`` to ``quote``, as it does ``<blockquote>``, and reads it
as a block of its own: the sentence breaks at it (``… said the work was`` / ``long
overdue`` / ``. Updated today.``), the quotation loses its marks (so the quote stage reads
the whole clause as the speaker's words, or none), and in a ``<div>`` the text before it is
lost outright (review51's finding: ``Board chairwoman Nora Quigley said the work was`` gone).
The marks the browser would add are written into the text and the tag is taken out, so the
quotation stays inside its sentence as a typed quotation would.

Marks: ``« … »`` when the page's language (``<html lang>``) is French, else ``“ … ”``;
a ``<q>`` inside another gets single marks (``‘ … ’``), as browsers render nested quotes.
Lives here: :func:`inline_quotations`. May import lxml only.
"""

from __future__ import annotations

from lxml import etree  # type: ignore[import-untyped]

__all__ = ["inline_quotations"]

_MARKS = {"fr": ("« ", " »")}
_OUTER = ("\u201c", "\u201d")
_INNER = ("\u2018", "\u2019")


def inline_quotations(tree: etree._Element, html: str) -> int:
    """Write quotation marks around the text of every ``<q>`` of ``tree`` and unwrap it (its
    children and text stay in place); return how many. ``html``: the page's source, searched
    first (a search of the text spares a walk of the tree on the pages without one)."""
    if "<q" not in html and "<Q" not in html:
        return 0
    quotes = list(tree.iter("q"))
    if not quotes:
        return 0
    language = (tree.get("lang") or "").lower()[:2]
    outer = _MARKS.get(language, _OUTER)
    for quote in quotes:
        opening, closing = _INNER if _nested(quote) and outer == _OUTER else outer
        quote.text = opening + (quote.text or "")
        if len(quote):
            last = quote[-1]
            last.tail = (last.tail or "") + closing
        else:
            quote.text += closing
    etree.strip_tags(tree, "q")
    return len(quotes)


def _nested(quote: etree._Element) -> bool:
    return any(True for _ in quote.iterancestors("q"))
