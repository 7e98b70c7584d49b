"""French ``que`` clauses the parse split, made whole under their verb of saying
(:mod:`newswire.nlp.quotes.fr_parse.que_clauses_fr`)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # "communiqué" read as a verb between the cue and "que"; the clause's verb a conjunct.
    ("Le club toulousain a indiqué dimanche dans un communiqué que Florian Bessière, touché à "
     "l'épaule avant son carton jaune, passerait des examens en début de semaine.",
     [("que Florian Bessière, touché à l'épaule avant son carton jaune, passerait des examens "
       "en début de semaine", "indirect", "club toulousain")]),
    # A participle describing the noun between the cue and "qu'".
    ("Hydro-Québec a indiqué dans un courriel envoyé à Radio-Canada qu'elle ne commentait pas "
     "un projet de loi à l'étude.",
     [("qu'elle ne commentait pas un projet de loi à l'étude", "indirect", "Hydro-Québec")]),
    # The clause's subject hung on the noun before "qu'": the clause started at its verb.
    ("Le ministère a indiqué par voie de communiqué qu'une formation obligatoire serait offerte "
     "à tous les agents d'ici l'été.",
     [("qu'une formation obligatoire serait offerte à tous les agents d'ici l'été", "indirect",
       "ministère")]),
    # Guard: after a participle, "que" standing for the verb's object is a relative pronoun.
    ("La directrice a dénoncé un projet présenté par la région que les syndicats jugent "
     "dangereux.", []),
    ("Le maire a présenté un plan préparé par ses services que les élus ont rejeté lundi soir.",
     []),
    # A clause quoting its words is left to the partial-quote rules; the first of two
    # joined clauses, holding the quotation, is said whole beside the second.
    ('Le responsable affirme par ailleurs que toutes les licences délivrées sont "conformes à '
     'la réglementation" et que le gouvernement travaille à un système de suivi des navires.',
     [('que toutes les licences délivrées sont "conformes à la réglementation"', "indirect",
       "responsable"),
      ("conformes à la réglementation", "partial", "responsable"),
      ("que le gouvernement travaille à un système de suivi des navires", "indirect",
       "responsable")]),
    # The cue's own infinitive ("savoir" of "a fait savoir") stands between it and "qu'".
    ("Le cabinet de la ministre a fait savoir par courriel qu'un projet de règlement était « à "
     "l'étude ».",
     [("qu'un projet de règlement était « à l'étude »", "indirect", "cabinet de la ministre"),
      ("à l'étude", "partial", "cabinet de la ministre")]),
])
def test_split_que_clauses_are_said_whole(pipeline: Pipeline, body: str,
                                          expected: list[tuple[str, str, str | None]]) -> None:
    """The ``que`` clause after a French verb of saying is reported whole, with the cue's
    speaker; a relative ``que`` after a participle is not."""
    quotes = french_quotes(pipeline, body)
    assert [(q.text, q.kind, q.speaker) for q in quotes] == expected


@pytest.mark.parametrize("body", [
    "Deux membres du cabinet, qui ont requis l'anonymat parce qu'ils n'étaient pas autorisés "
    "à parler, affirment que le bâillon n'est « pas exclu, mais pas souhaité ».",
    "La ministre a réagi vivement alors que la commune avait voté le budget en mars.",
    "Le syndicat a protesté lundi parce que la direction avait annulé la réunion.",
])
def test_conjunction_que_opens_no_said_clause(pipeline: Pipeline, body: str) -> None:
    """``parce qu'``, ``alors que`` after a verb of saying are conjunctions: the clause they
    open is not what the verb says."""
    for quote in french_quotes(pipeline, body):
        assert not quote.text.startswith(("parce", "alors", "qu'ils")), quote.text


@pytest.mark.parametrize(("body", "expected"), [
    # The first clause holds the quotation, the second is joined after it with "et qu'".
    ("Maxime Delaunay a indiqué que la société présenterait un projet de plan de sauvegarde « "
     "avant l'été » et qu'il n'envisageait pas de quitter ses fonctions.",
     [("que la société présenterait un projet de plan de sauvegarde « avant l'été »",
       "indirect", "Maxime Delaunay"),
      ("avant l'été", "partial", "Maxime Delaunay"),
      ("qu'il n'envisageait pas de quitter ses fonctions", "indirect", "Maxime Delaunay")]),
    # Guard: three words before the quotation are its lead-in, no statement of their own.
    ("Le maire a répondu que la commune « n'a rien décidé » et que le conseil votera en mars.",
     [("n'a rien décidé", "partial", "maire"),
      ("que le conseil votera en mars", "indirect", "maire")]),
])
def test_first_of_joined_clauses_is_said(pipeline: Pipeline, body: str,
                                         expected: list[tuple[str, str, str | None]]) -> None:
    """``que A « ... » et que B``: A, holding its quotation, is reported as well as B."""
    quotes = french_quotes(pipeline, body)
    assert [(q.text, q.kind, q.speaker) for q in quotes] == expected
