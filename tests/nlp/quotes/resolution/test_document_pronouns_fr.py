"""A French subject ``il``/``elle`` after a document the sentence before had speak is the
document, when its noun has the pronoun's gender
(:func:`newswire.nlp.quotes.resolution.pronouns_fr.nearer_body`)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "start", "expected"), [
    # A study an office made, the mayor who ordered it named as an agent before.
    ("Une étude a été commandée par le maire Yannick Le Floch. Le document évalue "
     "le coût d'une rénovation à 4,1 millions d'euros. Il conclut que la construction neuve "
     "« présente le meilleur rapport entre coût et durée de vie ».",
     "présente le meilleur", "document"),
    # A feminine paper and "elle", a nurse named with her title after the name two
    # sentences before.
    ("Anne-Catherine Favre, infirmière aux urgences, a lancé la pétition. Le collectif a "
     "remis le texte mardi. La lettre réclame l'engagement de six infirmiers. Elle demande "
     "aussi une réponse écrite « d'ici au 15 décembre ».", "d'ici au 15", "lettre"),
    # A bulletin after an official named with his title, as an agent.
    ("Les chiffres ont été présentés lundi par le délégué Emmanuel Tchoupo. Le dernier bulletin "
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
    # Guard (review53 F9): a passé composé of saying is a person's, the minister's.
    ("Le ministre Jean Dubois a reçu le rapport mardi. Le rapport note des retards "
     "importants. Il a promis « des changements rapides et profonds ».",
     "des changements", "Jean Dubois"),
    # Guard (review53 F9): the reader of the paper was the subject just before it.
    ("Marie Dubois a lu la lettre devant le conseil. La lettre réclame six postes. Elle "
     "réclame aussi une réponse écrite « d'ici au 15 décembre ».", "d'ici au 15",
     "Marie Dubois"),
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
