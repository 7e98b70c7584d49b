"""French names in English text the English model cuts: Quebec's bodies and hyphenated
first names (fresh, hand-written Canadian news)."""

from __future__ import annotations

import pytest

from newswire.nlp.entities.organisations.acronyms import spells
from newswire.nlp.pipeline import Pipeline
from tests.nlp.entities.geography.test_towns import Named, named


@pytest.mark.parametrize(("body", "expected", "absent"), [
    ("The Fédération interprofessionnelle de la santé du Québec (FIQ) said its members "
     "would strike.", {("Fédération interprofessionnelle de la santé du Québec", "ORG")},
     {("FIQ", "ORG"), ("Quebec", "GPE")}),
    ("Nurses with the Fédération interprofessionnelle de la santé du Québec (FIQ) voted to "
     "strike.", {("Fédération interprofessionnelle de la santé du Québec", "ORG")},
     {("Fédération", "FAC")}),
    ("Nurses at the Centre hospitalier de l'Université de Montréal (CHUM) said they were "
     "exhausted.", {("Centre hospitalier de l'Université de Montréal", "ORG")},
     {("CHUM", "NORP"), ("Centre", "GPE")}),
    ("The Commission scolaire de Montréal said schools would close.",
     {("Commission scolaire de Montréal", "ORG")}, {("Commission", "ORG")}),
    # An English name is left to the model.
    ("The Association for Canadian Studies said the poll was accurate.",
     {("Association for Canadian Studies", "ORG")}, set()),
])
def test_a_french_bodys_name_is_one_organisation(
        pipeline: Pipeline, body: str, expected: Named, absent: Named) -> None:
    """"the Fédération interprofessionnelle de la santé du Québec (FIQ)": one ORG, its
    acronym joined, not "Quebec" alone."""
    found = named(pipeline, body)
    assert expected <= found
    assert not absent & found


@pytest.mark.parametrize(("body", "expected", "absent"), [
    ("France-Élaine Duranceau said the offer was final.",
     {("France-Élaine Duranceau", "PERSON")}, {("France", "GPE")}),
    ("Treasury Board President France-Élaine Duranceau said the offer was final. Duranceau "
     "said the unions had until Friday.", {("France-Élaine Duranceau", "PERSON")},
     {("France", "GPE"), ("Duranceau", "ORG")}),
    # Whole names and places joined by a hyphen are left alone.
    ("Health Minister Jean-Yves Duclos said the vaccines would arrive next week.",
     {("Jean-Yves Duclos", "PERSON")}, set()),
    ("The Austria-Hungary border was closed.", {("Austria", "GPE"), ("Hungary", "GPE")},
     set()),
    # A law named for two people is no person ("Frank" is a first name).
    ("She argued that Obama got a lot of money from the financial industry, and he still "
     "signed the Dodd-Frank Act.", set(), {("Dodd-Frank Act", "PERSON")}),
    ("Regulators can break up banks if they don't submit adequate wills as required by the "
     "Dodd-Frank Wall Street reform bill.", set(), {("Dodd-Frank Wall Street", "FAC")}),
])
def test_a_hyphenated_first_name_is_part_of_the_name(
        pipeline: Pipeline, body: str, expected: Named, absent: Named) -> None:
    """"France-Élaine Duranceau": the whole name a person's, not "France" a place."""
    found = named(pipeline, body)
    assert expected <= found
    assert not absent & found


@pytest.mark.parametrize(("name", "acronym", "expected"), [
    ("Fédération interprofessionnelle de la santé du Québec", "FIQ", True),
    ("Confédération des syndicats nationaux", "CSN", True),
    ("Centre hospitalier de l'Université de Montréal", "CHUM", True),
    ("Fédération interprofessionnelle de la santé du Québec", "FTQ", False),
    ("Toronto Stock Exchange", "TSX", False),
])
def test_a_french_name_spells_its_acronym(name: str, acronym: str, expected: bool) -> None:
    """A French name's acronym takes some of its words' initials, the first and last's."""
    assert spells(name, acronym) is expected
