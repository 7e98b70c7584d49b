"""A named speaker's mention takes in the whole of its entity's mention at that place
(:mod:`newswire.nlp.quotes.resolution.whole_mentions`; real model; sentences written for
these tests, none copied from a set)."""

from __future__ import annotations

import pytest

from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline


@pytest.mark.parametrize(("body", "quote", "speaker", "mention"), [
    # The model's piece of a particle surname, made whole as the speaker is,
    ("Seán Mac an tSaoi said he was \"delighted\" with the result.",
     "delighted", "Seán Mac an tSaoi", "Seán Mac an tSaoi"),
    ("Councillors met on Monday. Rhun ap Iorwerth said the plan was \"too little\".",
     "too little", "Rhun ap Iorwerth", "Rhun ap Iorwerth"),
    # with the title the parse put before it kept,
    ("The chair spoke first. Cllr Aoife Nic an tSaoir disagreed, saying it was \"too late\".",
     "too late", "Aoife Nic an tSaoir", "Cllr Aoife Nic an tSaoir"),
    # but no mention that is no piece of the name: a pronoun, an office, a whole name.
    ("Keir Starmer said \"yes\". He added: \"We will win.\"",
     "We will win.", "Keir Starmer", "He"),
    ("The Minister for Housing, Darragh O'Brien, said \"we are building more homes\".",
     "we are building more homes", "Darragh O'Brien", "The Minister"),
    ("Pádraig Ó hAodha said the plan was \"half-baked\".",
     "half-baked", "Pádraig Ó hAodha", "Pádraig Ó hAodha"),
])
def test_speaker_mention_is_the_whole_name(pipeline: Pipeline, body: str, quote: str,
                                           speaker: str, mention: str) -> None:
    """The quote's speaker and span as resolved; its mention the whole name where the
    entities stage made the name whole, the text at its offsets."""
    article = pipeline.enrich(RawArticle(id="t", title="T", text=body, language="en"))
    found = next(q for q in article.quotes if q.text == quote)
    assert found.speaker == speaker
    assert found.speaker_mention is not None
    assert found.speaker_mention.text == mention
    span = found.speaker_mention
    assert getattr(article, span.field)[span.start:span.end] == span.text
