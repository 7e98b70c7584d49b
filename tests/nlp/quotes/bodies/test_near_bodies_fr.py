"""A bare French noun of a body's kind (``L'association``, ``l'institution``,
``L'organisation``, and ``elle`` after it) is the organisation named in its sentence or the
one before, whatever that name's role there; a noun that says which body it is, a body named
at a place, one named further back or of another sort stays as before:
:mod:`newswire.nlp.quotes.bodies.near_bodies_fr` (real model; sentences written for these
tests, none copied from a set)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting


@pytest.mark.parametrize(("body", "quote", "speaker"), [
    # The name as the object of a ``de`` phrase in the sentence before (was "association").
    ("Une version que conteste la section lyonnaise de la Ligue des droits de l'homme. "
     "L'association, qui suit les contrôles depuis 2019, estime que « rien n'a changé sur le "
     "terrain ».",
     "rien n'a", "Ligue des droits de l'homme"),
    # ``elle`` after ``L'organisation``: the body, not the bare noun (was "organisation").
    ("La Confédération des planteurs de café a salué la mesure mardi. L'organisation demande "
     "toutefois au ministère de « renforcer les contrôles », qu'elle accuse d'être « trop "
     "rares ».",
     "trop rares", "Confédération des planteurs de café"),
    # Guards, as before the rule: a union named before is no company ...
    ("La CGT a appelé à la grève lundi. L'entreprise estime que le mouvement « n'est pas "
     "justifié ».",
     "n'est pas", "entreprise"),
    # ... a name set off beside a title and a negation change nothing ...
    ("Le Syndicat national des journalistes (SNJ) a dénoncé le plan. Interrogé, son "
     "secrétaire général, Paul Morel, n'a pas souhaité commenter. Le syndicat ne juge pas "
     "« acceptable » la suppression de 40 postes.",
     "acceptable", "Syndicat national des journalistes"),
    # ... a body named at a place is where things happen, not the one spoken of ...
    ("Les familles ont été retenues au centre de rétention administrative (CRA) de Mayotte. "
     "L'association affirme que des enfants « ont dormi à même le sol ».",
     "ont dormi", "association"),
    # ... and a town is no association.
    ("Les habitants de Marseille s'inquiètent. La ville assure que les digues « tiendront ».",
     "tiendront", "Marseille"),
    # ``La majorité``, ``L'opposition municipale``: a camp, never the body named before.
    ("La Banque mondiale a publié un rapport sévère. Le député Amadou Diallo a dénoncé un "
     "impôt « injuste ». La majorité lui a répondu que la mesure « serait évaluée dans un "
     "an ».",
     "serait évaluée", "majorité"),
    ("Le tarif du repas va augmenter en janvier, a annoncé la Caisse des écoles. L'opposition "
     "municipale dénonce « un racket sur les familles ».",
     "un racket", "opposition municipale"),
])
def test_bare_body_noun_speaks_as_the_body_named_before(pipeline: Pipeline, body: str,
                                                        quote: str,
                                                        speaker: str) -> None:
    """The speaker of a quote whose subject is a bare noun of a body's kind."""
    assert french_quote_starting(pipeline, body, quote).speaker == speaker
