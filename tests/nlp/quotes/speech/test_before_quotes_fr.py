"""French said clauses holding a quotation: with words enough before it, the whole clause is
reported speech, quotation included, beside the partial quote
(:mod:`newswire.nlp.quotes.speech.before_quotes_fr`)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # A "que" clause quoting its last words: the clause before them is said too.
    ("La ministre a précisé que le gouvernement présenterait des amendements pour réserver "
     "la mesure aux seules zones « surdotées ».",
     [("que le gouvernement présenterait des amendements pour réserver la mesure aux seules "
       "zones « surdotées »", "indirect", "ministre"), ("surdotées", "partial", "ministre")]),
    # "Selon X," opening the sentence, a quotation in the middle of what X says.
    ("Selon Marc Tessier, le gel des loyers a été « une bonne mesure », mais il ne peut pas "
     "durer.",
     [("le gel des loyers a été « une bonne mesure », mais il ne peut pas durer", "indirect",
       "Marc Tessier"),
      ("une bonne mesure", "partial", "Marc Tessier")]),
    # A cue's object before the quotation: no verb of its own, still a statement.
    ("Le courrier évoque une hausse de 60 € bruts mensuels et la reprise des négociations "
     "salariales « dès février ».",
     [("une hausse de 60 € bruts mensuels et la reprise des négociations salariales « dès "
       "février »", "indirect", "courrier"), ("dès février", "partial", "courrier")]),
    # Guard: two words before the quotation are its lead-in, not a statement of their own.
    ("Le député Paul Girard estime que la ministre « se trompe complètement de cible ».",
     [("se trompe complètement de cible", "partial", "Paul Girard")]),
    # Guard: the quotation's subject and its copula only ("le texte sera") say nothing.
    ("Un conseiller du premier ministre affirme que le texte sera « voté avant les fêtes ».",
     [("voté avant les fêtes", "partial", "conseiller du premier ministre")]),
    # Guard: after "Selon X," (no word-count floor from the cue) two words are still a lead-in.
    ("Selon Paul Girard, la ministre « se trompe complètement de cible ».",
     [("se trompe complètement de cible", "partial", "Paul Girard")]),
    # Guard: four words but no verb before the quotation: a noun phrase, not a statement.
    ("D'après la députée Anne Morel, cette réforme des retraites « ne passera pas ».",
     [("ne passera pas", "partial", "Anne Morel")]),
])
def test_words_before_a_quotation_in_a_said_clause(pipeline: Pipeline, body: str,
                                                    expected: list[tuple[str, str, str]]
                                                    ) -> None:
    """``a précisé que ... « surdotées »``: the said words before the quotation are reported
    speech of the same speaker, reported with the whole clause, the quotation a partial quote
    inside it (spans overlap)."""
    quotes = french_quotes(pipeline, body)
    assert [(q.text, q.kind, q.speaker) for q in quotes] == expected
    for quote in quotes:
        assert body[quote.start:quote.end] == quote.text
