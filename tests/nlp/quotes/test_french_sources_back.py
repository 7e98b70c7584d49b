"""French sources that are no person, named so that an earlier rule missed them: ``la même
source`` coming back to the source named before, ``D’après`` left out of a group's phrase,
``la préfecture`` never the ministry named before it, an organisation's name cut before
the verb the model ran it on over."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.entities.test_labels_fr import french_entities
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # "Ces mêmes sources" are the sources named just before, by their own words.
    ("Plusieurs sources au sein de la wilaya indiquent par ailleurs qu'un comité de suivi "
     "mensuel sera installé dès janvier. Ces mêmes sources affirment que les grands "
     "consommateurs industriels seront invités à signer des engagements.",
     [("qu'un comité de suivi mensuel sera installé dès janvier",
       "Plusieurs sources au sein de la wilaya", "group"),
      ("que les grands consommateurs industriels seront invités à signer des engagements",
       "Plusieurs sources au sein de la wilaya", "group")]),
    # A group's phrase opens after the whole preposition "D’après", not on its "après".
    ("D’après deux traders basés à Londres et à Singapour interrogés par JA, plusieurs "
     "fabricants de batteries ont relancé des contrats avec l’Indonésie.",
     [("plusieurs fabricants de batteries ont relancé des contrats avec l’Indonésie",
       "deux traders basés à Londres et à Singapour", "group")]),
    # "la préfecture" is the prefecture, not the ministry named just before.
    ("Le ministère de l'Intérieur a ouvert mardi une enquête sur le centre de rétention. "
     "Interrogée à ce sujet, la préfecture a assuré que « les conditions d'accueil sont "
     "conformes à la réglementation ».",
     [("les conditions d'accueil sont conformes à la réglementation", "préfecture",
       "organization")]),
    # The agency's name ends before "a rappelé": the verb is the sentence's.
    ("L’Agence régionale de santé a rappelé, dans un communiqué, que l’eau distribuée après "
     "une coupure prolongée pouvait présenter une turbidité élevée.",
     [("que l’eau distribuée après une coupure prolongée pouvait présenter une turbidité "
       "élevée", "Agence régionale de santé", "organization")]),
])
def test_french_sources_back(pipeline: Pipeline, body: str,
                             expected: list[tuple[str, str | None, str]]) -> None:
    """Each quote's speaker and kind when a source comes back or its phrase was cut wrong."""
    assert [(q.text, q.speaker, q.speaker_kind)
            for q in french_quotes(pipeline, body)] == expected


@pytest.mark.parametrize(("body", "name"), [
    ("L’Agence régionale de santé a rappelé, dans un communiqué, que l’eau distribuée après "
     "une coupure prolongée pouvait présenter une turbidité élevée.",
     "Agence régionale de santé"),
])
def test_name_ends_before_verb(pipeline: Pipeline, body: str, name: str) -> None:
    """An organisation's name the model ran on over an auxiliary and its verb ends before
    them."""
    assert name in {e.name for e in french_entities(pipeline, body) if e.type == "ORG"}
