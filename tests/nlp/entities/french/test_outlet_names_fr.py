"""A person's name the model ran into the outlet a source spoke to (``», explique au Parisien
Lucie Fabre``) is the person's alone, the outlet an organisation
(:mod:`newswire.nlp.entities.french.outlet_names_fr`). Sentences written for these tests in
several outlets' styles; names invented."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.entities.french.test_labels_fr import french_entities


@pytest.mark.parametrize(("body", "person", "absent"), [
    # A Paris daily: the paper's name glued before the head of a list.
    ("« On a tout essayé pendant six mois », explique au Parisien Lucie Fabre, 38 ans, "
     "tête de liste écologiste.", "Lucie Fabre", {"Parisien Lucie Fabre"}),
    # A Haitian daily's house style: hyphenated first name and surname.
    ("\"Nous avons tout perdu en une seule nuit\", a raconté au Nouvelliste Marie-Ange "
     "Pierre-Louis, une marchande de 42 ans.", "Marie-Ange Pierre-Louis",
     {"Nouvelliste Marie-Ange Pierre-Louis"}),
])
def test_outlet_is_no_part_of_the_name(pipeline: Pipeline, body: str, person: str,
                                       absent: set[str]) -> None:
    """The words from the first name on are the person's, without the outlet."""
    entities = french_entities(pipeline, body)
    assert (person, "PERSON") in {(e.name, e.type) for e in entities}
    assert not absent & {e.name for e in entities}


@pytest.mark.parametrize(("body", "person"), [
    # Guard: said to a person, no outlet before the name: the name stays whole.
    ("Le maire a répondu à Jean-Marc Tessier, président du comité de quartier.",
     "Jean-Marc Tessier"),
    # Guard: a name after a preposition but no verb of saying before it.
    ("Le prix a été remis à Claire Dumont lors de la cérémonie.", "Claire Dumont"),
])
def test_names_without_an_outlet_stay_whole(pipeline: Pipeline, body: str, person: str) -> None:
    """No verb of saying and outlet before the name: the model's person is kept as is."""
    entities = french_entities(pipeline, body)
    assert (person, "PERSON") in {(e.name, e.type) for e in entities}
