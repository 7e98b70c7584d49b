"""The outlets that interviewed someone are found from the parse read as arrays, as the
per-word walk found them (real model).  Texts are written for these tests."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.base.textmap import TextMap
from newswire.nlp.quotes.layouts.outlet_labels import _unlabelled_proper_subjects, outlet_asker
from newswire.nlp.quotes.lexicon_en import ENGLISH


@pytest.mark.parametrize(("text", "label", "expected"), [
    ("Votebeat spoke with Halvorsen about the spring. Halvorsen said it was bad.",
     "Votebeat", "Ann Lee"),
    ("Votebeat spoke with Halvorsen. Reuters talked to her too, and Ottawa agreed.",
     "Reuters", "Ann Lee"),
    ("Josephine Halvorsen spoke with the board.", "Halvorsen", None),  # a person's name
    ("Votebeat reported the count on Monday.", "Votebeat", None),  # nobody interviewed
    ("", "Votebeat", None),
])
def test_outlet_subjects_are_the_per_word_walk_s(pipeline: Pipeline, text: str, label: str,
                                                  expected: str | None) -> None:
    """The proper-noun subjects read as one array are, in order, the words the per-word
    tests (``nsubj``, ``PROPN``, no person's label) keep; a label asks the author only when
    such a subject interviewed someone."""
    doc = pipeline.nlp(text)
    walked = [t.i for t in doc if t.dep_ == "nsubj" and t.pos_ == "PROPN"
              and t.ent_type_ != "PERSON"]
    assert _unlabelled_proper_subjects(doc) == walked
    assert outlet_asker(TextMap(doc, [], ENGLISH), "Ann Lee")(label) == expected
