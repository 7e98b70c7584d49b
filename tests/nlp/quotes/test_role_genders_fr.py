"""A French name whose first name no table knows takes its gender from the words beside it,
so ``elle`` skips ``Le procureur ..., Thibault Garnier`` and ``Le maire, Rachid Bensalem``."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.lexicon_fr import FRENCH
from newswire.nlp.quotes.role_genders_fr import role_genders
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # "Le procureur" makes Thibault a man; "veuve" makes Marie-Claude Thouvenin a woman.
    ("Marie-Claude Thouvenin, 71 ans, veuve, a été cambriolée en septembre. Le procureur de la "
     "République de Verdun, Thibault Garnier, l'a reçue mardi. « Ils ont pris les bijoux de ma "
     "mère. Ce n'est pas la valeur, c'est le souvenir », confie-t-elle.",
     "Marie-Claude Thouvenin"),
    ("La directrice de l'agence, Farida Kaci, a rencontré les familles. Le maire, Rachid "
     "Bensalem, était présent. « Nous ne laisserons personne sans solution », a-t-elle promis.",
     "Farida Kaci"),
    # Guard: the man named beside "Le maire" keeps the next "il".
    ("La directrice de l'agence, Farida Kaci, a rencontré les familles. Le maire, Rachid "
     "Bensalem, était présent. « Nous ne laisserons personne sans solution », a-t-il promis.",
     "Rachid Bensalem"),
])
def test_pronoun_skips_a_name_of_the_other_gender(pipeline: Pipeline, body: str,
                                                  expected: str) -> None:
    """``-elle`` goes past a man known only by the role beside his name."""
    assert french_quotes(pipeline, body)[-1].speaker == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Le procureur de la République de Verdun, Thibault Garnier, indique que les suspects "
     "seront présentés jeudi.", {"garnier": "m"}),
    ("Marie-Claude Thouvenin, 71 ans, veuve, vit seule dans une ferme à l'écart du bourg.",
     {"thouvenin": "f"}),
    ("Rachid Bensalem, directeur de l'agence, a répondu.", {"bensalem": "m"}),
    ("Samira Kaci est arrivée lundi à Alger.", {"kaci": "f"}),
    # "maire" says no gender without its article; "une ferme" is no role of hers.
    ("Rachid Bensalem, maire de la commune, vit dans une ferme.", {}),
])
def test_role_genders(pipeline: Pipeline, body: str, expected: dict[str, str]) -> None:
    """The article, the agreeing noun or participle beside a name says its gender."""
    doc = pipeline.models.full("fr")(body)
    assert role_genders([doc], FRENCH) == expected
