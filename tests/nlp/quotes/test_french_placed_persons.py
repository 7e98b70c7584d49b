"""Issue 14: an unnamed French person told by where they are or what they work on (``un
participant à la réunion``, ``Un infirmier en poste à Kandi``) speaks as the whole phrase,
not as its bare noun (real French model).

Texts are written for these tests in the house style of francophone African, Belgian and
French papers: ``Selon un ...``, an unnamed person with an aside before the quote, an
inverted one after it; and a named person, whose name the rule must leave alone.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting

ROWS = [
    ("Les discussions ont duré trois heures. Selon un participant à la réunion, le gouverneur "
     "aurait promis « une mission ministérielle avant la fin de l'année ».",
     "le gouverneur aurait promis", "participant à la réunion"),
    ("La campagne avance lentement dans le nord. Un infirmier en poste à Kandi, joint par "
     "téléphone, décrit des conditions difficiles. « Certaines localités ne sont accessibles "
     "qu'à pied », explique-t-il.",
     "Certaines localités", "infirmier en poste à Kandi"),
    ("Tous ne partagent pas cet optimisme. Une fondatrice d'une jeune pousse dans l'agritech, "
     "qui a requis l'anonymat, estime que les succès masquent la réalité. « On célèbre les "
     "licornes en oubliant les autres », dit-elle.",
     "On célèbre les licornes", "fondatrice d'une jeune pousse dans l'agritech"),
    ("Les banques restent prudentes. « Les demandes de crédit ont doublé depuis janvier », "
     "reconnaît un responsable du financement des entreprises dans une grande banque de la "
     "place.", "Les demandes de crédit",
     "responsable du financement des entreprises dans une grande banque de la place"),
    # a named person keeps the name
    ("Le directeur du stade, Marc Roy, était sur place. « Les supporters à Liège ont été "
     "exemplaires », a-t-il déclaré.", "Les supporters à Liège", "Marc Roy"),
]


@pytest.mark.parametrize(("body", "start", "speaker"), ROWS)
def test_french_placed_persons(pipeline: Pipeline, body: str, start: str,
                               speaker: str) -> None:
    """The quote starting with ``start`` is ``speaker``'s."""
    quote = french_quote_starting(pipeline, body, start)
    assert quote.speaker == speaker, quote
