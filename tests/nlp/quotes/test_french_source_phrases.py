"""The phrase a French unnamed source speaks as: it keeps its possessive (``son cabinet``,
``nos informations``), a regional body keeps its place (``l'agence régionale de santé
Nouvelle-Aquitaine``), ``l'intersyndicale`` is neither an object nor one of its unions,
``De source judiciaire, ...`` reports the rest of its sentence, and ``parle d’“un ...”``
quotes though the tokenizer glued the mark to the word."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # "Selon nos informations": the newsroom's own reporting, not "informations".
    ("Le club a limogé son entraîneur mardi. Selon nos informations, le président a réuni "
     "les joueurs avant de « trancher dans le vif ».",
     [("le président a réuni les joueurs avant de « trancher dans le vif »",
       "nos informations", "group"),
      ("trancher dans le vif", "nos informations", "group")]),
    # "Son cabinet": whose cabinet it is stays in the phrase.
    ("Le ministre n'a pas souhaité réagir. Son cabinet a toutefois indiqué qu'« une réunion "
     "serait convoquée la semaine prochaine ».",
     [("réagir", "ministre", "person"),
      ("une réunion serait convoquée la semaine prochaine", "Son cabinet", "organization")]),
    # A regional agency named by its sort and then its region, with no preposition.
    ("Contactée, l'agence régionale de santé Nouvelle-Aquitaine assure avoir mis en place "
     "« un dispositif sécurisé et coordonné ».",
     [("avoir mis en place « un dispositif sécurisé et coordonné »",
       "agence régionale de santé Nouvelle-Aquitaine", "organization"),
      ("un dispositif sécurisé et coordonné",
       "agence régionale de santé Nouvelle-Aquitaine", "organization")]),
    # The acronym in brackets between the sort and the region: the name as printed.
    ("L’agence régionale de santé (ARS) Provence-Alpes-Côte d’Azur dit suivre la situation "
     "“avec attention”. Dans un communiqué, elle rappelle avoir débloqué “une enveloppe de "
     "4,2 millions d’euros” pour les urgences.",
     [("avec attention", "agence régionale de santé (ARS) Provence-Alpes-Côte d’Azur",
       "organization"),
      ("une enveloppe de 4,2 millions d’euros",
       "agence régionale de santé (ARS) Provence-Alpes-Côte d’Azur", "organization")]),
    # "prévient l'intersyndicale": the adjective the parse made an object is the inverted
    # subject, and the unions' common front is none of the unions it gathers.
    ("L'intersyndicale, qui réunit le SNES-FSU, le SE-Unsa et la CGT Educ'action, a appelé "
     "à la grève mardi. \"On ne se contentera pas d'une délégation reçue pendant une "
     "heure\", prévient l'intersyndicale dans un texte commun.",
     [("la grève mardi", "intersyndicale", "organization"),
      ("On ne se contentera pas d'une délégation reçue pendant une heure", "intersyndicale",
       "organization")]),
    # "De source judiciaire, ...": the phrase opens the sentence as "selon" would.
    ("La victime avait une fille et un neveu. De source judiciaire, ce dernier a été entendu "
     "mercredi, sans être placé en garde à vue à ce stade.",
     [("ce dernier a été entendu mercredi, sans être placé en garde à vue à ce stade",
       "source judiciaire", "person")]),
    # "parle d’“un ...”": the tokenizer glued the elided "de" and the mark to the word.
    ("Le président Grégoire Deblock a reçu la presse mardi. Il a parlé d’“un choix "
     "douloureux, mais indispensable”.",
     [("un choix douloureux, mais indispensable", "Grégoire Deblock", "person")]),
])
def test_french_source_phrases(pipeline: Pipeline, body: str,
                               expected: list[tuple[str, str | None, str]]) -> None:
    """Each quote's speaker and kind when the source is a French body's or group's phrase."""
    assert [(q.text, q.speaker, q.speaker_kind)
            for q in french_quotes(pipeline, body)] == expected


@pytest.mark.parametrize(("body", "speaker"), [
    # A bracketed acronym with no place after it still ends the phrase.
    ("La direction départementale des territoires (DDT) estime que « la sécheresse "
     "menace les nappes du département ».", "direction départementale des territoires"),
])
def test_acronym_without_place_ends_the_phrase(pipeline: Pipeline, body: str,
                                               speaker: str) -> None:
    """``(DDT)`` with no place after it is no part of the body's phrase."""
    assert [q.speaker for q in french_quotes(pipeline, body)] == [speaker]



@pytest.mark.parametrize("body", [
    # "l'eau de source" is spring water: no source, no report.
    "Elle ne boit que de l'eau de source depuis des années.",
])
def test_spring_water_is_no_source(pipeline: Pipeline, body: str) -> None:
    """``de source`` on a noun is no ``selon``: nothing is reported."""
    assert french_quotes(pipeline, body) == []
