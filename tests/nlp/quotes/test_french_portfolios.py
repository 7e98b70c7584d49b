"""French ministries named by a list of portfolios speak under their whole name."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # A portfolio's lower-case adjective is part of the ministry's name.
    ("Le ministère de la Santé publique a indiqué que la campagne « a permis de vacciner "
     "plus de deux millions d'enfants ».",
     "ministère de la Santé publique"),
    # Portfolios joined by commas and a last "et" are one ministry, not two bodies.
    ("Le ministère de l'Agriculture, des Ressources hydrauliques et de la Pêche a annoncé "
     "« l'interdiction de l'usage de l'eau potable » pour l'arrosage.",
     "ministère de l'Agriculture, des Ressources hydrauliques et de la Pêche"),
    ("Le ministère de l'Environnement, de la Lutte contre les changements climatiques, de la "
     "Faune et des Parcs assure que « son plan d'adaptation sera mis à jour ».",
     "ministère de l'Environnement, de la Lutte contre les changements climatiques, de la "
     "Faune et des Parcs"),
    # A verb of saying the tagger reads as an adjective is the sentence's, not the name's.
    ("Le ministère de l'Économie assure que le montant est « définitif et ne bougera plus ».",
     "ministère de l'Économie"),
    # What follows the name in lower case without a portfolio stays out of it.
    ("Le ministère de la Justice a précisé dans un communiqué que « les audiences "
     "reprendront lundi ».",
     "ministère de la Justice"),
])
def test_french_ministry_portfolios(pipeline: Pipeline, body: str, expected: str) -> None:
    """A ministry's quote speaks as the ministry with every portfolio of its name."""
    assert [q.speaker for q in french_quotes(pipeline, body)] == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # An adverbial phrase after the name is the sentence's ("pour sa part", "pour le
    # moment", "contre toute attente"), not a portfolio's "contre" phrase.
    ("Le ministère de l'Intérieur pour sa part a indiqué que « l'enquête se poursuit ».",
     "ministère de l'Intérieur"),
    ("Le ministère de la Santé pour le moment a indiqué que « les stocks suffisent ».",
     "ministère de la Santé"),
    ("Le ministère de l'Économie contre toute attente a déclaré que « la croissance "
     "repart ».",
     "ministère de l'Économie"),
    # "de" + a name with no article is a person or another body, never a portfolio.
    ("Le ministère de la Culture et de Rachida Dati a annoncé que « le musée rouvrira ».",
     "ministère de la Culture"),
    ("Selon le ministère de la Santé et de Santé publique France, « l'épidémie recule ».",
     "ministère de la Santé"),
])
def test_french_ministry_name_stops(pipeline: Pipeline, body: str, expected: str) -> None:
    """A ministry's name takes no adverbial phrase and no name after ``de`` without article."""
    assert [q.speaker for q in french_quotes(pipeline, body)] == [expected]
