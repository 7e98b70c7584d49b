"""First names of French usage (France, Québec, Belgium, Switzerland) carry their gender, so
a later ``il`` or ``elle`` skips a person of the other one (the pronoun's rows, in the quotes
stage's tests: ``tests/nlp/quotes/base/test_first_name_genders.py``)."""

from __future__ import annotations

import pytest

from newswire.nlp.entities.words.francophone_first_names import (
    francophone_gender,
    french_usage_gender,
)
from newswire.nlp.quotes.base.gender import name_gender
from newswire.nlp.quotes.lexicon_fr import FRENCH


@pytest.mark.parametrize(("name", "gender"), [
    ("Étienne", "m"), ("Loïc", "m"), ("Thibault", "m"), ("Aurélien", "m"), ("Rémi", "m"),
    ("Inès", "f"), ("Solène", "f"), ("Noémie", "f"), ("Clémence", "f"), ("Maëlle", "f"),
    # The American table reads these as women's; in French they are men's.
    ("Lilian", "m"), ("Jocelyn", "m"),
    # Left out: borne by both, or a common surname or word.
    ("Sacha", None), ("Camille", None), ("Gauthier", None), ("Noël", None),
])
def test_a_french_first_name_has_its_gender(name: str, gender: str | None) -> None:
    """A common first name of French usage is read with its gender in French text, as the
    first word of a full name only: never as a surname (the table of Africa and the Maghreb,
    read for a name's last word, does not hold it)."""
    assert french_usage_gender(name) == gender
    assert francophone_gender(name) is None
    if gender is not None:
        assert name_gender(f"{name} Morin", lexicon=FRENCH) == gender


@pytest.mark.parametrize(("name", "gender"), [
    # review53's F3: a woman's first name no table knows, a surname the new table holds.
    ("Chantale Benoit", None), ("Lyne Thibault", None), ("Jacinthe Tanguy", None),
    ("Étienne Benoit", "m"), ("Inès Florent", "f"),
])
def test_a_french_first_name_is_no_surname(name: str, gender: str | None) -> None:
    """The French-usage names say nothing as a name's last word."""
    assert name_gender(name, lexicon=FRENCH) == gender
