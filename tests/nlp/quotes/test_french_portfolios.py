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
