"""A bare French ``la direction`` speaks as the management it is, never as a ministry, a
regulator or an employers' body named before it; ``la direction de X`` stays X's."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "speakers"), [
    # A ministry named in between is not the company's management.
    ("Le groupe Ferronnet va fermer son usine de Hayange. Le ministère de l'Industrie a dit "
     "suivre le dossier « avec attention ». La direction a indiqué que les négociations sur "
     "le plan de sauvegarde de l'emploi débuteraient en janvier.",
     ["ministère de l'Industrie", "direction"]),
    # An agency whose name holds the word is no match either.
    ("La Direction générale de l'aviation civile (DGAC) a demandé aux compagnies de réduire "
     "leurs vols. Chez Aérolis, la direction parle d'un « outil de reconquête commerciale ».",
     ["direction"]),
])
def test_bare_direction_speaks_as_management(pipeline: Pipeline, body: str,
                                             speakers: list[str]) -> None:
    """The speakers of quotes whose source is a bare ``la direction``."""
    assert [q.speaker for q in french_quotes(pipeline, body)] == speakers
