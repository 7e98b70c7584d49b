"""Attributions read by recall22: a passive whose ``by`` phrase names who said or backed its
subject (``was first reported by Politico``), an adverb of report (``reportedly``) over its
clause, speaking of a topic by referring or pointing to it, a short object announced,
confirmed or mentioned, and blaming.

Texts are written for these tests, paraphrasing constructions of PolNeAR train articles.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_topics import Row, indirect_of


@pytest.mark.parametrize(("body", "expected"), [
    ("The meeting was first reported by Politico on Tuesday.",
     [("The meeting", "speech", "Politico")]),
    ("The plan to cut taxes was endorsed by the mayor of Boston.",
     [("The plan to cut taxes", "stance", "mayor of Boston")]),
    ("It is a plan that was backed by most Democrats in the House.",
     [("a plan", "stance", "Democrats")]),
    # Told or asked by someone: the subject is who heard, not what was said.
    ("Ann Lee was told by her doctor to rest.", []),
    # A bare participle on a noun describes it.
    ("The bill, opposed by House Republicans, passed on Friday.", []),
    # "by us": no source a reader is given.
    ("The proposal was rejected by us last week.", []),
])
def test_passive_with_its_source(pipeline: Pipeline, body: str, expected: list[Row]) -> None:
    """A passive of reporting or backing: the subject, held by the ``by`` phrase's object."""
    assert indirect_of(quotes_of(pipeline, body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The Club for Growth is reportedly spending $1.5 million on television advertisements.",
     [("The Club for Growth is reportedly spending $1.5 million on television advertisements",
       "belief", None)]),
    ("Khoga was allegedly on that trip with several other family members.",
     [("Khoga was allegedly on that trip with several other family members", "belief", None)]),
    # Inside reported speech the adverb is part of what was said.
    ("Ann Lee said the company was reportedly losing money.",
     [("the company was reportedly losing money", "speech", "Ann Lee")]),
])
def test_adverb_of_report(pipeline: Pipeline, body: str, expected: list[Row]) -> None:
    """``reportedly``, ``allegedly``: the clause they modify, with no source named."""
    assert indirect_of(quotes_of(pipeline, body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Ann Lee said the city needed a new plan, referring to the flooding in March.",
     [("the city needed a new plan", "speech", "Ann Lee"),
      ("the flooding", "speech", "Ann Lee")]),
    ("As proof, Ann Lee pointed to attacks on her campaign funded by two billionaires.",
     [("attacks on her campaign funded by two billionaires", "speech", "Ann Lee")]),
])
def test_referring_and_pointing(pipeline: Pipeline, body: str, expected: list[Row]) -> None:
    """What one refers or points to is speech of a topic."""
    assert indirect_of(quotes_of(pipeline, body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Eric Holder announced his resignation.", [("his resignation", "speech", "Eric Holder")]),
    ("Sanders mentioned CNN five times.", [("CNN", "speech", "Sanders")]),
    ("Ann Lee praised Obama on Tuesday.", [("Obama", "speech", "Ann Lee")]),
    # A pronoun object says nothing a reader can use.
    ("Ann Lee confirmed it on Tuesday.", []),
    ("Ann Lee criticized him on Tuesday.", []),
    # Other verbs of saying still need three words of a bare object.
    ("Ann Lee wrote a letter.", []),
])
def test_short_object(pipeline: Pipeline, body: str, expected: list[Row]) -> None:
    """A verb of announcing, confirming or mentioning says its object, however short."""
    assert indirect_of(quotes_of(pipeline, body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Mike Pence on Thursday blamed the media for making an issue out of the remark.",
     [("the media for making an issue out of the remark", "stance", "Mike Pence")]),
    # Not blaming is a stance too, as not supporting is.
    ("Ann Lee did not blame the mayor for the flooding.",
     [("the mayor for the flooding", "stance", "Ann Lee")]),
    # No object: nothing attributed.
    ("Ann Lee is to blame.", []),
])
def test_blame(pipeline: Pipeline, body: str, expected: list[Row]) -> None:
    """Whom one blames, and for what, is a stance."""
    assert indirect_of(quotes_of(pipeline, body)) == expected
