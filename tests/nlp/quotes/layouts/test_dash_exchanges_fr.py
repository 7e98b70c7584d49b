"""Dash lines after a French paragraph saying who questions whom alternate between the two
(:mod:`newswire.nlp.quotes.layouts.dash_exchanges_fr`; real model).

Texts are written for these tests.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes

_OPENING = ("Le procès de Julien Marchetti s'est ouvert lundi devant le tribunal correctionnel "
            "de Nancy.\n\n")
_ASKED = ("Le président du tribunal, Bernard Lacombe, a interrogé Julien Marchetti sur la "
          "soirée.\n\n")
_LINES = ("— Pourquoi êtes-vous revenu sur les lieux ?\n\n"
          "— Je voulais m'excuser. Je ne pensais pas qu'il porterait plainte.\n\n"
          "— Vous aviez bu, ce soir-là ?\n\n"
          "— Un peu, comme tout le monde.\n\n")
_LINE_TEXTS = ["Pourquoi êtes-vous revenu sur les lieux ?",
               "Je voulais m'excuser. Je ne pensais pas qu'il porterait plainte.",
               "Vous aviez bu, ce soir-là ?", "Un peu, comme tout le monde."]


@pytest.mark.parametrize(("body", "expected"), [
    (_OPENING + _ASKED + _LINES,
     ["Bernard Lacombe", "Julien Marchetti", "Bernard Lacombe", "Julien Marchetti"]),
    # Guard: no paragraph says who asks; the lines keep no speaker.
    (_OPENING + "La salle était comble pour cette première journée.\n\n" + _LINES,
     [None, None, None, None]),
])
def test_dash_exchange(pipeline: Pipeline, body: str, expected: list[str | None]) -> None:
    """An announced dash exchange alternates asker and asked, the asker first."""
    quotes = {q.text: q.speaker for q in french_quotes(pipeline, body)}
    assert [quotes.get(text, "not found") for text in _LINE_TEXTS] == expected
