"""A French body named right after the noun of its sort (``l'institut GfK``, ``le collectif
Viti 33``, ``Le groupe de supporters Les Rouges du Tarn``) is one organisation, whole, with
its number: :mod:`newswire.nlp.entities.french.sorted_names_fr` (real model; sentences
written for these tests in the styles of several outlets, none copied from a set)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.entities.french.test_labels_fr import french_entities


@pytest.mark.parametrize(("body", "expected", "absent"), [
    # A business daily: an institute the model missed.
    ("Les ventes de vélos électriques ont reculé de 8 %, selon les chiffres de l'institut "
     "Kantar, publiés jeudi.", {("Kantar", "ORG")}, set()),
    # A regional daily: a collective with its département's number (was cut at "Bassin").
    ("Le collectif Bassin 47, qui manifeste depuis mars, réclame un moratoire sur les "
     "forages.", {("Bassin 47", "ORG")}, {"Bassin"}),
    # A sports desk: supporters' group with its own article and link (a neighbour: base51
    # already gives it whole).
    ("Le groupe de supporters Les Loups du Berry a dénoncé samedi « un manque d'envie ».",
     {("Les Loups du Berry", "ORG")}, {"Les Loups"}),
    # An adjective between the sort and the name; a person named bare before.
    ("Marc Delvaux a quitté la banque en mai. La fédération patronale Agoria estime que "
     "« la réforme arrive trop tard ».", {("Agoria", "ORG"), ("Marc Delvaux", "PERSON")},
     set()),
    # A name's own lower-case adjective, not a participle after it (a neighbour: base51
    # already gives both).
    ("Pour le collectif Rivières sauvages, qui milite contre les barrages, le projet est « une "
     "erreur ». Le groupe Voltalis visé par la plainte n'a pas réagi.",
     {("Rivières sauvages", "ORG"), ("Voltalis", "ORG")}, {"Rivières", "Voltalis visé"}),
    # Guards (review51): a French score is no part of the club's name before it ...
    ("Ligue 1 : Lyon - Nantes 2-1. « On a souffert », a reconnu l'entraîneur lyonnais Paulo "
     "Fonseca.", set(), {"Nantes 2-1"}),
    ("Rennes bat Brest 2 à 1. « On a été solides », a déclaré Habib Beye.", set(),
     {"Brest 2"}),
    # ... a first name after the sort is a person's firm, not a body's name ...
    ("La firme Jean Lemieux a remporté le contrat.", {("Jean Lemieux", "PERSON")}, set()),
    # ... a number that counts what follows is no part of the name.
    ("Chez Stellantis, le syndicat Force Ouvrière 3 postes sur 10 seraient menacés.",
     {("Force Ouvrière", "ORG")}, {"Force Ouvrière 3"}),
])
def test_name_after_its_sort_is_one_organisation(pipeline: Pipeline, body: str,
                                                expected: set[tuple[str, str]],
                                                absent: set[str]) -> None:
    """The entities of a French sentence naming a body right after its sort's noun."""
    found = {(e.name, e.type) for e in french_entities(pipeline, body)}
    assert expected <= found
    assert not absent & {name for name, _ in found}
