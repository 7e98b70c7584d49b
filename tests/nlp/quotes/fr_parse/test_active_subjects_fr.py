"""A subject the French parse calls passive or impersonal before ``a`` + adverb + participle
speaks (:mod:`newswire.nlp.quotes.fr_parse.active_subjects_fr`)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # A person named bare before, an adverb between the auxiliary and the participle.
    ("Le préfet Jean Moreau a reçu les élus mardi. Il a toutefois averti que les crédits "
     "seraient limités cette année.",
     [("que les crédits seraient limités cette année", "Jean Moreau")]),
    # A title after the name; a partial quote under the verb.
    ("Claire Vasseur, directrice de l'hôpital, a présenté le plan aux syndicats. Elle a "
     "ensuite assuré que « aucun service ne fermera cet hiver ».",
     [("aucun service ne fermera cet hiver", "Claire Vasseur")]),
    # A negation around the auxiliary, an adverb hung on "pas".
    ("Marc Delorme a quitté la réunion avant la fin. Il n'a toutefois pas démenti que le "
     "projet serait retardé.",
     [("que le projet serait retardé", "Marc Delorme")]),
    # Guard: a passive made with "été" keeps its subject the one told: no speaker.
    ("Paul Girard a été entendu mardi par les enquêteurs. Il a été averti que la procédure "
     "serait longue.",
     [("que la procédure serait longue", None)]),
    # Guard: an impersonal "il" of a verb that says nothing stays impersonal.
    ("Il a fallu trois jours pour rétablir le courant dans le quartier.", []),
])
def test_active_subjects(pipeline: Pipeline, body: str,
                         expected: list[tuple[str, str | None]]) -> None:
    """The subject of an active verb of saying in a compound tense is its speaker."""
    assert [(q.text, q.speaker) for q in french_quotes(pipeline, body)] == expected
