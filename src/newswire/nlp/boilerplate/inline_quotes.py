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

Marks: ``« … »`` when the page is in French, else ``“ … ”``; a ``<q>`` inside another gets
single marks (``‘ … ’``), as browsers render nested quotes. The language is the one the
pipeline gives the article (:func:`~newswire.nlp.language.identify`): the page's claim
(``<html lang>``, content-language, ``og:locale``) weighed against the text around the
quotations, so a French page that claims nothing still gets French marks. No marks are
written where the page typed them inside the ``<q>`` (``<q>"the least bad option"</q>``),
around an empty one, or around a ``<q>`` with no text of a sentence beside it: a pull quote
repeating the article's words, which marks would make a quotation of its own.

Lives here: :func:`inline_quotations`.
"""

from __future__ import annotations

from lxml import etree  # type: ignore[import-untyped]

from newswire.nlp.boilerplate.metadata import language_claim
from newswire.nlp.language import identify

__all__ = ["MARKS", "SAMPLE_CHARS", "inline_quotations"]

#: Opening and closing marks by language; other languages take the first (English) pair.
MARKS = {"en": ("\u201c", "\u201d"), "fr": ("« ", " »")}
_NESTED = ("\u2018", "\u2019")
#: Characters of the quotations' blocks read to tell the page's language.
SAMPLE_CHARS = 1500
#: Elements that sit inside a line of text, as ``<q>`` does.
_INLINE = frozenset({"a", "abbr", "b", "cite", "code", "em", "i", "mark", "q", "s", "small",
                     "span", "strong", "sub", "sup", "time", "u"})
#: A ``<q>`` whose text opens or closes with one of these carries its own marks.
_TYPED_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e"


def inline_quotations(tree: etree._Element, html: str) -> int:
    """Write quotation marks around the text of every ``<q>`` of ``tree`` and unwrap it (its
    children and text stay in place); return how many. ``html``: the page's source, searched
    first (a search of the text spares a walk of the tree on the pages without one)."""
    if "<q" not in html and "<Q" not in html:
        return 0
    quotes = list(tree.iter("q"))
    if not quotes:
        return 0
    outer = MARKS.get(_language(tree, quotes), MARKS["en"])
    for quote in quotes:
        if not _marked(quote):
            continue
        nested = outer == MARKS["en"] and any(True for _ in quote.iterancestors("q"))
        opening, closing = _NESTED if nested else outer
        quote.text = opening + (quote.text or "")
        if len(quote):
            quote[-1].tail = (quote[-1].tail or "") + closing
        else:
            quote.text += closing
    etree.strip_tags(tree, "q")
    return len(quotes)


def _language(tree: etree._Element, quotes: list[etree._Element]) -> str:
    """The page's language as the pipeline will tell it, from its claim and the text of the
    blocks that hold its quotations."""
    sample = ""
    for quote in quotes:
        parent = quote.getparent()
        sample += " " + "".join((parent if parent is not None else quote).itertext())
        if len(sample) >= SAMPLE_CHARS:
            break
    return identify("", sample[:SAMPLE_CHARS], language_claim(tree)).language


def _marked(quote: etree._Element) -> bool:
    """Whether marks are written around ``quote``: not where its text is empty or carries its
    own marks, nor where no text stands beside it in its block (a pull quote)."""
    text = "".join(quote.itertext()).strip()
    if not text or text[0] in _TYPED_MARKS or text[-1] in _TYPED_MARKS:
        return False
    return _beside(quote)


def _beside(quote: etree._Element) -> bool:
    """Whether text of its sentence stands right before or after ``quote``: its tail, the
    text before it, or an inline neighbour with words."""
    if (quote.tail or "").strip():
        return True
    previous, parent = quote.getprevious(), quote.getparent()
    before = previous.tail if previous is not None else (parent.text if parent is not None
                                                           else None)
    if (before or "").strip():
        return True
    return any(neighbour is not None and neighbour.tag in _INLINE
               and "".join(neighbour.itertext()).strip()
               for neighbour in (previous, quote.getnext()))
