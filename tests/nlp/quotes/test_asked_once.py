"""Work the quotes stage asked again is done once a doc, with the same answers: the words a
verb says (:mod:`newswire.nlp.quotes.speech.said_once`). Real model; texts written for these
tests."""

from __future__ import annotations

import pytest

from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.base.textmap import TextMap
from newswire.nlp.quotes.lexicon_en import ENGLISH
from newswire.nlp.quotes.lexicon_fr import FRENCH
from newswire.nlp.quotes.speech.said import said_words
from newswire.nlp.quotes.speech.said_once import said_in
from tests.conftest import calls_to


@pytest.mark.parametrize(("text", "french", "verb", "said"), [
    ("The mayor said the bridge would reopen in May.", False, "said",
     "the bridge would reopen in May"),
    ("Le maire a affirmé que le pont rouvrirait en mai.", True, "affirmé",
     "que le pont rouvrirait en mai"),
    # No words said: the object is the medium, not what was said.
    ("The mayor wrote an op-ed.", False, "wrote", None),
])
def test_said_in_is_said_words_at_every_ask(pipeline: Pipeline, text: str, french: bool,
                                            verb: str, said: str | None) -> None:
    """The map's said words of a verb are :func:`said_words`' on the first ask and the next,
    and a caller's list is its own (changing it leaves the next answer as it was)."""
    doc = (pipeline.models.full("fr") if french else pipeline.nlp)(text)
    tmap = TextMap(doc, [], FRENCH if french else ENGLISH)
    token = next(t for t in doc if t.text == verb)
    expected = said_words(token, tmap.lexicon)
    first = said_in(tmap, token)
    assert first == expected
    assert (" ".join(t.text for t in first) if first is not None else None) == said
    if first is not None:
        first.clear()
    assert said_in(tmap, token) == expected


@pytest.mark.parametrize("text", [
    "\u201cWe will rebuild,\u201d the mayor said. He said the bridge would reopen in May, "
    "and he said the toll would stay, the mayor said in a statement.\n\n"
    "The mayor said the council agreed.",
])
def test_each_verb_asks_its_said_words_once(pipeline: Pipeline, text: str) -> None:
    """An article's quotes ask each verb's said words at most once (the reported speech pass
    and the clauses beside its quotations asked again), and its quotes are found."""
    article = RawArticle(id="said-once", text="Bridge\n\n" + text)
    asks = calls_to("_said_words", lambda: pipeline.enrich(article))
    doc = pipeline.nlp(text)
    verbs = sum(1 for t in doc if t.lemma_ == "say")
    assert 0 < asks <= verbs
    assert len(pipeline.enrich(article).quotes) >= 3
