"""``la Dre Agnès Bayemi Fouda ... a-t-elle affirmé``: a woman titled ``Dre`` is whom the
next ``elle`` quotes (the title had made her name a man's)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    ("L'Organisation mondiale de la santé s'est félicitée des premiers résultats. Sa "
     "représentante pour la zone septentrionale, la Dre Agnès Bayemi Fouda, a estimé que le "
     "Cameroun faisait partie des pays « les plus avancés » de la sous-région. « Ce que nous "
     "voyons ici, c'est une appropriation locale. Sans elle, aucun programme ne tient dans la "
     "durée », a-t-elle affirmé.", "Agnès Bayemi Fouda"),
    # Guard: a man titled ``Dr`` keeps the next ``il``.
    ("Le délégué régional, le Dr Bello Ousmanou, a lancé la campagne. « Le paludisme tue "
     "encore trop d'enfants dans nos villages », a-t-il déclaré.", "Bello Ousmanou"),
])
def test_a_titled_woman_is_the_next_elle(pipeline: Pipeline, body: str, expected: str) -> None:
    """``la Dre Agnès Bayemi Fouda ... a-t-elle affirmé``: hers, by her name without the title."""
    assert french_quotes(pipeline, body)[-1].speaker == expected
