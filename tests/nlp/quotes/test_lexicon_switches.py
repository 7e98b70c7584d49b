"""The English-only rules of the quotes stage switch on the lexicon, not on ``doc.lang_``."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_en import ENGLISH
from newswire.nlp.quotes.lexicon_fr import FRENCH
from newswire.nlp.quotes.unnamed.one_person import is_person_noun
from newswire.nlp.quotes.unnamed.phrases import source_phrase

_SPOKESMAN = ("A spokesman for Skyline Atlantic, the largest carrier at the airport, said the "
              "airline had trimmed its schedule.")


@pytest.mark.parametrize(("lexicon", "expected"), [
    (ENGLISH, "spokesman for Skyline Atlantic"),
    # FRENCH leaves the apposition in: the rule was not measured on French.
    (FRENCH, "spokesman for Skyline Atlantic, the largest carrier at the airport"),
])
def test_an_apposition_ends_a_phrase_where_the_lexicon_says_so(
        pipeline: Pipeline, lexicon: Lexicon, expected: str) -> None:
    """``appositions_end_phrases`` decides whether a set-off apposition leaves the phrase."""
    doc = pipeline.nlp(_SPOKESMAN)
    head = next(t for t in doc if t.lower_ == "spokesman")
    assert source_phrase(head, "person", lexicon) == expected


@pytest.mark.parametrize(("text", "lexicon", "expected"), [
    ("One trader said the market would fall.", ENGLISH, True),
    ("One trader said the market would fall.", FRENCH, False),
    ("One organizer said the march would go ahead.", FRENCH, True),  # an agent ending
])
def test_short_person_nouns_are_the_lexicons(
        pipeline: Pipeline, text: str, lexicon: Lexicon, expected: bool) -> None:
    """A noun too short for the agent endings is one person only by the lexicon's words."""
    doc = pipeline.nlp(text)
    assert is_person_noun(doc[1], lexicon) is expected
