"""Issue 14: a quote whose speaker names nobody takes its sentence's ``according to`` source
(real model; texts written for these tests in the style of poll stories)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("Nearly three in four say they would like to buy goods made in Canada, but those items "
     "are often too costly, according to the survey.",
     [("they would like to buy", "survey", "document")]),
    ("Only 9 percent say they trust the party on housing, according to a Léger poll "
     "conducted in February.",
     [("they trust the party", "Léger poll", "document")]),
    # A speaker the clause names keeps the quote.
    ("“We will win this riding,” Smith said on Tuesday, according to the Globe and Mail.",
     [("We will win this riding", "Smith", "person")]),
])
def test_nobody_named_takes_the_according_to_source(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``three in four say ..., according to the survey``: the survey, when the share names
    nobody; a named speaker stays."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Sanders released his plan on Monday. Taxes would rise for most families, according to "
     "the \"Medicare for all\" document.",
     [("Taxes would rise", "document", "document")]),
])
def test_a_quoted_title_names_the_document_after_it(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``according to the "Medicare for all" document``: the document, not the entity the
    title's first word makes (the parse heads the phrase on ``Medicare``)."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # The parse hangs the source on the last subordinate clause: the sentence is its words.
    ("Senior managers at a maternity unit told midwives to rewrite staffing rotas so that "
     "shortages would not be visible to inspectors, according to whistleblowers.",
     "Senior managers at a maternity unit told midwives to rewrite staffing rotas"),
])
def test_a_closing_source_speaks_for_its_sentence(pipeline: Pipeline, body: str,
                                                  expected: str) -> None:
    """``X did Y so that Z, according to W``: what W says starts with the sentence."""
    found = [q.text for q in quotes_of(pipeline, body) if q.cue and q.cue.text == "according to"]
    assert len(found) == 1, found
    assert found[0].startswith(expected), found


@pytest.mark.parametrize(("body", "expected"), [
    # Trailing modifiers after the source outnumber the clause: the clause is what was said.
    ("Her standing fell in the spring. Some 48 percent of likely voters view her favorably, "
     "according to a Marist poll last week - well below the 60 percent she had in January.",
     "Some 48 percent of likely voters view her favorably"),
    # Joined clauses: the parse hangs the source on the last one; it speaks for them all.
    ("The museum was paid $12,500; the county library was paid $8,200; and the arts council "
     "was paid $40,000, according to state records.",
     "The museum was paid $12,500; the county library was paid $8,200; and the arts council "
     "was paid $40,000"),
    ("The campaign is run by two former state party staffers, and includes help from a data "
     "firm in Denver, according to people familiar with the effort.",
     "The campaign is run by two former state party staffers, and includes help from a data "
     "firm in Denver"),
])
def test_a_closing_source_speaks_for_the_clause_it_closes(
        pipeline: Pipeline, body: str, expected: str) -> None:
    """``A, according to W - B``: W's words are the clause A holding the predicate, every
    joined clause of it included, not the longer tail B."""
    found = [q.text for q in quotes_of(pipeline, body) if q.cue and q.cue.text == "according to"]
    assert found == [expected]
