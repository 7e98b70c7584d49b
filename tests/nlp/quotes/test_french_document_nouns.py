"""French papers of courts, sport, science and consumer news cited by ``selon``/``d'après``
(``l'acte d'accusation``, ``la dénonciation``, ``le procès-verbal``, ``la feuille de match``,
``le protocole de l'essai``, ``le comparatif``) speak as documents by their phrase, as
``selon le rapport`` does; a person or a group after ``selon`` stays as before (real model;
sentences written for these tests in other outlets' styles, none copied from a set)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quote_starting


@pytest.mark.parametrize(("body", "quote", "speaker"), [
    # A court desk, a person named bare before (was None).
    ("Karim Belhadj, 34 ans, comparaissait lundi. Selon l'acte d'accusation, il aurait "
     "détourné plus de 200 000 euros en trois ans.",
     "il aurait", "acte d'accusation"),
    ("D'après le procès-verbal d'audition, le prévenu a reconnu « une partie des faits ».",
     "le prévenu", "procès-verbal d'audition"),
    # A sports desk, with a negation (was None).
    ("Selon la feuille de match, l'arbitre n'a pas signalé l'incident de la 80e minute.",
     "l'arbitre", "feuille de match"),
    # A health desk; a consumer desk (was None).
    ("D'après le protocole de l'étude, les premiers résultats ne sont pas attendus avant "
     "2028.",
     "les premiers", "protocole de l'étude"),
    ("D'après le dernier comparatif de l'UFC, une famille pourrait économiser 300 euros par "
     "an.",
     "une famille", "dernier comparatif de l'UFC"),
    # Guards: a person and a group after "selon" stay as before.
    ("Selon la procureure Anne Morel, le suspect a été placé en garde à vue.",
     "le suspect", "Anne Morel"),
    ("Selon les enquêteurs, le suspect a agi seul.", "le suspect", "enquêteurs"),
])
def test_french_papers_speak_by_their_phrase(pipeline: Pipeline, body: str, quote: str,
                                             speaker: str) -> None:
    """The speaker of a quote given ``selon`` a court, sports, science or consumer paper."""
    assert french_quote_starting(pipeline, body, quote).speaker == speaker
