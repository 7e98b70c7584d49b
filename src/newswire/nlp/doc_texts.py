"""A doc's text, joined once an article.

``Doc.text`` joins the text again on every read, making a Token of every word (about half a
millisecond for an 800-word body). The pipeline, the entities stage and the quotes stage each
read the whole text of both docs: the pass that makes a doc from a string keeps that string
with it (:func:`keep_text`, in ``Doc.user_data``), and every reader asks :func:`text_of`.
A string kept is trusted only when its length is the doc's; else the doc's own text is read.
Imports spaCy only.
"""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["keep_text", "text_of"]

#: Where a doc keeps its text (``Doc.user_data``).
_KEY = "newswire.text"


def keep_text(doc: Doc, text: str) -> Doc:
    """``doc``, keeping ``text`` (the string it was made from) for :func:`text_of`."""
    if len(text) == _length(doc):
        doc.user_data[_KEY] = text
    return doc


def text_of(doc: Doc) -> str:
    """``doc.text``, joined at most once a doc."""
    text = doc.user_data.get(_KEY)
    if not isinstance(text, str) or len(text) != _length(doc):
        text = doc.user_data[_KEY] = doc.text
    return text


def _length(doc: Doc) -> int:
    """The length of the doc's text, from its last word (no Token for the others)."""
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)
