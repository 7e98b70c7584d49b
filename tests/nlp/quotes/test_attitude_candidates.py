"""The words the attitudes pass reads further are those its per-word tests keep (real model).
Texts are written for these tests."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.base.textmap import TextMap
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_en import ENGLISH
from newswire.nlp.quotes.lexicon_fr import FRENCH
from newswire.nlp.quotes.stances.attitudes import _candidates, cue_tables


def _kept_one_by_one(tmap: TextMap, lex: Lexicon) -> list[int]:
    """The tests of ``attitudes`` on each word, written out as it reads them."""
    cues, states, nouns = cue_tables(lex)
    kept = []
    for t in tmap.doc:
        lemma = t.lemma_.lower()
        if t.pos_ == "ADV":
            keep = t.lower_ in lex.hedging_adverbs
        elif t.pos_ == "NOUN":
            keep = lemma in nouns or t.lower_ in states
        elif t.pos_ in ("VERB", "ADJ"):
            keep = t.lower_ in states or (
                t.pos_ == "VERB" and (lex.attitude_forms.get(t.lower_) or lemma) in cues)
        else:
            keep = False
        if keep:
            kept.append(t.i)
    return kept


@pytest.mark.parametrize(("text", "lexicon", "expected"), [
    ("Some officials think the mayor is reportedly at risk, and Lee defended the tax.",
     ENGLISH, ["think", "reportedly", "defended"]),
    ("Her decision to run was welcomed. He is confident the plan works; it appears fine.",
     ENGLISH, None),
    ("Le ministre estime que le projet est mort, selon son entourage.", FRENCH, None),
    ("Nothing here.", ENGLISH, []),
    ("", ENGLISH, []),
])
def test_candidates_are_the_words_the_per_word_tests_keep(
        pipeline: Pipeline, text: str, lexicon: Lexicon, expected: list[str] | None) -> None:
    """Adverbs that hedge, nouns and verbs the tables hold, states: in order, the words the
    per-word tests on part of speech, form and lemma keep, and no other."""
    nlp = pipeline.models.full("fr") if lexicon is FRENCH else pipeline.nlp
    tmap = TextMap(nlp(text), [], lexicon)
    found = _candidates(tmap, *cue_tables(lexicon))
    assert found == _kept_one_by_one(tmap, lexicon)
    if expected is not None:
        assert [tmap.doc[i].text for i in found] == expected
