"""An organisation completing a French person's appositive (``Frédéric Nouaille, secrétaire
général adjoint du SNCTA``) does not take the appositive as its title: titled, it read as a
person and took the pronouns meant for the person."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # w5 of the tuning: "Selon lui" after the union's official.
    ("« Ce n'est pas acceptable », résume Frédéric Nouaille, secrétaire général adjoint du "
     "SNCTA, premier syndicat de la profession.\n\nSelon lui, les discussions n'ont « jamais "
     "été de vraies négociations ».", "Frédéric Nouaille"),
    # Guard: a person's own appositive still titles the person ("le secrétaire général").
    ("Frédéric Nouaille, secrétaire général du SNCTA, a pris la parole. Le secrétaire général "
     "a affirmé que « la grève aura lieu ».", "Frédéric Nouaille"),
])
def test_an_organisation_in_a_persons_appositive_is_no_person(pipeline: Pipeline, body: str,
                                                              expected: str) -> None:
    """``Selon lui`` after ``X, secrétaire général adjoint du SNCTA``: X, not the SNCTA."""
    assert french_quotes(pipeline, body)[-1].speaker == expected
