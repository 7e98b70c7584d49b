"""A body that opens with a dateline, handed to spaCy with the dateline as its own sentence.

``WASHINGTON (AP) — The Federal Reserve left ...``: read as one sentence, the place often
becomes the lede's subject and the real subject an apposition (``TORONTO — A Toronto company
that ... says``: the speaker became a noun of the relative clause). A dateline is no part of
the lede's grammar, so the token after it starts a sentence before the parser runs (spaCy's
parser keeps boundaries set beforehand); the text, and so every offset, is unchanged. Imports
spaCy and the dateline finder only. The pipeline finds an article's dateline once and hands
it to :func:`body_with_dateline`; :func:`body_for_model` finds it itself (benches, tests).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newswire.models import Dateline
from newswire.nlp.boilerplate import find_dateline
from newswire.nlp.doc_texts import keep_text

__all__ = ["body_for_model", "body_with_dateline"]


def body_for_model(nlp: Language, body: str) -> str | Doc:
    """``body`` itself, or its tokens with a sentence starting after its dateline."""
    return body_with_dateline(nlp, body, find_dateline(body))


def body_with_dateline(nlp: Language, body: str, dateline: Dateline | None) -> str | Doc:
    """``body`` itself, or its tokens with a sentence starting after ``dateline`` (found in
    the whole body, of which ``body`` may be the start spaCy analyses)."""
    if dateline is None or dateline.end >= len(body):
        return body
    doc = nlp.make_doc(body)
    lede = next((t for t in doc if t.idx >= dateline.end and not t.is_space), None)
    if lede is None or lede.i == 0:
        return body
    lede.is_sent_start = True
    return keep_text(doc, body)
