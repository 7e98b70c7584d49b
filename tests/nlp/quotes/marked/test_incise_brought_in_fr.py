"""Issue 14: a French incise pronoun (``confie-t-il``) after a sentence bringing in an
unnamed person (``un technicien de la station, qui a requis l'anonymat, raconte ...``)
stands for that person, not for the one quoted before (real French model;
:func:`newswire.nlp.quotes.marked.incise_pronouns_fr.goes_on_from`).

Sentences are written for these tests; names are invented.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting

ROWS = [
    ("« Nous allons réorganiser le service », a déclaré Paul Girard, directeur régional. À "
     "Moncton, un technicien de la station, qui a requis l'anonymat parce qu'il n'est pas "
     "autorisé à parler, raconte l'ambiance dans l'équipe. « Il y a des gens qui pleuraient "
     "à la réunion », confie-t-il.", "Il y a des gens", "technicien de la station"),
    ("« Nous allons réorganiser le service », a déclaré Paul Girard, directeur régional. Un "
     "joueur cadre, qui a requis l'anonymat, se montre plus critique. « Il y avait un "
     "problème de communication depuis un moment », confie-t-il.", "Il y avait un problème",
     "joueur cadre"),
    # Guard: an indefinite subject that names no person brings no one in.
    ("« Personne ne nous parle des risques », lance le président de l'association, Michel "
     "Garnier. L'ancien ouvrier évoque une usine voisine où une fuite de gaz avait blessé "
     "deux salariés. « Ce n'est pas une hypothèse d'école », insiste-t-il.",
     "Ce n'est pas une hypothèse", "Michel Garnier"),
    # Guard: with no one brought in, the incise goes on from the one quoted before.
    ("« Nous allons réorganiser le service », a déclaré Paul Girard, directeur régional. Le "
     "plan sera présenté lundi aux salariés. « Personne ne sera licencié », a-t-il ajouté.",
     "Personne ne sera licencié", "Paul Girard"),
]


@pytest.mark.parametrize(("body", "start", "speaker"), ROWS)
def test_incise_brought_in_fr(pipeline: Pipeline, body: str, start: str, speaker: str) -> None:
    """The quote starting with ``start`` is ``speaker``'s."""
    quote = french_quote_starting(pipeline, body, start)
    assert quote.speaker == speaker, quote
