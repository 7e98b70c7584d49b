"""Issue 14: the holder of a French office set off after it behind an article and a rank
(``a déclaré le directeur général du port, le contre-amiral X``, ``la porte-parole de la
gendarmerie, la sergente X``) is the speaker, not the office's phrase nor the person named
before (:mod:`newswire.nlp.quotes.roles.ranked_names_fr`,
:mod:`newswire.nlp.entities.french.ranks_fr`).

Sentences written for these tests in several outlets' styles (a Breton regional daily, a
Haitian daily, a Cameroonian daily, a Congolese weekly, a Swiss regional page, a Québec
daily, a Senegalese sports site, a Basque regional daily, a national weekly); names
invented.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting

HOLDERS = [
    # A Breton daily: the navy's rank, a negation in the quote (base: no speaker).
    ("« Aucun navire n'a été bloqué », a indiqué le commandant de la zone maritime, le "
     "contre-amiral Éric Lavergne.", "Aucun navire", "Éric Lavergne"),
    # A Haitian daily: ``l'agent``, the name typed an organisation by the model.
    ("« Les patrouilles seront renforcées », a assuré le porte-parole de la police nationale, "
     "l'agent Jean-Robert Alexis.", "Les patrouilles", "Jean-Robert Alexis"),
    # A Cameroonian daily: the office's complement runs on (``pour l'Extrême-Nord``).
    ("« Il faut que chacun se fasse vacciner », a insisté le délégué régional de la Santé pour "
     "l'Extrême-Nord, le Dr Paul Ndjock Mbarga.", "Il faut que chacun", "Paul Ndjock Mbarga"),
    # A Congolese weekly: a possessive office, the clergy's ``l'abbé``.
    ("« Nous ne céderons rien », a martelé son coordonnateur diocésain, l'abbé Léonard Mukendi "
     "Kasongo.", "Nous ne céderons", "Léonard Mukendi Kasongo"),
    # A Swiss regional page: a two-word rank (``adjudant-chef``).
    ("« La situation est sous contrôle », a déclaré le chef de la brigade, l'adjudant-chef "
     "Thierry Lambert.", "La situation", "Thierry Lambert"),
    # A person named with a title before: the office after is the lieutenant's, not his.
    ("Le maire Jean Dupont a ouvert la réunion publique. « La route ne sera pas rouverte avant "
     "lundi », a assuré le commandant de la brigade de Saint-Flour, le lieutenant Marc Girard.",
     "La route", "Marc Girard"),
    # A Québec daily: ``la sergente``, the name a MISC to the model.
    ("« Le suspect était connu de nos services », a précisé la porte-parole de la "
     "gendarmerie, la sergente Marie-Ève Gagnon.", "Le suspect", "Marie-Ève Gagnon"),
    # A Beninese daily: ``l'Honorable`` (a deputy's) with a capital, a later pronoun.
    ("Le secrétaire général du parti, l’Honorable Bienvenu Agossa Zinsou, juge le délai "
     "insuffisant. « Certains villages sont à trente kilomètres », a-t-il ajouté.",
     "Certains villages", "Bienvenu Agossa Zinsou"),
    # review51: a subject headed by its capitalised rank (a Sahel daily).
    ("Le Général de brigade Yacouba Sanogo a affirmé que « la zone est sécurisée ».",
     "la zone est sécurisée", "Yacouba Sanogo"),
    # A Senegalese sports site: a bare name then a circumstance (the parse splits there).
    ("« Nous voulons la CAN », a lancé le sélectionneur des Lions, Aliou Cissé, en "
     "conférence de presse.", "Nous voulons", "Aliou Cissé"),
    # A Basque regional daily: a player's position and a place's adjective, bare name.
    ("« On n'a jamais lâché », a raconté le capitaine bayonnais, Xavier Etcheverry, encore "
     "essoufflé.", "On n'a jamais", "Xavier Etcheverry"),
]

NOT_HOLDERS = [
    # A ranked name in a clause on the speaker (``qui a remercié``): not the speaker's.
    ("« Nous avons arrêté deux hommes », a indiqué le procureur de la République, qui a "
     "remercié le commandant du groupement, le colonel Paul Girard.", "Nous avons arrêté",
     "procureur de la République"),
    # The ranked name runs into a clause of its own (``ayant quitté``): no apposition.
    ("« La saison sera longue », a prévenu l'adjoint du gouverneur, le colonel Ali Maïga "
     "ayant quitté la région.", "La saison", "adjoint du gouverneur"),
    # A rank after ``et`` and a preposition: someone beside the speaker.
    ("« Les résultats seront publiés lundi », a annoncé le recteur, entouré du doyen et du "
     "professeur Jean Kaboré.", "Les résultats", "recteur"),
    # A bare name after another person's noun: that person's name, not the entourage's
    # (the phrase as base51 gives it, never the minister).
    ("« Il n'y aura pas de coupes », assure l'entourage de la ministre, Corinne Valadier.",
     "Il n'y aura pas", "entourage de la ministre, Corinne Valadier"),
    # After ``selon``, a ranked name set off before a verb is the news, not the source.
    ("Selon le porte-parole de l'armée, le général Salifou Maïga, limogé mardi, a quitté le "
     "pays. « Tout est calme », a-t-il ajouté.", "Tout est calme", "porte-parole de l'armée"),
    # A rank and no name: the office's phrase.
    ("« Tout le monde a été évacué », a déclaré le porte-parole des pompiers, le capitaine.",
     "Tout le monde", "porte-parole des pompiers"),
]


@pytest.mark.parametrize(("body", "start", "speaker"), HOLDERS)
def test_holder_set_off_with_a_rank_speaks(pipeline: Pipeline, body: str, start: str,
                                           speaker: str) -> None:
    """The name set off after the office behind an article and a rank is the speaker."""
    assert french_quote_starting(pipeline, body, start).speaker == speaker


@pytest.mark.parametrize(("body", "start", "speaker"), NOT_HOLDERS)
def test_rank_outside_the_office_apposition_holds_nothing(pipeline: Pipeline, body: str,
                                                          start: str, speaker: str) -> None:
    """A ranked name not set off right after the office does not hold it."""
    assert french_quote_starting(pipeline, body, start).speaker == speaker
