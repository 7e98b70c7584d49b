"""``La procureure, Mme Anne-Sophie Walter, a requis``: the name after the honorific is the
role's, though the French parse makes ``Mme`` the apposition and hangs the name on it."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    ("L'avocat, Me Frédéric Hertz, a plaidé. La procureure, Mme Anne-Sophie Walter, a requis "
     "dix-huit mois d'emprisonnement avec sursis probatoire. \"Le monde associatif repose sur "
     "la confiance. Quand un bénévole trahit cette confiance, c'est tout un réseau de "
     "solidarité qu'il abîme\", a-t-elle déclaré dans ses réquisitions.", "Anne-Sophie Walter"),
    # Without the honorific the name was already the role's.
    ("L'avocat, Me Frédéric Hertz, a plaidé. La procureure, Anne-Sophie Walter, a requis "
     "dix-huit mois d'emprisonnement avec sursis probatoire. \"Le monde associatif repose sur "
     "la confiance\", a-t-elle déclaré.", "Anne-Sophie Walter"),
])
def test_role_with_an_honoured_name(pipeline: Pipeline, body: str, expected: str) -> None:
    """The role's subject and the next ``elle`` are the woman named after ``Mme``."""
    assert {q.speaker for q in french_quotes(pipeline, body)} == {expected}
