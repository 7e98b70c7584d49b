"""Issue 14 (speech17): more shapes of reported speech and their speakers (real model).

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of


def said(pipeline: Pipeline, body: str) -> list[tuple[str, str | None, str]]:
    """(text, speaker, cue kind) of every indirect quote of the body."""
    return [(q.text, q.speaker, q.cue_kind) for q in quotes_of(pipeline, body)
            if q.kind == "indirect"]


@pytest.mark.parametrize(("body", "expected"), [
    ("Dana Whitlow mocked the mayor for missing three council meetings.",
     [("the mayor for missing three council meetings", "Dana Whitlow", "speech")]),
    ("Dana Whitlow branded the new toll as a tax on working families.",
     [("the new toll as a tax on working families", "Dana Whitlow", "speech")]),
    ("Dana Whitlow spoke about the closing of the paper mill.",
     [("the closing of the paper mill", "Dana Whitlow", "speech")]),
    ("Dana Whitlow spoke of her father's long years at the mill.",
     [("her father's long years at the mill", "Dana Whitlow", "speech")]),
    ("Dana Whitlow talked about the long drought on the farm.",
     [("the long drought on the farm", "Dana Whitlow", "speech")]),
    ("Dana Whitlow pointed out that the county had not raised taxes in a decade.",
     [("that the county had not raised taxes in a decade", "Dana Whitlow", "speech")]),
    # Only about, of and against: "spoke to reporters" names the audience; "point" says only
    # with "out".
    ("Dana Whitlow spoke to reporters outside the courthouse.", []),
    ("Dana Whitlow pointed at the map of the flooded county.", []),
])
def test_verbs_of_saying_added(pipeline: Pipeline, body: str,
                               expected: list[tuple[str, str, str]]) -> None:
    """``mock``, ``brand`` and ``pointed out`` say; ``spoke about X``, ``talked about X`` say X."""
    assert said(pipeline, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Asked about his paid speeches in the last campaign, Carter said nothing.",
     [("his paid speeches in the last campaign", None, "speech")]),
    ("Dana Whitlow asked about the cost of the new bridge over the river.",
     [("the cost of the new bridge over the river", "Dana Whitlow", "speech")]),
])
def test_asked_about(pipeline: Pipeline, body: str,
                     expected: list[tuple[str, str | None, str]]) -> None:
    """``asked about X`` says X; asked with no asker named has no speaker."""
    assert said(pipeline, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The mayor has been criticized by several council members for closing the library.",
     [("The mayor has been criticized by several council members for closing the library",
       "several council members")]),
    ("The driver was charged with reckless endangerment after the crash.",
     [("The driver was charged with reckless endangerment after the crash", None)]),
    # Told and asked: the passive subject heard it; what was said is the clause.
    ("The residents were told that the water was safe to drink.",
     [("that the water was safe to drink", None)]),
])
def test_passive_verb_of_judging(pipeline: Pipeline, body: str,
                                 expected: list[tuple[str, str | None]]) -> None:
    """A passive verb of judging says its whole clause; its speaker is the ``by`` phrase."""
    assert [(text, speaker) for text, speaker, _ in said(pipeline, body)] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Dana Whitlow made several comments about the cost of the new bridge.",
     [("the cost of the new bridge", "Dana Whitlow")]),
    ("Mayor Dana Whitlow issued a statement that the bridge would reopen in May.",
     [("that the bridge would reopen in May", "Dana Whitlow")]),
    ("Dana Whitlow made no mention of her rival in the speech.",
     [("her rival in the speech", "Dana Whitlow")]),
    # Made or issued something else: nothing said.
    ("Dana Whitlow made a donation to the county hospital.", []),
    ("The county issued a permit for the new bridge.", []),
])
def test_noun_of_saying_made_public(pipeline: Pipeline, body: str,
                                    expected: list[tuple[str, str | None]]) -> None:
    """``made comments about X``, ``issued a statement that ...``: a made noun of saying says."""
    assert [(text, speaker) for text, speaker, _ in said(pipeline, body)] == expected
