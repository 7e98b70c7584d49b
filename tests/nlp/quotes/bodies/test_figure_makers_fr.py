"""French figures ``de`` a body or made ``par`` a body speak as that body (``selon les
chiffres présentés par l'ADF``); a report or a study keeps its phrase, and figures of a
country or of no named body stay as before: :mod:`newswire.nlp.quotes.bodies.figure_makers_fr`
(real model; sentences written for these tests, none copied from a set)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting


@pytest.mark.parametrize(("body", "quote", "speaker"), [
    # Made ``par`` a body (was "chiffres présentés par l'ADF").
    ("Les dépenses sociales des départements explosent. Elles ont « progressé de 18 % en "
     "trois ans », selon les chiffres présentés par l'ADF.",
     "progressé", "ADF"),
    # ``réalisé par`` a body set off by its acronym (was "relevé réalisé par ...").
    ("La pénurie d'enseignants s'aggrave. Selon un relevé réalisé par la Fédération des "
     "associations de directions d'écoles secondaires (Fades), 1 437 heures restaient « sans "
     "professeur » en novembre.",
     "1 437", "Fédération des associations de directions d'écoles secondaires"),
    # A bare noun of a body (was "estimations de la direction").
    ("Le trafic sera perturbé. Près de « 20.000 passagers » pourraient être touchés, selon "
     "les estimations de la direction.",
     "Près de", "direction"),
    # Guards, as before the rule: a body described at length keeps its figures' phrase ...
    ("Les glaciers fondent. Selon le bilan annuel du réseau suisse de mesure des glaciers, "
     "ils ont « perdu 3 % de leur volume ».",
     "perdu", "bilan annuel du réseau suisse de mesure des glaciers"),
    # ... a report keeps its phrase ...
    ("Le Sénat s'inquiète des retards. Un rapport du Sénat estime que le chantier « ne sera "
     "pas livré avant 2031 ».",
     "ne sera pas", "rapport du Sénat"),
    # ... and figures of a country are no body's.
    ("Les loyers flambent. Ils ont « augmenté de 4 % en un an », selon les chiffres de la "
     "France.",
     "augmenté", "chiffres de la France"),
])
def test_figures_speak_as_their_maker(pipeline: Pipeline, body: str,
                                      quote: str,
                                      speaker: str) -> None:
    """The speaker of a quote given by figures, with and without a body that made them."""
    assert french_quote_starting(pipeline, body, quote).speaker == speaker
