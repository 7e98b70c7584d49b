"""A name after the pilgrim's honorific of West African and Maghreb French news (``El Hadj``,
``El Hadji``, ``Hadja``) is a person's, the honorific left out, whatever the model made of it
(:mod:`newswire.nlp.entities.french.pilgrims_fr`). Sentences written for these tests in
several outlets' styles; names invented."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.entities.french.test_labels_fr import french_entities


@pytest.mark.parametrize(("body", "person", "absent"), [
    # A Cameroonian daily: the name set off after a possessive office.
    ("Joint au téléphone, son président, El Hadj Moussa Garba Tchiroma, a confirmé que les "
     "membres attendaient toujours leurs ristournes.",
     "Moussa Garba Tchiroma", {"El Hadj Moussa Garba Tchiroma", "Hadj Moussa Garba Tchiroma"}),
    # A Malian radio's site: an imam, after the mosque's place name.
    ("L'imam de la mosquée de Sébénikoro, El Hadj Bakary Coulibaly, a promis d'en parler au "
     "prêche du vendredi.", "Bakary Coulibaly", {"Hadj Bakary Coulibaly"}),
    # A Dakar daily: ``El Hadji`` as the model's own span, the name after it left bare.
    ("Le ministre de la Pêche, El Hadji Ibrahima Ndao Sarr, a promis deux patrouilleurs.",
     "Ibrahima Ndao Sarr", set()),
    # A Guinean site: the honorific in one word, a woman's.
    ("Selon Hadja Fatoumata Bah, présidente des vendeuses du marché Madina, les prix ont "
     "doublé en un mois.", "Fatoumata Bah", {"Hadja Fatoumata Bah"}),
])
def test_pilgrims_honorific_opens_a_persons_name(pipeline: Pipeline, body: str, person: str,
                                                 absent: set[str]) -> None:
    """The words after ``El Hadj`` are a person's name, without the honorific."""
    entities = french_entities(pipeline, body)
    assert (person, "PERSON") in {(e.name, e.type) for e in entities}
    assert not absent & {e.name for e in entities}


@pytest.mark.parametrize(("body", "name"), [
    # ``El`` opening a place's name, no honorific after it.
    ("Le complexe sidérurgique d'El Hadjar a repris sa production lundi.", "Hadjar"),
    # A surname ``Hadj-Ahmed`` is no honorific: the whole name stays.
    ("Mourad Hadj-Ahmed, secrétaire général du syndicat, a rejeté l'offre.", "Mourad Hadj-Ahmed"),
])
def test_no_honorific_no_change(pipeline: Pipeline, body: str, name: str) -> None:
    """``El`` before another word, or ``Hadj`` inside a surname, makes no person of it."""
    entities = french_entities(pipeline, body)
    names = {e.name for e in entities}
    assert any(name in n for n in names), names
    assert not any(n.startswith("Hadjar") and e.type == "PERSON"
                   for e in entities for n in [e.name])
