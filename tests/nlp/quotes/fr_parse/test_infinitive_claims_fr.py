"""A French verb of saying right before the infinitive it reports, however the parse hung it
(:mod:`newswire.nlp.quotes.fr_parse.infinitive_claims_fr`)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # A negation between the verb and its infinitive ("disent" an adjective of "port").
    ("Les pêcheurs du port disent ne voir aucune amélioration depuis l'été.",
     [("ne voir aucune amélioration depuis l'été", "indirect", "pêcheurs du port")]),
    # "raconte" an adjective of the noun before it, the participle the sentence's verb.
    ("Une infirmière de nuit venue de Lyon avec sa collègue raconte avoir fait trois gardes "
     "d'affilée la semaine dernière.",
     [("avoir fait trois gardes d'affilée la semaine dernière", "indirect",
       "infirmière de nuit venue de Lyon")]),
    # A sentence rooted on its subject pronoun: "L'un d'eux ... raconte".
    ("L'un d'eux, qui travaille dans une usine de la région, raconte avoir attendu six mois "
     "pour obtenir un rendez-vous.",
     [("avoir attendu six mois pour obtenir un rendez-vous", "indirect", "L'un d'eux")]),
    # The infinitive the sentence's verb, the verb of saying an adverb of it.
    ("Les habitants, eux, disent vivre au rythme des coupures d'eau.",
     [("vivre au rythme des coupures d'eau", "indirect", "habitants")]),
    # The participle tagged a noun, its object hung on "dit": the whole claim is said.
    ("Il dit avoir sollicité une rencontre auprès du ministre de la Santé.",
     [("avoir sollicité une rencontre auprès du ministre de la Santé", "indirect", None)]),
    # The infinitive an "acl" of the verb: the subject's whole phrase speaks.
    ("Les commerçants du centre disent recourir massivement aux livraisons à domicile.",
     [("recourir massivement aux livraisons à domicile", "indirect",
       "commerçants du centre")]),
    # Guard: a correct parse stays as it was.
    ("Plusieurs agriculteurs du canton affirment n'avoir jamais reçu la prime promise par "
     "l'État.",
     [("n'avoir jamais reçu la prime promise par l'État", "indirect",
       "Plusieurs agriculteurs du canton")]),
    # Guard: in a relative clause the verb's sentence is another's; its claim stays short.
    ("Ce qu'il dit avoir vu ce soir-là reste flou pour les enquêteurs.",
     [("avoir vu ce soir-là", "indirect", None)]),
])
def test_verb_before_its_reported_infinitive(pipeline: Pipeline, body: str,
                                             expected: list[tuple[str, str, str | None]]
                                             ) -> None:
    """A verb of saying right before an infinitive (past a negation) reports it, its
    subject the speaker."""
    quotes = french_quotes(pipeline, body)
    assert [(q.text, q.kind, q.speaker) for q in quotes] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A second verb of saying joined by "et" after the first one's claim says its own.
    ("Les habitants disent avoir vu des voitures brûler et affirment n'avoir jamais reçu "
     "d'aide.",
     [("avoir vu des voitures brûler", "indirect", "habitants"),
      ("n'avoir jamais reçu d'aide", "indirect", "habitants")]),
    # Three joined by a comma and "et"; "heures", which the parse hung on "comprendre",
    # ends the first claim.
    ("Plusieurs parents d'élèves racontent avoir attendu deux heures devant l'école, disent "
     "ne pas comprendre la décision du rectorat et assurent avoir écrit au ministre.",
     [("avoir attendu deux heures devant l'école", "indirect", "Plusieurs parents d'élèves"),
      ("ne pas comprendre la décision du rectorat", "indirect", "Plusieurs parents d'élèves"),
      ("avoir écrit au ministre", "indirect", "Plusieurs parents d'élèves")]),
    # Guard: a court report, a name in apposition and "mais": as before.
    ("Le prévenu, Marc Petit, reconnaît avoir menti aux enquêteurs, mais nie avoir frappé "
     "la victime.",
     [("avoir menti aux enquêteurs", "indirect", "Marc Petit"),
      ("avoir frappé la victime", "indirect", "Marc Petit")]),
    # Guard: a verb of saying inside the claim with no comma or "et" before it stays in it.
    ("Elle raconte avoir entendu son voisin dire qu'il partirait avant l'hiver.",
     [("avoir entendu son voisin dire qu'il partirait avant l'hiver", "indirect", None)]),
])
def test_joined_claims(pipeline: Pipeline, body: str,
                       expected: list[tuple[str, str, str | None]]) -> None:
    """Joined verbs of saying each say their own infinitive claim, the first's subject."""
    quotes = french_quotes(pipeline, body)
    assert [(q.text, q.kind, q.speaker) for q in quotes] == expected


#: One sentence of 400 joined claims (review48's probe): each verb says its own.
_LONG = "Les habitants " + ", ".join(
    f"disent avoir vu {i} voitures et affirment n'avoir jamais reçu d'aide"
    for i in range(400)) + "."


def test_long_sentence_of_joined_claims(pipeline: Pipeline) -> None:
    """A sentence of 400 joined claims gives a quote per claim, the first subject's."""
    # last round's rule gave one quote, the whole sentence; the parse loses a few clauses
    quotes = french_quotes(pipeline, _LONG)
    assert len(quotes) >= 760
    assert {q.speaker for q in quotes} == {"habitants"}
    assert max(len(q.text) for q in quotes) < 80  # a clause or two, not the sentence
