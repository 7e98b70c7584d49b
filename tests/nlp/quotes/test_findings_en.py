"""Issue 14 (orgs30): ``..., a new study shows`` reads ``shows`` as a verb of finding, its
document the source (real model).

Texts are written for these tests, in Canadian and US news phrasing.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("Rents in Halifax rose 14 per cent last year, faster than anywhere else in the country, "
     "a new study shows.",
     [("Rents in Halifax rose 14 per cent", "study", "document")]),
    # Guard: already a verb to the model, the same reading.
    ("Most voters oppose the plan, a new poll suggests.",
     [("Most voters oppose the plan", "poll", "document")]),
])
def test_a_document_that_shows_a_claim(pipeline: Pipeline, body: str,
                                       expected: list[Expected]) -> None:
    """``..., a new study shows``: the study's finding, though the model tags ``shows`` a
    noun (``study shows``)."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("text", "word", "pos"), [
    ("Rents in Halifax rose 14 per cent last year, faster than anywhere else in the "
     "country, a new study shows.", "shows", "VERB"),
    # Guards: a real plural noun stays one, with no document before it or no claim.
    ("The auto shows in Detroit and Toronto drew record crowds this winter.", "shows", "NOUN"),
    ("The study shows were cancelled after the funding ran out.", "shows", "NOUN"),
])
def test_shows_is_a_verb_only_after_a_document_with_a_claim(
        pipeline: Pipeline, text: str, word: str, pos: str) -> None:
    """The component retags a noun-tagged ``shows`` only where it reports a claim."""
    doc = pipeline.nlp(text)
    assert next(t.pos_ for t in doc if t.text == word) == pos
