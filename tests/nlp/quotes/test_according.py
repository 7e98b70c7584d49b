"""Issue 14: a quote whose speaker names nobody takes its sentence's ``according to`` source
(real model; texts written for these tests in the style of poll stories)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
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
    ("According to a police occurrence log seen by AFP, at least three officers were also "
     "injured in Kisumu, where protesters blocked the main highway.",
     [("at least three officers were also injured", "police occurrence log", "document")]),
    ("According to an internal presentation seen by DW, the plants in Zwickau and Salzgitter "
     "are running at less than 55% of capacity.",
     [("the plants in Zwickau", "internal presentation", "document")]),
    # A copy of a document is the document.
    ("According to a copy of the selection policy seen by The Gleaner, the committee \"may, "
     "at its sole discretion, select an athlete who did not compete.\"",
     [("may, at its sole discretion", "selection policy", "document")]),
    # Guards: a word of a name before, a place, and one unnamed person, are no record.
    ("HM Inspectorate of Prisons published its report on Tuesday. According to the "
     "inspectorate, some prisoners were given less than 48 hours' notice of their release.",
     [("some prisoners were given", None, "unknown")]),
    ("Crime fell by a third last year, according to the city.",
     [("Crime fell by a third", None, "unknown")]),
    ("Turnout was low, according to a man who lives nearby.",
     [("Turnout was low", "man who lives nearby", "person")]),
])
def test_what_no_list_types_after_according_to_is_a_record(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``According to a police occurrence log``: a noun no list types, after ``according
    to``, speaks as a document by its phrase (``a copy of X`` as X)."""
    check(pipeline, body, expected)
