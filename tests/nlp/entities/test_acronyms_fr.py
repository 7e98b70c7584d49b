"""French initials after an article heading a subject (``l'ARS évoque``) are an organisation."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.entities.test_labels_fr import french_entities
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "speaker"), [
    ("Dans son courrier, l'ARS évoque \"une situation de fragilité durable\" et \"un risque "
     "pour la sécurité des patientes\".", "ARS"),
    ("L'ARS, elle, promet un \"point d'étape\" en juin et assure que \"la réouverture reste "
     "l'objectif\".", "ARS"),
])
def test_initials_after_an_article_speak(pipeline: Pipeline, body: str, speaker: str) -> None:
    """The quotes the initials' verb says are the organisation's."""
    assert {q.speaker for q in french_quotes(pipeline, body)} == {speaker}


def test_initials_not_a_subject_stay_unlabelled(pipeline: Pipeline) -> None:
    """Guard: initials that are no verb's subject (``a saisi l'ARS``) are left as they were."""
    body = "Le maire a saisi l'ARS mardi pour demander un rendez-vous."
    assert "ARS" not in {e.name for e in french_entities(pipeline, body)}
