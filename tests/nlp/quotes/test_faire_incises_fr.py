"""``a-t-il fait remarquer``, ``a-t-elle fait observer``: a French verb of saying made with
``faire`` closes a quote as its incise, and the inverted pronoun is its speaker."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # zl5 of the tuning: the quote had no speaker.
    ("Le secrétaire général du SNES, Théophile Dossou Akpovi, a appelé à la grève. Le "
     "syndicaliste a également dénoncé les conditions de travail dans les laboratoires. "
     "« Certains collègues achètent eux-mêmes les réactifs. On ne peut pas parler "
     "d'excellence universitaire dans ces conditions », a-t-il fait remarquer.",
     "Théophile Dossou Akpovi"),
    ("La rectrice, Hélène Dumas, a reçu les grévistes. « Personne n'a été sanctionné à ce "
     "jour », a-t-elle fait observer.", "Hélène Dumas"),
    # Guard: what was said with "faire savoir" stays its speaker's.
    ("Le maire, Jean Roy, a parlé. « Les travaux sont finis », a fait savoir Jean Roy.",
     "Jean Roy"),
])
def test_a_verb_of_saying_made_with_faire(pipeline: Pipeline, body: str, expected: str) -> None:
    """``», a-t-il fait remarquer``: the quote is his."""
    assert french_quotes(pipeline, body)[-1].speaker == expected
