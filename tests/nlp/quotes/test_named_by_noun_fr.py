"""``la préfecture`` stands only for an organisation named with ``préfecture``: with none
named, it speaks by its phrase, never as another office named before."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # The only organisation named before is the OFB: the préfecture is not it.
    ("Selon lui, le préfet s'est engagé à organiser une réunion avec l'Office français de la "
     "biodiversité (OFB) avant la fin de l'année. Dans un communiqué publié en début "
     "d'après-midi, la préfecture confirme \"la volonté de l'Etat d'accompagner les éleveurs "
     "touchés\".", "préfecture"),
    # zl11 of the tuning: the agency last named is not the préfecture either.
    ("L'Agence régionale de santé recommande de laisser couler l'eau. La préfecture fait "
     "savoir qu'une réunion de suivi du plan « se tiendra lundi ».", "préfecture"),
    # Guard: a description that the OFB's name holds is still the OFB.
    ("Le préfet a organisé une réunion avec l'Office français de la biodiversité (OFB). Dans "
     "un communiqué, l'office confirme \"la volonté de l'Etat d'accompagner les éleveurs "
     "touchés\".", "Office français de la biodiversité"),
])
def test_the_prefecture_is_no_other_office(pipeline: Pipeline, body: str,
                                           expected: str) -> None:
    """``la préfecture confirme`` after the OFB alone: the préfecture, not the OFB."""
    assert [q.speaker for q in french_quotes(pipeline, body)][-1] == expected
