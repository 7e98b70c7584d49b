"""French sentences closed by an inverted incise with no quotation mark
(:mod:`newswire.nlp.quotes.speech.unmarked_incises_fr`)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # The subject inverted after the verb, which the parse took for its object.
    ("Mais ces chiffres n'ont jamais été rendus publics, relèvent plusieurs observateurs.",
     [("ces chiffres n'ont jamais été rendus publics", "indirect", "plusieurs observateurs")]),
    # An auxiliary before the verb and an organisation after it.
    ("Le promoteur savait depuis deux ans que les balcons étaient fissurés, mais il n'a rien "
     "fait, a soutenu la Couronne lundi.",
     [("Le promoteur savait depuis deux ans que les balcons étaient fissurés, mais il n'a rien "
       "fait", "indirect", "Couronne")]),
    # "-t-il": the pronoun speaks for the prefect named before.
    ("Le préfet Marc Olivier a reçu les exploitants mardi. Les golfs devront réduire leur "
     "arrosage de moitié, a-t-il précisé.",
     [("Les golfs devront réduire leur arrosage de moitié", "indirect", "Marc Olivier")]),
    # Guard: a present participle after the comma is the subject's own act, not an incise
    # (the refusal is read as before).
    ("Les responsables de la mission ont refusé de commenter les opérations, invoquant des "
     "raisons de sécurité.", [("de commenter les opérations, invoquant des raisons de "
                               "sécurité", "indirect", "responsables de la mission")]),
    # Guard: a bare infinitive after the comma ends a list of acts; it is no incise.
    ("Le gouvernement veut réformer, simplifier, annoncer des mesures.", []),
    # Guard: the subject's second act; the verb's object ("la méthode") cannot speak.
    ("Elle a quitté la réunion, a dénoncé la méthode.", []),
    ("Il a rencontré les élus du département, a expliqué son projet.", []),
    # Guard: a noun set off with its participles is no statement.
    ("Le rapport de l'inspection, daté de mars et lu à l'audience, relève plusieurs "
     "irrégularités.", []),
])
def test_sentence_closed_by_an_incise(pipeline: Pipeline, body: str,
                                      expected: list[tuple[str, str, str]]) -> None:
    """``..., relèvent plusieurs observateurs.``: the sentence before an inverted incise is
    reported speech of the incise's subject."""
    quotes = [q for q in french_quotes(pipeline, body) if q.kind == "indirect"]
    assert [(q.text, q.kind, q.speaker) for q in quotes] == expected
    for quote in quotes:
        assert body[quote.start:quote.end] == quote.text
