"""The holder's name set off at the end of an office's French ``de`` phrase
(:func:`newswire.nlp.quotes.appositions.apposed_name`; real model, texts written for these
tests)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # The parse hangs "M. Diomandé Lassina" on "Café-Cacao", the last noun of the office's
    # phrase: the director was the president named before.
    ("Le président de l'UPG, Yao Kouassi Séraphin, dénonce des abus. Joint au téléphone, le "
     "directeur régional du Conseil du Café-Cacao, M. Diomandé Lassina, reconnaît l'existence "
     "de « quelques cas » mais refuse de parler d'un phénomène généralisé.", "Diomandé Lassina"),
    # Guard: a name apposed to the office noun itself is read as before.
    ("La ministre de la Santé, Karine Doucet, a répondu que son gouvernement avait « mis de "
     "l'argent sur la table ».", "Karine Doucet"),
])
def test_a_name_closing_the_office_phrase(pipeline: Pipeline, body: str, expected: str) -> None:
    """``le directeur régional du Conseil du Café-Cacao, M. X, reconnaît``: the name set off
    at the end of the office's phrase is its holder's."""
    assert french_quotes(pipeline, body)[-1].speaker == expected
