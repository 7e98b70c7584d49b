"""A French regional office of a national body speaks with its region, as the article
prints it (:mod:`newswire.nlp.quotes.bodies.regional_offices_fr`)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # Acronym in brackets, no preposition; then "L'agence" and "Selon l'ARS".
    ("Les urgences de Lesparre fermeront la nuit. Contactée, l’Agence régionale de santé (ARS) "
     "Nouvelle-Aquitaine indique dans une déclaration écrite que la fermeture est « une mesure "
     "temporaire ». L’agence précise qu’une ambulance sera positionnée la nuit.",
     {"Agence régionale de santé (ARS) Nouvelle-Aquitaine"}),
    # "de" before the region, a person named bare in the sentence before (overseas press).
    ("Marcel Lubin dénonce des coupures à répétition. L'Agence régionale de santé (ARS) de "
     "Guadeloupe a, de son côté, rappelé dans un communiqué que l'eau pouvait présenter « une "
     "turbidité temporaire ».", {"Agence régionale de santé (ARS) de Guadeloupe"}),
    # No acronym at first, the acronym alone later with a negation (regional daily style).
    ("La maternité fermera trois mois. Dans un courrier, l’Agence régionale de santé "
     "Auvergne-Rhône-Alpes a donné son feu vert. Contactée par Le Progrès, l’ARS assure que "
     "« la sécurité des patientes ne sera pas sacrifiée ».",
     {"Agence régionale de santé Auvergne-Rhône-Alpes"}),
    # A region the model leaves untagged and writes unaccented (Paris desk style).
    ("Le service fermera la nuit. Contactée, l'Agence régionale de santé (ARS) "
     "d'Ile-de-France confirme la décision. L'agence assure que les appels seront « "
     "systématiquement régulés ».", {"Agence régionale de santé (ARS) d'Ile-de-France"}),
])
def test_a_regional_office_keeps_its_region(pipeline: Pipeline, body: str,
                                            expected: set[str]) -> None:
    """Every quote of the office speaks as its printed name with its region."""
    speakers = {q.speaker for q in french_quotes(pipeline, body)}
    assert speakers == expected


@pytest.mark.parametrize(("body", "expected"), [
    # Guard: no region printed, the sort stays the speaker.
    ("Les soignants s'inquiètent. L'Agence régionale de santé assure dans un communiqué que « "
     "la continuité des soins sera garantie ».", {"Agence régionale de santé"}),
    # Guard: two regions' agencies in one story, each left as it was.
    ("L'Agence régionale de santé (ARS) Occitanie a fermé le service. L'Agence régionale de "
     "santé (ARS) Nouvelle-Aquitaine a accueilli les patients. L'ARS assure que « tout est "
     "prêt ».", {"Agence régionale de santé"}),
    # Guard: a national body with no regional sort keeps its name.
    ("La Haute Autorité de santé (HAS) Paris estime que « le dépistage doit être élargi ».",
     {"Haute Autorité de santé"}),
])
def test_an_office_without_one_region_is_left(pipeline: Pipeline, body: str,
                                             expected: set[str]) -> None:
    """A sort with no region printed, or two, and a national body, keep their names."""
    speakers = {q.speaker for q in french_quotes(pipeline, body)}
    assert speakers == expected
