"""A French person's name the model glued to the medium it follows (``à l'AFP Laëtitia
Roumagnac``, ``au Nouvelliste Marie-Ange Pierre-Louis``) is the person alone."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.entities.test_labels_fr import french_entities


@pytest.mark.parametrize(("body", "person", "absent"), [
    # An agency's letters then the name, read as one MISC (and dropped).
    ("\"On a l'impression de parler à un mur\", a confié à l'AFP Laëtitia Roumagnac, "
     "contrôleuse depuis douze ans à Toulouse.", "Laëtitia Roumagnac", "AFP Laëtitia Roumagnac"),
    # A paper's name then a compound first name, read as one place.
    ("« Ils sont arrivés vers deux heures », a raconté au Nouvelliste Marie-Ange "
     "Pierre-Louis, une commerçante.", "Marie-Ange Pierre-Louis",
     "Nouvelliste Marie-Ange Pierre-Louis"),
    # Guard: a name after "à" that opens with its first name stays whole.
    ("Le ministre a répondu à Jean-Pierre Tremblay, maire de Laval.", "Jean-Pierre Tremblay",
     "Tremblay"),
])
def test_the_person_after_the_addressee(pipeline: Pipeline, body: str, person: str,
                                        absent: str) -> None:
    """``a confié à l'AFP Laëtitia Roumagnac``: the person, without the agency."""
    names = {e.name for e in french_entities(pipeline, body) if e.type == "PERSON"}
    assert person in names
    assert absent not in names
