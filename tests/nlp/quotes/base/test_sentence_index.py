"""A doc's sentences found once (:mod:`newswire.nlp.quotes.base.sentence_index`) are spaCy's own:
every word's sentence is ``token.sent``, the list is ``doc.sents``; and the lead the role
holders read (:func:`~newswire.nlp.quotes.roles.role_holders.in_lead`) counts sentences with a verb
from them. Real models; texts written for these tests."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.base.sentence_index import (
    sentence_bounds,
    sentence_of,
    sentence_start,
    sentences,
)
from newswire.nlp.quotes.roles.role_holders import in_lead

_TEXTS = [
    ("The mayor said the bridge would reopen in May. Nobody believed her.\n\n"
     "\"We will see,\" a resident said. Traffic was heavy on Monday!", False),
    ("Storm warning\n\nWinds reached 100 km/h. Schools closed? Not yet, officials said.",
     False),
    ("Le maire a affirmé que le pont rouvrirait en mai. Personne ne l'a cru.\n\n"
     "« On verra », a dit une habitante.", True),
    ("One sentence only", False),
]


@pytest.mark.parametrize(("text", "french"), _TEXTS)
def test_every_word_has_spacy_sentence(pipeline: Pipeline, text: str, french: bool) -> None:
    """Each word's sentence (its start, its bounds) is ``token.sent``'s, at a first and a later ask,
    and the doc's sentences are ``doc.sents``."""
    doc = (pipeline.models.full("fr") if french else pipeline.nlp)(text)
    for _ in range(2):  # the second ask reads the bounds kept on the doc
        assert [(s.start, s.end) for s in sentences(doc)] == [
            (s.start, s.end) for s in doc.sents]
        for token in doc:
            assert (sentence_of(token).start, sentence_of(token).end) == (
                token.sent.start, token.sent.end)
            assert sentence_start(token) == token.sent.start
            assert sentence_bounds(token) == (token.sent.start, token.sent.end)


@pytest.mark.parametrize(("text", "word", "expected"), [
    # A deck of one sentence with a verb, then the lede: still the lead.
    ("Council votes on budget. A judge said on Monday that the plan was lawful.",
     "judge", True),
    ("A judge said on Monday that the plan was lawful.", "judge", True),
    # Two sentences with verbs before: past the lead.
    ("The council voted on the budget. The mayor spoke first. A judge said the plan was "
     "lawful.", "judge", False),
    # A sentence without a verb does not count.
    ("Budget news. The council voted on Monday. A judge said the plan was lawful.",
     "judge", True),
])
def test_in_lead(pipeline: Pipeline, text: str, word: str, expected: bool) -> None:
    """At most one sentence with a verb before the word's: the lead."""
    doc = pipeline.nlp(text)
    head = next(t for t in doc if t.text == word)
    assert in_lead(head) is expected
