"""Issue 14: a French periphrasis for an office (``le membre du gouvernement``, ``le
représentant de l'État``) is the holder of that office named before (real French model).

Texts written for these tests in the styles of a Yaoundé daily, a Réunion paper and a Paris
wire, with the neighbours: another official named between, an indefinite ``un membre du
gouvernement`` (an unnamed source), no one titled with the office.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting

ROWS = [
    # Yaoundé: the minister, then a regional official, then the periphrasis
    ("Le ministre de la Santé publique, Dr Samuel Mbarga Ondoua, a lancé la campagne. Le "
     "délégué régional, Paul Essomba, a détaillé le dispositif. « Ce sont des chiffres "
     "inacceptables », a déclaré le membre du gouvernement.",
     "Ce sont des chiffres inacceptables", "Samuel Mbarga Ondoua"),
    # Réunion: the prefect, then a mayor, then the State's man
    ("Le préfet de La Réunion, Laurent Dumont-Rivière, a annoncé l'alerte rouge. Le maire de "
     "Saint-Denis, Gilbert Técher, a fermé les écoles. « Personne ne doit sortir ce soir », a "
     "martelé le représentant de l'État.",
     "Personne ne doit sortir ce soir", "Laurent Dumont-Rivière"),
    # Paris wire: the minister named bare with her title, a deputy quoted between
    ("La ministre du Travail, Sophie Marchand-Lévy, a reçu les syndicats. Le député Paul "
     "Fabre a dénoncé « une mascarade ». « Le dialogue n'est pas rompu », a assuré la membre "
     "du gouvernement.",
     "Le dialogue n'est pas rompu", "Sophie Marchand-Lévy"),
    # guard: "un membre du gouvernement" is an unnamed source, not the minister
    ("Le ministre de l'Économie, Karim Benslimane, a présenté le budget. « Il faudra des "
     "économies », confie un membre du gouvernement.",
     "Il faudra des économies", "membre du gouvernement"),
    # guard: no one titled minister before: the phrase, as before
    ("Le maire de Garoua, Ahmadou Bello, a reçu la délégation. « Nous reviendrons », a déclaré "
     "le membre du gouvernement.",
     "Nous reviendrons", "membre du gouvernement"),
]


@pytest.mark.parametrize(("body", "start", "speaker"), ROWS)
def test_office_periphrases(pipeline: Pipeline, body: str, start: str, speaker: str) -> None:
    """The quote starting with ``start`` is the office holder's (or the phrase's)."""
    quote = french_quote_starting(pipeline, body, start)
    assert quote.speaker == speaker, quote
