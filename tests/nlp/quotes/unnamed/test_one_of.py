"""One unnamed person of a group speaks by the phrase that names them (``One of them``, ``one
of those people``), as the fresh gold writes a single unnamed source; a name set off after it
still speaks (``quotes/one_of.py``; real model, sentences written for these tests after
tuning articles' shapes)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # The group counted before is not the source: one of its members is.
    ("Two MPPs who attended the dinner, speaking on condition they not be named, described "
     "the mood. One of them said the leader had lost the room.",
     [("the leader had lost the room", "One of them", "person")]),
    ("Three people who were there described the evening. \"Nobody said the word,\" one of "
     "those people told me.",
     [("Nobody said the word,", "one of those people", "person")]),
    # A description set off after it is no name: the phrase still speaks.
    ("Several victims in the gallery embraced after the sentence was read. One of them, a "
     "retired nurse who asked that her name not be used, said the six years were not the "
     "point.",
     [("the six years were not the point", "One of them", "person")]),
    # A name set off after it speaks.
    ("One of the victims, Jane Roe, said the six years were not the point.",
     [("the six years were not the point", "Jane Roe", "person")]),
    # One of a group of things written out speaks as the group word did: an organisation,
    # a document (review40g).
    ("Three firms bid for the contract. One of the companies said the process had been "
     "unfair.",
     [("the process had been unfair", "companies", "organization")]),
    ("One of the reports said the bridge was unsafe.",
     [("the bridge was unsafe", "reports", "document")]),
    ("Police arrested four men on Friday. One of the suspects told reporters he was innocent.",
     [("he was innocent", "One of the suspects", "person")]),
])
def test_one_of_a_group_speaks_by_its_phrase(pipeline: Pipeline, body: str,
                                             expected: list[Expected]) -> None:
    """``One of them said``: the speaker is ``One of them`` (a person), not the group."""
    check(pipeline, body, expected)
