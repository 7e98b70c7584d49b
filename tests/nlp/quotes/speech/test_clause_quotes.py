"""Issue 14 (enclause36): a said clause holding a partial quote is reported whole, quotation
included, beside the partial quote it holds, with the same speaker (real model; spans may
overlap: README, *Quotes*).

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of


@pytest.mark.parametrize(("body", "expected"), [
    # An organisation's statement: the clause before the quoted words.
    ("Toronto police said in a statement that the force would increase patrols in the area "
     "\"in the coming days\".",
     [("that the force would increase patrols in the area \"in the coming days\"", "indirect",
       "Toronto police"), ("in the coming days", "partial", "Toronto police")]),
    # A person: the quotation in the middle, words of the clause on both sides.
    ("Councillor Maria Lund said the city had spent \"far too much\" on consultants last "
     "year.",
     [("the city had spent \"far too much\" on consultants last year", "indirect",
       "Maria Lund"), ("far too much", "partial", "Maria Lund")]),
    # A group; the clause goes on after its quotation.
    ("Officials said the bridge would close for \"at least a month\" while crews replaced "
     "the deck.",
     [("the bridge would close for \"at least a month\" while crews replaced the deck",
       "indirect", "Officials"), ("at least a month", "partial", "Officials")]),
    # Guard: the quotation holds the clause's subject; the words left have none of their own.
    ("The agency said \"urgent repairs\" to the bridge would begin in March.",
     [("urgent repairs", "partial", "agency")]),
    # A verb of saying inside the clause keeps its quotation: another speaker's quote inside.
    ("The Democratic official said the party's internal polling showed Sorensen ahead by "
     "three points, a figure the Hallenbeck campaign called \"fiction.\"",
     [("the party's internal polling showed Sorensen ahead by three points, a figure the "
       "Hallenbeck campaign called \"fiction.\"", "indirect", "Democratic official"),
      ("fiction.", "partial", "Hallenbeck campaign")]),
    # The speaker's own second act joined to the clause is no part of it (its own cue).
    ("Councillor Maria Lund said the city had spent \"far too much\" on consultants last "
     "year and urged council to cut the budget.",
     [("the city had spent \"far too much\" on consultants last year", "indirect",
       "Maria Lund"), ("far too much", "partial", "Maria Lund"),
      ("council to cut the budget", "indirect", "Maria Lund")]),
    # The verb is quoted, its subject and auxiliary are not: the clause says who will.
    ("Parents said children with special needs will \"fall through the cracks\".",
     [("children with special needs will \"fall through the cracks\"", "indirect", "Parents"),
      ("fall through the cracks", "partial", "Parents")]),
    # The verb is quoted, its noun subject is not: the clause says what did it.
    ("Borealis Air said that a storm system moving through the Prairies \"compounded the "
     "impact\" over the following 48 hours.",
     [("that a storm system moving through the Prairies \"compounded the impact\" over the "
       "following 48 hours", "indirect", "Borealis Air"),
      ("compounded the impact", "partial", "Borealis Air")]),
    # Guard: a pronoun and a quoted verb: the quotation is the point.
    ("Councillor Maria Lund said it \"fought back against the cuts\" all of last year.",
     [("fought back against the cuts", "partial", "Maria Lund")]),
    # Guard: three words outside the quotation: the quotation is the point.
    ("Councillor Maria Lund said it would \"fight back against the cuts\".",
     [("fight back against the cuts", "partial", "Maria Lund")]),
    # Guard: a whole quoted sentence is a direct quote, no clause around it.
    ("\"We will increase patrols in the area in the coming days,\" Toronto police said.",
     [("We will increase patrols in the area in the coming days,", "direct",
       "Toronto police")]),
    # Guard: words outside with no subject of their own (an object and its label).
    ("Councillor Maria Lund described the long delayed downtown plan as \"a disaster\".",
     [("a disaster", "partial", "Maria Lund")]),
    # A clause with no quotation is reported as before, alone.
    ("Toronto police said the force would increase patrols in the area.",
     [("the force would increase patrols in the area", "indirect", "Toronto police")]),
])
def test_a_said_clause_holding_a_partial_quote_is_reported_whole(
        pipeline: Pipeline, body: str, expected: list[tuple[str, str, str]]) -> None:
    """``said the force would increase patrols "in the coming days"``: the whole clause is
    reported speech and the quoted words a partial quote, one speaker for both."""
    assert [(q.text, q.kind, q.speaker) for q in quotes_of(pipeline, body)] == expected
