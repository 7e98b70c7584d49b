"""A French counted group speaks as the group: ``plusieurs centaines d'agriculteurs``."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # The drought seed's lead.
    ("VALENCE – Réunis mardi devant la préfecture de la Drôme, à Valence, plusieurs centaines "
     "d'agriculteurs ont demandé à l'État un plan d'aide d'urgence face à une sécheresse qui "
     "dure depuis le mois de mai.", ("agriculteurs", "group")),
    ("Des dizaines d'habitants ont déclaré que l'eau était coupée depuis trois jours.",
     ("habitants", "group")),
    ("Une centaine de manifestants ont dénoncé la fermeture de l'usine de Florange.",
     ("manifestants", "group")),
    ("La plupart des médecins estiment que la réforme arrive trop tard.",
     ("médecins", "group")),
    # Guard: a group without a count keeps its quantifier.
    ("Des experts estiment que la réforme arrive trop tard.", ("Des experts", "group")),
])
def test_counted_group_speaks(pipeline: Pipeline, body: str,
                              expected: tuple[str, str]) -> None:
    """The speaker of a count of people (``centaines de``, ``la plupart des``) is the people."""
    [quote] = [q for q in french_quotes(pipeline, body) if q.kind == "indirect"]
    assert (quote.speaker, quote.speaker_kind) == expected
