"""``laisser entendre que`` reports what someone implies
(:mod:`newswire.nlp.quotes.fr_parse.implied_fr`)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    ("Le directeur a laissé entendre que deux fermetures pourraient être retirées d'ici au "
     "vote.",
     [("que deux fermetures pourraient être retirées d'ici au vote", "indirect", "directeur")]),
    # "laisse" badly lemmatised; an adverb between "laissent" and "entendre".
    ("Son entourage laisse entendre qu'une abstention reste possible.",
     [("qu'une abstention reste possible", "indirect", "Son entourage")]),
    ("Plusieurs organisations laissent déjà entendre que le dossier finira devant le "
     "tribunal.",
     [("que le dossier finira devant le tribunal", "indirect", "Plusieurs organisations")]),
    # Guard: without "que", "laisser entendre" lets a sound be heard and says nothing.
    ("Les manifestants ont laissé entendre leur colère devant la mairie.", []),
])
def test_laisser_entendre(pipeline: Pipeline, body: str,
                          expected: list[tuple[str, str, str | None]]) -> None:
    """The ``que`` clause of ``laisser entendre`` is reported speech of its subject."""
    quotes = french_quotes(pipeline, body)
    assert [(q.text, q.kind, q.speaker) for q in quotes] == expected
