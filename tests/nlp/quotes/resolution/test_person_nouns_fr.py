"""Tests for :mod:`newswire.nlp.quotes.resolution.person_nouns_fr`: French nouns for people."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.resolution.person_nouns_fr import names_a_person


@pytest.mark.parametrize(("noun", "expected"), [
    ("Une infirmière", True), ("Une retraitée", True), ("Un voisin", True),
    ("Un policier", True), ("Une policière", True), ("Un ingénieur", True),
    ("Une journaliste", True), ("Un médecin", True),
    ("Un dossier", False), ("Un restaurant", False), ("Une usine", False),
    ("Une journée", False), ("Un quartier", False), ("Un moteur", False),
    ("Une liste", False), ("Un communiqué", False),
])
def test_a_noun_names_a_person(pipeline: Pipeline, noun: str, expected: bool) -> None:
    """A noun with a feminine and a masculine form, or a doer's ending, names a person."""
    doc = pipeline.models.full("fr")(f"{noun} attend devant la mairie.")
    assert names_a_person(doc[1]) is expected
