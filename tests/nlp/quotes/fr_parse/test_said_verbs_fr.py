"""French verbs of saying the parse did not read as their sentence's verb
(:mod:`newswire.nlp.quotes.fr_parse.said_verbs_fr`) and what ``a-t-on appris`` learned from its
source
(:mod:`newswire.nlp.quotes.fr_parse.clauses_fr`)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # "juge" a flat:name of "Bercy", the sentence verbless.
    ('Bercy juge la demande "tout à fait irréaliste".',
     [("tout à fait irréaliste", "partial", "Bercy")]),
    # "dénonce" a modifier of "opposition": a one-word partial then has its cue.
    ("L'opposition dénonce un projet « surdimensionné ».",
     [("surdimensionné", "partial", "opposition")]),
    ('Le SNCTA, majoritaire dans la profession, dénonce dans son préavis "l\'absence totale de '
     'réponse" de la direction sur les effectifs.',
     [("l'absence totale de réponse", "partial", "SNCTA")]),
    # Guard: a noun after its article is no verb ("Le juge").
    ("Le juge Roy a estimé que la demande était irrecevable.",
     [("que la demande était irrecevable", "indirect", "Roy")]),
])
def test_verb_of_a_verbless_sentence(pipeline: Pipeline, body: str,
                                     expected: list[tuple[str, str, str | None]]) -> None:
    """A verb of saying taken for a word of its subject's phrase is the sentence's verb."""
    quotes = french_quotes(pipeline, body)
    assert [(q.text, q.kind, q.speaker) for q in quotes] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # "disent" an adverb of "recueilli".
    ("Les membres du collectif, créé en septembre, disent avoir recueilli plus de 3 400 "
     "signatures sur leur pétition en ligne.",
     [("avoir recueilli plus de 3 400 signatures sur leur pétition en ligne", "indirect",
       "membres du collectif")]),
    # "affirme" a dep of "voir".
    ("Lise Boudreau, qui accompagne des aînés dans leurs rendez-vous médicaux à Moncton "
     "depuis dix ans, affirme voir la situation se dégrader.",
     [("voir la situation se dégrader", "indirect", "Lise Boudreau")]),
])
def test_verb_before_its_infinitive(pipeline: Pipeline, body: str,
                                    expected: list[tuple[str, str, str | None]]) -> None:
    """A verb of saying hung on the infinitive after it says that infinitive."""
    quotes = french_quotes(pipeline, body)
    assert [(q.text, q.kind, q.speaker) for q in quotes] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Le suspect a été placé en garde à vue mardi soir, a-t-on appris auprès du parquet de "
     "Lyon.",
     [("Le suspect a été placé en garde à vue mardi soir", "indirect", "parquet de Lyon")]),
    ("La réunion a été reportée à lundi, a-t-on appris de source syndicale.",
     [("La réunion a été reportée à lundi", "indirect", "source syndicale")]),
    # A day between the verb and "de" is no object learned (review37b: the parse's "obj").
    ("Le suspect a été placé en garde à vue, a-t-on appris mardi de source judiciaire.",
     [("Le suspect a été placé en garde à vue", "indirect", "source judiciaire")]),
    # Guard: learning from a person is no act of saying without the inverted "-on".
    ("Il a appris de son père que la ferme serait vendue.", []),
])
def test_learned_from_a_source(pipeline: Pipeline, body: str,
                               expected: list[tuple[str, str, str | None]]) -> None:
    """``a-t-on appris auprès de X`` / ``de X``: X said the clause before the incise."""
    quotes = french_quotes(pipeline, body)
    assert [(q.text, q.kind, q.speaker) for q in quotes] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Le député de la Somme, Paul Mercier, a parlé d'un « abandon pur et simple » des "
     "campagnes.",
     [("abandon pur et simple", "partial", "Paul Mercier")]),
    # "parle" a noun conjunct to the parse, the sentence's root the name before it.
    ("Claire Dubois, qui suit le dossier pour la fédération, parle d'une « crise sans "
     "précédent ».",
     [("crise sans précédent", "partial", "Claire Dubois")]),
    # "parle" an adjective of "opposition": the quotation went to the next clause's subject.
    ("L’opposition parle d’un “cadeau aux promoteurs”, et la majorité défend le projet.",
     [("cadeau aux promoteurs", "partial", "opposition")]),
    # Guard: "parler de" with no quotation says nothing.
    ("Le ministre a parlé de la réforme des retraites devant les députés.", []),
])
def test_speaking_of_a_quotation(pipeline: Pipeline, body: str,
                                 expected: list[tuple[str, str, str | None]]) -> None:
    """``parler de « ... »`` names a thing in the speaker's words, as ``qualifier`` does."""
    quotes = french_quotes(pipeline, body)
    assert [(q.text, q.kind, q.speaker) for q in quotes] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # "évoque" an adjective of "courrier", the object's noun the sentence's root.
    ("Le courrier évoque une hausse de 60 € bruts mensuels et la reprise des négociations "
     "salariales.",
     [("une hausse de 60 € bruts mensuels et la reprise des négociations salariales",
       "indirect", "courrier")]),
    ("Le document évoque une hausse des plaintes depuis janvier.",
     [("une hausse des plaintes depuis janvier", "indirect", "document")]),
    # Guard: a participle describes the noun before it ("Le budget détaillé"), no verb.
    ("Le budget détaillé une semaine plus tôt par la mairie.", []),
])
def test_verb_before_its_object(pipeline: Pipeline, body: str,
                                expected: list[tuple[str, str, str | None]]) -> None:
    """A verb of saying taken for its subject's adjective, its object the root, says it."""
    quotes = french_quotes(pipeline, body)
    assert [(q.text, q.kind, q.speaker) for q in quotes] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # The root "message" (after "Dans"), "dénonce" a flat:foreign of "Solenn" (zv1).
    ("Dans un message publié sur Facebook dans la nuit, Solenn Carré dénonce « un passage en "
     "force » et annonce qu'elle demandera un audit indépendant.",
     [("un passage en force", "partial", "Solenn Carré"),
      ("qu'elle demandera un audit indépendant", "indirect", "Solenn Carré")]),
    # Guard: a root noun with no preposition before it is the subject, as before.
    ("Bercy juge la demande \"tout à fait irréaliste\".",
     [("tout à fait irréaliste", "partial", "Bercy")]),
])
def test_verb_after_an_opening_phrase(pipeline: Pipeline, body: str,
                                      expected: list[tuple[str, str, str | None]]) -> None:
    """In a verbless parse whose root opens the sentence with a preposition and a comma, the
    noun after the comma is the verb of saying's subject."""
    quotes = french_quotes(pipeline, body)
    assert [(q.text, q.kind, q.speaker) for q in quotes] == expected
