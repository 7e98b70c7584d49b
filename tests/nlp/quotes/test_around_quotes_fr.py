"""French ``que`` clauses said around a partial quote are reported whole."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # The writer's words around the quoted ones were lost: only "exemplaire" was a quote.
    ("Le maire Paul Gagnon a affirmé que l’évacuation s’était déroulée de façon « exemplaire » "
     "et que personne n’avait été blessé.",
     [("que l’évacuation s’était déroulée de façon « exemplaire » et que personne n’avait été "
       "blessé", "indirect", "Paul Gagnon")]),
    # The first of two joined clauses, before the quotation, was lost.
    ("La société Minerai Nord a affirmé qu’elle étudiait le rapport et qu’elle comptait "
     "« améliorer » son projet.",
     [("qu’elle étudiait le rapport et qu’elle comptait « améliorer » son projet", "indirect",
       "Minerai Nord")]),
    # A phrase of how it was said, hung first by the parse, is not said.
    ("Le cabinet du ministre a indiqué par courriel que Québec avait déjà versé une aide "
     "« sans précédent » aux municipalités.",
     [("que Québec avait déjà versé une aide « sans précédent » aux municipalités", "indirect",
       "cabinet du ministre")]),
])
def test_clause_around_quote_is_reported_whole(pipeline: Pipeline, body: str,
                                               expected: list[tuple[str, str, str]]) -> None:
    """A said ``que`` clause holding a quotation is one indirect quote, the partial one
    inside it none."""
    assert [(q.text, q.kind, q.speaker) for q in french_quotes(pipeline, body)] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # The clause is all quoted: the quote is the quotation.
    ("La ministre a dit que « la situation est grave ».",
     [("la situation est grave", "partial")]),
    # A quotation standing alone after the clause is not inside it.
    ("Le maire Paul Gagnon a affirmé que l’évacuation avait bien fonctionné. « Personne n’a "
     "été blessé », a-t-il ajouté.",
     [("que l’évacuation avait bien fonctionné", "indirect"),
      ("Personne n’a été blessé", "direct")]),
])
def test_quotation_outside_a_clause_stays(pipeline: Pipeline, body: str,
                                          expected: list[tuple[str, str]]) -> None:
    """A quotation that is the whole clause, or stands outside it, stays a quote."""
    assert [(q.text, q.kind) for q in french_quotes(pipeline, body)] == expected
