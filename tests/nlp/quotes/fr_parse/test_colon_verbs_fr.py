"""Issue 14: a French verb of saying between a source set off by commas and a colon
(``Sa référente climat, Agnès Morvan, résume : « ... »``), which ``fr_core_news_sm`` takes
for a noun, introduces the quotation: the quote is that source's (real French model;
:mod:`newswire.nlp.quotes.fr_parse.colon_verbs_fr`).

Sentences are written for these tests in the house style of French regional papers; every
name is invented.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting

ROWS = [
    ("Du côté des locataires, l'association a salué un « premier pas ». Sa présidente pour la "
     "région Hauts-de-France, Sylvie Carpentier, résume : « Le loyer, c'est la première "
     "dépense des familles. »", "Le loyer", "Sylvie Carpentier"),
    ("Dans un communiqué, l'union demande un plan de sauvegarde. Sa référente climat, Agnès "
     "Morvan, résume : « On ne peut pas protéger ce qu'on ne mesure pas. »", "On ne peut pas",
     "Agnès Morvan"),
    ("La fédération demande un moratoire. Paul Girard, son référent eau, résume : « On ne "
     "peut pas stocker ce qui ne tombe pas du ciel. »", "On ne peut pas", "Paul Girard"),
    # The verb the tagger read as a verb, and a name the parse hung on the misread verb
    # (guards: the name stays the speaker).
    ("Les agriculteurs ont manifesté devant la préfecture. Leur porte-parole départemental, "
     "Julien Marchal, tranche : « Sans eau, il n'y a plus de récolte. »", "Sans eau",
     "Julien Marchal"),
    ("Le collectif a publié une lettre ouverte. Son président, Karim Benali, nuance "
     "toutefois : « Nous ne demandons pas la fermeture du site. »", "Nous ne demandons",
     "Karim Benali"),
    # Guard: a phrase opening the sentence behind a preposition ("Pour la CGT,": whose view)
    # is not the verb's subject; the source set off after it is.
    ("Pour la CGT, sa secrétaire générale, Sophie Binet, résume : « La réforme est "
     "morte ».", "La réforme", "Sophie Binet"),
]


@pytest.mark.parametrize(("body", "start", "speaker"), ROWS)
def test_colon_verbs_fr(pipeline: Pipeline, body: str, start: str, speaker: str) -> None:
    """The quote starting with ``start`` is ``speaker``'s."""
    quote = french_quote_starting(pipeline, body, start)
    assert quote.speaker == speaker, quote
