"""Issue 14: ``Contacté par 20 Minutes, un porte-parole ... assure que "..."`` and ``Joint
par téléphone, le Pr X estime ...``: the source after the participle's comma speaks, not
the participle the parse took for a name (real French model).

Texts are written for these tests in the house style of French and Guinean papers; and a
sentence whose participle opens no aside, which keeps its named subject.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting

ROWS = [
    ("Le rectorat préfère parler d'ajustements. Contacté par 20 Minutes, un porte-parole de "
     "l'académie assure que \"le taux d'encadrement continuera de s'améliorer à la rentrée\".",
     "le taux d'encadrement", "porte-parole de l'académie"),
    ("Joint par téléphone, le Pr Mamadou Kaba Diallo, enseignant de droit, estime que le débat "
     "est légitime. « Sans fichier fiable, il n'y a pas d'élection crédible », a-t-il expliqué.",
     "Sans fichier fiable", "Mamadou Kaba Diallo"),
    ("Contactée par Le Soir, la ministre Caroline Désir affirme que « rien n'est décidé ».",
     "rien n'est décidé", "Caroline Désir"),
    # no participle: the named subject speaks as before
    ("Le directeur, Paul Girard, joint par téléphone, assure que « tout sera prêt en juin ».",
     "tout sera prêt en juin", "Paul Girard"),
]


@pytest.mark.parametrize(("body", "start", "speaker"), ROWS)
def test_french_contacted_sources(pipeline: Pipeline, body: str, start: str,
                                  speaker: str) -> None:
    """The quote starting with ``start`` is ``speaker``'s."""
    quote = french_quote_starting(pipeline, body, start)
    assert quote.speaker == speaker, quote
