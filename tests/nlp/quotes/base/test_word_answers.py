"""A word's question answered once a doc (:mod:`newswire.nlp.quotes.base.word_answers`): the kept
answer is the question's own at every ask, the question is asked once a word, and
:func:`~newswire.nlp.quotes.roles.appositions.apposed_name` so kept still finds the name. Real
model; texts written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.base.word_answers import answered_once
from newswire.nlp.quotes.roles.appositions import apposed_name


@pytest.mark.parametrize(("text", "noun", "name"), [
    ("Her rival, Bernie Sanders, said the plan would fail.", "rival", "Sanders"),
    ("The director of Northside Food Bank, Paul Grieve, said demand had doubled.",
     "director", "Grieve"),
    ("A spokesman said the talks would resume.", "spokesman", None),
])
def test_apposed_name_kept(pipeline: Pipeline, text: str, noun: str, name: str | None
                           ) -> None:
    """The kept apposed name is the one found, at a first and a second ask."""
    doc = pipeline.nlp(text)
    head = next(t for t in doc if t.text == noun)
    for _ in range(2):
        found = apposed_name(head)
        assert (found.text if found is not None else None) == name
        assert found is None or found.doc is doc


@pytest.mark.parametrize(("text", "asked"), [
    ("The mayor said the bridge would reopen. Her deputy agreed.", ["mayor", "deputy"]),
    ("Officials spoke.", ["Officials"]),
])
def test_each_word_asked_once(pipeline: Pipeline, text: str, asked: list[str]) -> None:
    """Each word's question runs once however often it is asked; its answer (the word's
    head here, none for a root) comes back each time."""
    doc = pipeline.nlp(text)
    runs: list[int] = []

    def head_of(word: Token) -> Token | None:
        runs.append(word.i)
        return word.head if word.dep_ != "ROOT" else None

    kept = answered_once("tests.head_of")(head_of)
    words = [t for t in doc if t.text in asked]
    for _ in range(3):
        for word in words:
            expected = word.head if word.dep_ != "ROOT" else None
            assert kept(word) == expected
    assert sorted(runs) == sorted(w.i for w in words)
