"""French bodies' names the small model cuts are made whole: ``Haut``/``Haute`` before a
body's word, public bodies' first words (``Mutualité``, ``Plateforme``, ``Délégation``), a
place or a body's name with a link in it closing the name (``de Côte d'Ivoire``, ``des
Nations unies``), and ``ministère des`` / ``délégation régionale des`` before a domain the
model read alone: :mod:`newswire.nlp.entities.french.orgnames_fr` (real model; sentences
written for these tests, none copied from a set)."""

from __future__ import annotations

import pytest

from newswire.nlp.entities.extract import extract_entities
from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting


@pytest.mark.parametrize(("body", "quote", "speaker"), [
    ("Le Haut Conseil pour le climat juge que l'effort reste « très insuffisant pour "
     "2030 ».",
     "très insuffisant", "Haut Conseil pour le climat"),
    ("Le Haut Commissariat au plan estime que la croissance restera « modeste cette "
     "année ».",
     "modeste", "Haut Commissariat au plan"),
    ("L'Union des producteurs de coton de Côte d'Ivoire a dénoncé « une campagne ratée "
     "de bout en bout ».",
     "une campagne", "Union des producteurs de coton de Côte d'Ivoire"),
    ("La Mutualité française estime que la réforme est « mal calibrée pour les "
     "retraités ».",
     "mal calibrée", "Mutualité française"),
    ("Le ministère des Comptes publics a indiqué que la mesure serait « temporaire et "
     "ciblée ».",
     "temporaire", "ministère des Comptes publics"),
    ("D'après la délégation provinciale des Affaires religieuses, les prêches ont été "
     "« adaptés à la campagne de vaccination ».",
     "adaptés", "délégation provinciale des Affaires religieuses"),
    # Guards, as before: envoys and a company's management are not the body named after them,
    ("La délégation de l'Union européenne a quitté Dakar mardi en promettant « un appui "
     "rapide aux sinistrés ».",
     "un appui", "Union européenne"),
    ("La direction de Renault a indiqué que l'usine resterait « ouverte jusqu'en 2030 ».",
     "ouverte", "Renault"),
    # and a capitalised ``Haut`` opening a sentence is no body.
    ("Haut de plus de trente mètres, le pont sera « fermé six mois », a indiqué le maire, "
     "Paul Morel.",
     "fermé", "Paul Morel"),
])
def test_cut_body_names_are_made_whole(pipeline: Pipeline, body: str, quote: str,
                                       speaker: str) -> None:
    """The speaker of a quote said by a body whose name the model cut."""
    assert french_quote_starting(pipeline, body, quote).speaker == speaker


@pytest.mark.parametrize(("body", "quote", "speaker"), [
    # ``Cour`` and its lower-case domain (base55: ``Cour``, then no speaker).
    ("Dans son rapport annuel publié mercredi, la Cour des comptes juge la dépense « mal "
     "maîtrisée ».", "mal maîtrisée", "Cour des comptes"),
    ("La Cour de cassation a rejeté le pourvoi. Elle estime que « le droit a été "
     "correctement appliqué ».", "le droit", "Cour de cassation"),
    # Guards: a lower-case ``cour`` is a yard; a woman named Cour keeps her name; a
    # courtyard's name (review55 F9) speaks for no one, the organiser named after it does.
    ("Dans la cour de l'école, la directrice Anne Cour a lancé : « Rentrez vite ! »",
     "Rentrez", "Anne Cour"),
    ("Le concert aura lieu dans la Cour carrée du Louvre samedi soir. « Ce lieu est "
     "magique », confie l'organisateur, Marc Lenoir.", "Ce lieu", "Marc Lenoir"),
])
def test_a_court_keeps_its_domain(pipeline: Pipeline, body: str, quote: str,
                                  speaker: str) -> None:
    """A court named ``Cour`` + its domain speaks under its whole name."""
    assert french_quote_starting(pipeline, body, quote).speaker == speaker


@pytest.mark.parametrize(("body", "name", "label"), [
    ("Dans son rapport, la Cour des comptes juge la dépense mal maîtrisée.",
     "Cour des comptes", "ORG"),
    ("La Cour suprême du Canada a tranché jeudi, après la Cour d'appel du Québec.",
     "Cour suprême du Canada", "ORG"),
    # review55 F9: a courtyard and a sentence's first noun are no court.
    ("Le concert aura lieu dans la Cour carrée du Louvre samedi soir.", "Cour carrée du Louvre",
     "GPE"),
    ("Cour de récréation fermée, élèves confinés : l'école Jules-Ferry vit au rythme des "
     "alertes.", "Cour de récréation fermée", None),
])
def test_only_a_court_is_made_an_organisation(pipeline: Pipeline, body: str, name: str,
                                              label: str | None) -> None:
    """``Cour`` + a court's domain is an ORG; a courtyard or a common noun is not."""
    nlp = pipeline.models.full("fr")
    found = {e.name: e.type for e in extract_entities(nlp(""), nlp(body))}
    assert found.get(name) == label
