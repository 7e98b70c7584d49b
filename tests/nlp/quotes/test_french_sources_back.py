"""French sources that are no person, named so that an earlier rule missed them:
``la préfecture`` never the ministry named before it, a verb of saying the parse read as a
word of its subject's phrase before a quotation, an organisation's name cut before the verb
the model ran it on over."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.entities.french.test_labels_fr import french_entities
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # "la préfecture" is the prefecture, not the ministry named just before.
    ("Le ministère de l'Intérieur a ouvert mardi une enquête sur le centre de rétention. "
     "Interrogée à ce sujet, la préfecture a assuré que « les conditions d'accueil sont "
     "conformes à la réglementation ».",
     [("les conditions d'accueil sont conformes à la réglementation", "préfecture",
       "organization")]),
    # A verb of saying before its quotation, which the parse took for a word of the
    # subject's phrase, is the cue: the document speaks, not nobody.
    ("La motion a été adoptée par 214 voix contre 31. Le texte dénonce « le mépris "
     "persistant des pouvoirs publics envers la communauté universitaire ».",
     [("le mépris persistant des pouvoirs publics envers la communauté universitaire",
       "texte", "document")]),
    # The agency's name ends before "a rappelé": the verb is the sentence's.
    ("L’Agence régionale de santé a rappelé, dans un communiqué, que l’eau distribuée après "
     "une coupure prolongée pouvait présenter une turbidité élevée.",
     [("que l’eau distribuée après une coupure prolongée pouvait présenter une turbidité "
       "élevée", "Agence régionale de santé", "organization")]),
])
def test_french_sources_back(pipeline: Pipeline, body: str,
                             expected: list[tuple[str, str | None, str]]) -> None:
    """Each quote's speaker and kind when a body's noun or name was read wrong."""
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
