"""A French subject ``il``/``elle`` after a document the sentence before had speak is the
document, when its noun has the pronoun's gender
(:func:`newswire.nlp.quotes.resolution.pronouns_fr.nearer_body`)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "start", "expected"), [
    # A study an office made, its head named bare before (regional daily style).
    ("Le maire Yannick Le Floch a commandé une étude au cabinet Archipel. Le document évalue "
     "le coût d'une rénovation à 4,1 millions d'euros. Il conclut que la construction neuve "
     "« présente le meilleur rapport entre coût et durée de vie ».",
     "présente le meilleur", "document"),
    # A feminine paper and "elle", a nurse named with her title after the name before.
    ("Anne-Catherine Favre, infirmière aux urgences, a signé le texte. La lettre réclame "
     "l'engagement de six infirmiers. Elle demande aussi une réponse écrite « d'ici au 15 "
     "décembre ».", "d'ici au 15", "lettre"),
    # A bulletin after an official named bare, with a negation in what it says.
    ("Le délégué régional Emmanuel Tchoupo a présenté les chiffres lundi. Le dernier bulletin "
     "recense 312 cas. Il pointe aussi « l'absence d'eau potable dans les quartiers » touchés "
     "par l'épidémie.", "l'absence d'eau", "dernier bulletin"),
])
def test_a_pronoun_takes_up_the_document(pipeline: Pipeline, body: str, start: str,
                                         expected: str) -> None:
    """The pronoun is the document, not the person named before it."""
    quotes = [q for q in french_quotes(pipeline, body) if q.text.startswith(start)]
    assert quotes
    assert (quotes[0].speaker, quotes[0].speaker_kind) == (expected, "document")


@pytest.mark.parametrize(("body", "start", "expected"), [
    # Guard: the pronoun's gender is not the noun's ("Le rapport ... Elle"): the woman.
    ("Marie Dubois a lu le rapport devant le conseil. Le rapport pointe des failles. Elle "
     "estime que la commune « n'a pas le choix ».", "n'a pas le choix", "Marie Dubois"),
    # Guard: an inverted pronoun closing a quote is a person's.
    ("Jean Morel a présenté le rapport. Le document pointe des failles. « C'est grave, nous "
     "devons agir », a-t-il ajouté.", "C'est grave", "Jean Morel"),
    # Guard: a person named after the document, in its sentence, is nearer.
    ("Le rapport a été lu à l'audience par l'expert Paul Girard. Il note que l'accélérant "
     "« excluait toute hypothèse accidentelle ».", "excluait toute", "Paul Girard"),
])
def test_a_person_keeps_the_pronoun(pipeline: Pipeline, body: str, start: str,
                                    expected: str) -> None:
    """Another gender, an inverted pronoun, or a person named nearer keep the person."""
    quotes = [q for q in french_quotes(pipeline, body) if q.text.startswith(start)]
    assert quotes
    assert quotes[0].speaker == expected
