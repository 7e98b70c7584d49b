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
    # Epicene nouns for people, which neither inflect nor end as a doer (frwrong49).
    ("Un cadre", True), ("Un fonctionnaire", True), ("Un responsable", True),
    ("Un confrère", True), ("Un permanent", True), ("Une collègue", True),
    ("Un cadran", False), ("Un membre", True), ("Un document", False),
])
def test_a_noun_names_a_person(pipeline: Pipeline, noun: str, expected: bool) -> None:
    """A noun with a feminine and a masculine form, or a doer's ending, names a person."""
    doc = pipeline.models.full("fr")(f"{noun} attend devant la mairie.")
    assert names_a_person(doc[1]) is expected
