"""Issue 14: French sport reports call a coach or a player named before by the words of
their trade (``le manager``, ``le sélectionneur national X``, ``l'ancien international``,
``le Tricolore``); the quote goes to that person (real French model).

Texts are written for these tests in the house style of French, Swiss, Cameroonian and
Senegalese sport pages: the person named in the sentence before, the epithet after the
quote; and a quote whose ``le manager`` is a verb, which keeps its named speaker.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting

ROWS = [
    # "manager" read as an infinitive and "le" as its object
    ("Samedi soir, Jean-Christophe Lafargue avait la mine des mauvais jours. “On a trop parlé "
     "cette semaine, et sur le terrain on n’a pas plaqué”, a lâché le manager castelnaudais.",
     "On a trop parlé", "Jean-Christophe Lafargue"),
    # a capped player
    ("Bertrand Eyenga Nkou balaie les critiques. « Le sélectionneur n’a pas atteint les "
     "objectifs », tranche l’ancien international, 54 ans.",
     "Le sélectionneur n’a pas atteint", "Bertrand Eyenga Nkou"),
    # the national coach's role with his name, and an aside after it
    ("Du côté de la fédération, on savoure ce joli coup. « Théo est un garçon de grande "
     "qualité. Son arrivée va renforcer notre entrejeu », s'est réjoui le sélectionneur "
     "national Ousmane Kandji, qui dit avoir rencontré le joueur à deux reprises.",
     "Théo est un garçon", "Ousmane Kandji"),
    # a French international called by the team's colours
    ("Le gardien Maxime Ollivier, appelé pour la première fois en équipe de France, s'est "
     "montré plus mesuré. « On n'est pas nuls du jour au lendemain », a tempéré le Tricolore.",
     "On n'est pas nuls", "Maxime Ollivier"),
    # ... not the foreign opponent named after him
    ("Le Français Hugo Gaston a battu l'Espagnol Carlos Alcaraz en trois sets. « Je n'y "
     "croyais pas », a souri le Tricolore.", "Je n'y croyais pas", "Hugo Gaston"),
    # "le manager" as a verb inside the quotation: the incise's name speaks
    ("« Il faut le manager autrement, il a besoin de confiance », a expliqué Paul Girard.",
     "Il faut le manager autrement", "Paul Girard"),
]


@pytest.mark.parametrize(("body", "start", "speaker"), ROWS)
def test_french_sport_epithets(pipeline: Pipeline, body: str, start: str,
                               speaker: str) -> None:
    """The quote starting with ``start`` is ``speaker``'s."""
    quote = french_quote_starting(pipeline, body, start)
    assert quote.speaker == speaker, quote
