"""Acronyms an article defines in brackets after a name (real model)."""

from __future__ import annotations

import pytest

from newswire.nlp.entities import extract_entities
from newswire.nlp.pipeline import Pipeline
from tests.nlp.entities.test_extract import entities, named


@pytest.mark.parametrize(("body", "name", "mentions"), [
    # The model cuts the name ("Public Health Agency"): extended to what PHAC spells.
    ("The Public Health Agency of Canada (PHAC) reported 300 new cases on Friday. PHAC said "
     "the risk to the public remains low.",
     "Public Health Agency of Canada", ["Public Health Agency of Canada", "PHAC", "PHAC"]),
    ("The Canadian Union of Public Employees (CUPE) represents 5,400 city workers. CUPE said "
     "its members will walk off the job on Friday.",
     "Canadian Union of Public Employees",
     ["Canadian Union of Public Employees", "CUPE", "CUPE"]),
    ("Officials at the Royal Canadian Mounted Police (RCMP) in Surrey confirmed the arrest. "
     "The RCMP declined to name the suspect.",
     "Royal Canadian Mounted Police", ["Royal Canadian Mounted Police", "RCMP", "RCMP"]),
    # A hyphenated word gives the capitals of its parts: Co-operation is C.
    ("The Organisation for Economic Co-operation and Development (OECD) cut its forecast on "
     "Tuesday. The OECD said growth would slow.",
     "Organisation for Economic Co-operation and Development",
     ["Organisation for Economic Co-operation and Development", "OECD", "OECD"]),
    # A small word may give its letter: "of" is the O of MOH and DOJ.
    ("The Ministry of Health (MOH) said 12 people had died. The MOH urged calm.",
     "Ministry of Health", ["Ministry of Health", "MOH", "MOH"]),
    ("The Department of Justice (DOJ) filed the suit. The DOJ said it would appeal.",
     "Department of Justice", ["Department of Justice", "DOJ", "DOJ"]),
])
def test_bracketed_acronym_is_the_name_it_spells(pipeline: Pipeline, body: str, name: str,
                                                  mentions: list[str]) -> None:
    """Every mention of a bracketed acronym is a mention of the full name it spells."""
    entity = named(entities(pipeline, body), name)
    assert [m.text for m in entity.mentions] == mentions
    assert all(body[m.start:m.end] == m.text for m in entity.mentions)


@pytest.mark.parametrize(("body", "acronym"), [
    # The capitals spell PHAO, not PHAC: no definition, the name is not extended to it.
    ("The Public Health Agency of Ontario (PHAC) reported 300 new cases on Friday. PHAC said "
     "the risk to the public remains low.", "PHAC"),
])
def test_bracket_that_spells_another_name_defines_nothing(pipeline: Pipeline, body: str,
                                                          acronym: str) -> None:
    """An acronym the name's capitals do not spell joins no entity by its brackets."""
    for entity in entities(pipeline, body):
        if acronym in [m.text for m in entity.mentions]:
            assert entity.name == acronym, entity


@pytest.mark.parametrize(("body", "name", "mentions"), [
    ("The International Monetary Fund said growth slowed. The IMF said it would lend.",
     "International Monetary Fund", ["International Monetary Fund", "IMF"]),
    # Without brackets, a small word's letter counts too.
    ("The Ministry of Health said 12 people had died. The MOH urged calm.",
     "Ministry of Health", ["Ministry of Health", "MOH"]),
    ("The Department of Justice filed the suit. The DOJ said it would appeal.",
     "Department of Justice", ["Department of Justice", "DOJ"]),
])
def test_acronym_joins_the_name_whose_initials_it_is(pipeline: Pipeline, body: str, name: str,
                                                     mentions: list[str]) -> None:
    """An acronym the article writes joins the one long name whose initials it is."""
    assert [m.text for m in named(entities(pipeline, body), name).mentions] == mentions


@pytest.mark.parametrize(("body", "name"), [
    # The French model cuts at the first word in lower case; the name runs on to the bracket
    # when it spells the acronym the French way (first and last words' initials among them).
    ("La mission, coordonnée par le Réseau des observateurs citoyens du Togo (ROCT), a "
     "déployé 1 500 observateurs.", "Réseau des observateurs citoyens du Togo"),
    ("Le Collectif haïtien pour la justice et les droits humains (CHJDH) a publié un rapport "
     "jeudi.", "Collectif haïtien pour la justice et les droits humains"),
    # A small word inside gives its letter: the A of "au" in MAVA.
    ("L'organisme Mères au volant contre l'alcool (MAVA), qui accompagne la famille, réclame "
     "des peines plus sévères.", "Mères au volant contre l'alcool"),
    # Capitalised words joined by "et": the French "and" is a small word the name runs over.
    ("Les Manufacturiers et Exportateurs du Québec (MEQ) estiment que plusieurs centaines "
     "d’entreprises sont touchées.", "Manufacturiers et Exportateurs du Québec"),
])
def test_french_name_runs_on_to_its_acronym(pipeline: Pipeline, body: str, name: str) -> None:
    """A French name cut before a lower-case word reaches the acronym it spells."""
    nlp = pipeline.models.full("fr")
    found = named(extract_entities(nlp(""), nlp(body)), name)
    assert all(body[m.start:m.end] == m.text for m in found.mentions)
