"""Issue 14: a name written surname first, as the press of Côte d'Ivoire, Burkina Faso, Benin
and Togo writes it (``N'Guessan Amoin Félicité``), takes its gender from the first name at its
end, so ``elle`` finds her and not the man named before (real French model).

Texts written for these tests in the styles of an Abidjan, an Ouagadougou and a Cotonou
daily, with their neighbours: a first name first (the old reading), a name no table knows.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.base.gender import name_gender
from newswire.nlp.quotes.lexicon_fr import FRENCH
from tests.nlp.quotes.test_french import french_quote_starting


@pytest.mark.parametrize(("name", "expected"), [
    ("N'Guessan Amoin Félicité", "f"),  # surname, then her first names
    ("Dossou-Yovo Rachida", "f"),
    ("Sawadogo Boukaré Jean-Marie", "m"),
    ("Ouattara Zié Mamadou", "m"),
    ("Fatoumata Keïta", "f"),  # first name first: read as before
    ("Edem Kodjo", None),  # a name of both genders, then a day name: unknown stays unknown
    ("Ouattara Konan", None),  # a day name at the end, which no table gives a gender
])
def test_surname_first_names_give_a_gender(name: str, expected: str | None) -> None:
    """A name whose first word no table knows takes the gender of its last word."""
    assert name_gender(name, lexicon=FRENCH) == expected


ROWS = [
    # Abidjan: the university's president, a woman named surname first, after a man
    ("Le Pr Yao Kouassi Bernard, secrétaire général du syndicat, a dénoncé « un mépris ». Le "
     "président de l'université, le Pr N'Guessan Amoin Félicité, a convoqué le conseil. "
     "Dans une note aux doyens, elle demande que « les examens se tiennent à la date prévue ».",
     "les examens se tiennent", "N'Guessan Amoin Félicité"),
    # Ouagadougou: a nurse named surname first, after the minister
    ("Le ministre de la Santé, Robert Lucien Kargougou, a reçu les grévistes. La secrétaire "
     "générale du syndicat, Kaboré Salamata, est sortie déçue. « Rien n'a changé », a-t-elle "
     "confié.",
     "Rien n'a changé", "Kaboré Salamata"),
    # guard: a man named surname first stays the "il" of his own quote
    ("Mme Adjovi Rachida, présidente des revendeuses, a quitté la salle. Le maire, Hounkpatin "
     "Sèna Florent, a défendu son budget. « Nous tiendrons nos promesses », a-t-il assuré.",
     "Nous tiendrons nos promesses", "Hounkpatin Sèna Florent"),
]


@pytest.mark.parametrize(("body", "start", "speaker"), ROWS)
def test_surname_first_pronouns(pipeline: Pipeline, body: str, start: str, speaker: str) -> None:
    """The pronoun of the quote starting with ``start`` finds the person of its gender."""
    quote = french_quote_starting(pipeline, body, start)
    assert quote.speaker == speaker, quote


@pytest.mark.parametrize(("name", "expected"), [
    ("Rachid Benali", "m"), ("Amel Khelifi", "f"), ("Zakaria Bouhlal", "m"),
    ("Issoufou Mahamadou", "m"), ("Farida Ould Kaci", "f"), ("Salamata Ouédraogo", "f"),
])
def test_more_francophone_first_names(name: str, expected: str | None) -> None:
    """Common first names of the Maghreb and the Sahel the tables lacked give a gender."""
    assert name_gender(name, lexicon=FRENCH) == expected
