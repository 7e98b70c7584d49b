"""The cue at a word, asked by several passes of one doc, is worked out once and is the cue
:func:`cue_at` finds (real model). Texts are written for these tests."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.base.textmap import TextMap
from newswire.nlp.quotes.extract import extract_quotes
from newswire.nlp.quotes.lexicon_en import ENGLISH
from newswire.nlp.quotes.speech.cues import cue_at, cue_in
from tests.conftest import calls_to


@pytest.mark.parametrize(("text", "cues"), [
    ("“We won,” she said. The mayor said the plan was dead, according to aides.",
     ["said", "said", "according"]),
    ("He was told the road is shut. Asked about it, Lee said nothing.",
     ["told", "Asked", "said"]),
    ("Nothing was said here.", ["said"]),
    ("", []),
])
def test_cue_in_is_cue_at_once_a_word(pipeline: Pipeline, text: str, cues: list[str]) -> None:
    """Every word's cue, asked twice, is ``cue_at``'s (start, end and speaker), and the
    second ask reads no parse."""
    doc = pipeline.nlp(text)
    tmap = TextMap(doc, [], ENGLISH)
    assert [cue_in(tmap, t) for t in doc] == [cue_at(t, ENGLISH) for t in doc]
    assert [doc[c.start].text for t in doc if (c := cue_in(tmap, t)) is not None] == cues
    assert calls_to("cue_at", lambda: [cue_in(tmap, t) for t in doc]) == 0


@pytest.mark.parametrize("text", [
    "“It is over,” the mayor said, adding that the mayor said the road “is shut.”",
    "“We won,” she said. “We ran,” she said.",
])
def test_each_word_s_cue_is_read_once_an_article(pipeline: Pipeline, text: str) -> None:
    """Reported speech and each quote's window ask the same verbs: each verb's cue is worked
    out once however many passes ask, and the quotes are those found before."""
    title, doc = pipeline.nlp(""), pipeline.nlp(text)
    verbs = sum(1 for t in doc if t.pos_ == "VERB")
    quotes = extract_quotes(title, doc, [])
    assert quotes
    assert calls_to("cue_at", lambda: extract_quotes(title, doc, [])) <= verbs
