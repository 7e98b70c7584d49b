"""The whole-doc passes of :mod:`newswire.nlp.quotes.fr_parse.clauses_fr` (and of
:mod:`~newswire.nlp.quotes.fr_parse.aside_subjects_fr`) start from the words they need, found as
arrays, and make no Token for every word (issue 14's speed bound); each still mends what it
mended (real ``fr_core_news_sm``; texts written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.fr_parse.aside_subjects_fr import subjects_before_asides
from newswire.nlp.quotes.fr_parse.clauses_fr import (
    give_on_its_source,
    give_sides_their_on,
    hang_que_clauses,
    unsubject_stressed_pronouns,
    widen_said_states,
)
from tests.nlp.quotes.test_french import french_quotes
from tests.nlp.quotes.test_token_work import doc_walks

_TEXT = ("Du côté de l'Élysée, on assure que le texte sera voté. La mairesse a quant à elle "
         "répété que le budget était serré. Nathalie Roy se dit déçue du report de la "
         "bibliothèque. Le suspect a été placé en garde à vue, a-t-on appris auprès du parquet.")


@pytest.mark.parametrize("mend", [hang_que_clauses, give_sides_their_on, give_on_its_source,
                                  unsubject_stressed_pronouns, widen_said_states,
                                  subjects_before_asides])
def test_clause_passes_walk_no_doc(pipeline: Pipeline, mend: Callable[[Doc], None]) -> None:
    """A pass hands out no Token for every word of the doc (``Doc.__iter__`` never runs)."""
    doc = pipeline.models.full("fr")(_TEXT)
    assert doc_walks(lambda: mend(doc)) == 0


@pytest.mark.parametrize(("body", "expected"), [
    # give_sides_their_on: "on" after "Du côté de X," is X.
    ("Du côté de l'Élysée, on assure que le texte sera voté avant l'été.",
     [("que le texte sera voté avant l'été", "indirect", "Élysée")]),
    # give_on_its_source: "-on" speaks for the place after "appris auprès de".
    ("Le suspect a été placé en garde à vue mardi soir, a-t-on appris auprès du parquet de "
     "Lyon.",
     [("Le suspect a été placé en garde à vue mardi soir", "indirect", "parquet de Lyon")]),
])
def test_clause_passes_still_mend(pipeline: Pipeline, body: str,
                                  expected: list[tuple[str, str, str | None]]) -> None:
    """The passes read from arrays mend what their walks mended."""
    quotes = french_quotes(pipeline, body)
    assert [(q.text, q.kind, q.speaker) for q in quotes] == expected
