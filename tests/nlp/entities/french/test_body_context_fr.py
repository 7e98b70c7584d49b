"""French agencies named by their field and their state (``Santé Québec``), opening a sentence."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.entities.french.test_labels_fr import french_entities


@pytest.mark.parametrize(("body", "expected", "absent"), [
    # A field word opening the sentence before a province and its verb: the agency speaks.
    ("Les délais s'allongent aux urgences de Saint-Jérôme. Santé Québec affirme avoir ajouté "
     "une équipe de nuit.", {("Santé Québec", "ORG")}, {("Québec", "GPE")}),
    ("La PME attend une réponse depuis juin. Investissement Québec a indiqué par courriel que "
     "le dossier était « à l'étude ».", {("Investissement Québec", "ORG")}, set()),
    # a wire's style, a person named bare before, the agency of the country
    ("Marie Tremblay travaille à Gatineau. Statistique Canada a publié vendredi ses chiffres "
     "sur l'emploi.", {("Statistique Canada", "ORG"), ("Marie Tremblay", "PERSON")}, set()),
    # an aside between the agency and its verb (a regional daily's style)
    ("Les ambulances tardent. Santé Québec, pour sa part, rappelle que deux véhicules ont été "
     "ajoutés.", {("Santé Québec", "ORG")}, set()),
    # Not a day, a side or a place alone: those stay the place.
    ("La séance reprend. Lundi Ottawa a confirmé la hausse des tarifs.",
     set(), {("Lundi Ottawa", "ORG")}),
    ("Côté Québec, la situation reste calme depuis lundi.", set(), {("Côté Québec", "ORG")}),
    ("Le Québec a annoncé mardi un plan pour les routes.", {("Québec", "GPE")}, set()),
    # A form of address or a rank before a surname a place shares: a person (review57 F1).
    ("Maître Lyon a plaidé l'acquittement de son client devant la cour.", set(),
     {("Maître Lyon", "ORG")}),
    ("L'orphelinat a trente ans. Sœur Lyon a fondé la maison en 1990.", set(),
     {("Sœur Lyon", "ORG")}),
    ("Capitaine Paris a marqué deux essais samedi.", set(), {("Capitaine Paris", "ORG")}),
])
def test_agency_opening_a_sentence(pipeline: Pipeline, body: str,
                                   expected: set[tuple[str, str]],
                                   absent: set[tuple[str, str]]) -> None:
    """A field word opening a sentence before a one-word place and its verb or aside's comma
    names the place's agency; a day, a side word or an article before the place does not."""
    entities = french_entities(pipeline, body)
    assert expected <= {(e.name, e.type) for e in entities}
    assert not absent & {(e.name, e.type) for e in entities}
