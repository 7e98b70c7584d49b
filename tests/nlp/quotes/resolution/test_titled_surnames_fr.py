"""A French speaker written as a title and a surname is the person named in full with that
surname (:mod:`newswire.nlp.quotes.resolution.titled_surnames_fr`). Texts are written for
these tests in the styles of a Montréal daily, a Mauricie daily's health page, a Québec
court report and an Abidjan sports page; names are invented."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting


@pytest.mark.parametrize(("body", "start", "speaker"), [
    # "soupire Mme Thibodeau": the model's span takes the honorific in.
    ("« Je suis à bout », a écrit Mélissa Thibodeau dans une publication Facebook.\n\n"
     "Plusieurs infirmières disent avoir quitté le réseau public. « J'ai des amies qui sont "
     "rendues agentes immobilières », soupire Mme Thibodeau.",
     "J'ai des amies", "Mélissa Thibodeau"),
    # Neighbour (base53 read it already; the rule must keep it): "La Dre Bouchard-Gill
    # assure", the surname read as a place, then "a-t-elle promis".
    ("« On ne la prend pas de gaieté de cœur », a affirmé la présidente-directrice générale "
     "adjointe de l'établissement, Dre Nadia Bouchard-Gill, en point de presse.\n\nLa Dre "
     "Bouchard-Gill assure que l'objectif demeure la réouverture complète. « Notre but, c'est "
     "de rouvrir la nuit », a-t-elle promis.",
     "Notre but", "Nadia Bouchard-Gill"),
    # "l'agent Pagé": no name found, the rank and surname were the speaker's phrase.
    ("Un reconstitutionniste de la police de Montréal, l'agent Mathieu Pagé, avait témoigné "
     "plus tôt.\n\n« Elle était visible dans le miroir convexe », a affirmé l'agent Pagé, en "
     "s'appuyant sur une vidéo.",
     "Elle était visible", "Mathieu Pagé"),
    # A title in full before a full name is left out of it.
    ("Le secrétaire général de la FIF, Maître Ange-Olivier Koné, a par ailleurs annoncé la "
     "billetterie. « Nous voulons un stade plein », a-t-il lancé.",
     "Nous voulons un stade plein", "Ange-Olivier Koné"),
    # Held: two people of the surname (the title's gender picks), a lawyer's "Me", a rank
    # read already, a resident named by her surname only.
    ("Jean Dupont et sa femme, Claire Dupont, tiennent la boulangerie depuis 30 ans. « On ne "
     "partira pas », assure Mme Dupont.", "On ne partira pas", "Claire Dupont"),
    ("« La preuve est accablante », a plaidé Me Sophie Leduc devant le jury. Plus tard, Me "
     "Leduc a ajouté que « l'accusé a menti ».", "l'accusé a menti", "Sophie Leduc"),
    ("L'inspecteur Karim Haddad a témoigné jeudi. « Nous avons retrouvé l'arme », a déclaré "
     "l'inspecteur Haddad.", "Nous avons retrouvé l'arme", "Karim Haddad"),
    ("« Il faut agir vite », estime Mme Roy, une résidente du quartier.",
     "Il faut agir vite", "Roy"),
    # review53's M6: an honorific of the other gender than the person of that surname is
    # someone else (a mother, a father), who speaks as written.
    ("Kevin Tremblay, 19 ans, est mort dans l'accident. Sa famille était présente à la "
     "cérémonie.\n« Il était si doux », a soufflé Mme Tremblay, la voix brisée.",
     "Il était si doux", "Mme Tremblay"),
    ("Julie Roy a été élue mairesse de Sainte-Luce dimanche. « Je suis fier d'elle », a confié "
     "M. Roy, la voix nouée.", "Je suis fier d'elle", "M. Roy"),
])
def test_a_titled_surname_is_the_person_named_in_full(
        pipeline: Pipeline, body: str, start: str, speaker: str) -> None:
    """The quote starting with ``start`` is ``speaker``'s."""
    assert french_quote_starting(pipeline, body, start).speaker == speaker
