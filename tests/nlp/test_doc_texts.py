"""A doc's text is joined once an article: the pass that made it keeps the string (real model)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newswire.nlp.datelined import body_for_model
from newswire.nlp.doc_texts import keep_text, text_of
from newswire.nlp.passes import analyse
from newswire.nlp.pipeline import Pipeline

TEXTS = [
    "Ottawa sets new rules for rail safety",
    "OTTAWA — Transport Minister Anita Rao said Tuesday the rules “will save lives.”\n\n"
    "She said the railways had a year to comply.  ",
    "  Leading spaces, a tab\tand a line end\n",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_pass_keeps_each_string_read(pipeline: Pipeline, text: str) -> None:
    """The docs of :func:`analyse` answer their own string, not a second join of the words."""
    doc = next(analyse(pipeline.nlp, [text]))
    assert text_of(doc) is text
    assert text_of(doc) == doc.text


@pytest.mark.parametrize(("body", "as_doc"), [
    ("WASHINGTON (AP) — The Federal Reserve left its key rate unchanged on Wednesday.", True),
    ("The Federal Reserve left its key rate unchanged on Wednesday.", False),  # no dateline
])
def test_a_datelined_body_keeps_its_string(pipeline: Pipeline, body: str, as_doc: bool) -> None:
    """A body handed to spaCy as a doc (its dateline a sentence) keeps the body's string, as
    one handed over as a string does."""
    given = body_for_model(pipeline.nlp, body)
    assert isinstance(given, Doc) is as_doc
    doc = next(analyse(pipeline.nlp, [given]))
    assert text_of(doc) is body


@pytest.mark.parametrize(("text", "claimed"), [
    ("Ministers met on Tuesday.", "Ministers met on Tuesday."),  # the string it was made of
    ("Ministers met on Tuesday.", "Ministers met."),  # another length: read from the doc
    ("Ministers met on Tuesday.", None),  # never kept: read from the doc, then kept
])
def test_text_of_a_doc(pipeline: Pipeline, text: str, claimed: str | None) -> None:
    """A string of another length than the doc's is never taken for its text."""
    doc = pipeline.nlp.make_doc(text)
    if claimed is not None:
        keep_text(doc, claimed)
    expected = claimed if claimed is not None and len(claimed) == len(text) else text
    assert text_of(doc) == expected
    assert text_of(doc) is text_of(doc)
