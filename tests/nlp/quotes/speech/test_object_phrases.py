"""What an object of a verb of saying is said to be runs on through the verb's phrases after
it (``object_phrases``), and New York Times typewriter marks are no said words at the edge of
reported speech (``said.content_chars``) (real model).

Texts are written for these tests, after sentences of PolNeAR train articles and of
Canadian news.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_topics import Row, indirect_of


def _speech(pipeline: Pipeline, body: str) -> list[Row]:
    return [row for row in indirect_of(quotes_of(pipeline, body)) if row[1] == "speech"]


@pytest.mark.parametrize(("body", "expected"), [
    # The parse hangs "in supporting ..." on the verb: still said of the judgment.
    ("Bernie Sanders questioned the secretary's judgment in supporting the war in Iraq.",
     [("the secretary's judgment in supporting the war in Iraq", "speech", "Bernie Sanders")]),
    # A plain phrase after the object says where, how or to whom it was said, not what.
    ("Bernie Sanders criticised the Clinton campaign in a speech over its ties to Wall Street.",
     [("the Clinton campaign", "speech", "Bernie Sanders")]),
    ("The mayor repeated his opposition to the pipeline to reporters outside city hall.",
     [("his opposition to the pipeline", "speech", "mayor")]),
    ("Premier Doug Ford announced new funding for rural hospitals at an event in Sudbury.",
     [("new funding for rural hospitals", "speech", "Doug Ford")]),
    ("The senator praised the work of the emergency crews in a post on social media.",
     [("the work of the emergency crews", "speech", "senator")]),
    ("The premier denied the allegations of interference during question period.",
     [("the allegations of interference", "speech", "premier")]),
    ("The Bank of Canada signalled further interest rate cuts in its quarterly report.",
     [("further interest rate cuts", "speech", "Bank of Canada")]),
    # A clause the writer frames it with stays out.
    ("The senator confirmed the planned meeting because reporters had seen the guests.",
     [("the planned meeting", "speech", "senator")]),
    # When it was said is no part of it (a plain phrase); nor is a medium's object.
    ("Hillary Clinton blasted her Republican rival Donald Trump on Monday over his stance.",
     [("her Republican rival Donald Trump", "speech", "Hillary Clinton")]),
    ("Dana Whitlow posted a lengthy message on her campaign website.", []),
    # A clause holding another source ("according to") is that source's, not the verb's.
    ("The union leader praised the work of the nurses in keeping the hospital open according "
     "to a memo seen by CBC News.",
     [("the work of the nurses", "speech", "union leader"),
      ("keeping the hospital open", "speech", "memo")]),
    ("Managers told midwives to rewrite staffing rotas so that shortages would not be visible "
     "to inspectors, according to whistleblowers.",
     [("Managers told midwives to rewrite staffing rotas so that shortages would not be visible "
       "to inspectors", "speech", "whistleblowers")]),
    # A short object says nothing by itself: its phrases make no reported speech.
    ("Ramos told AFP in an interview in Mexico City on Monday.", []),
])
def test_object_runs_through_following_phrases(pipeline: Pipeline, body: str,
                                              expected: list[Row]) -> None:
    """An object of three words or more takes the verb's clauses that follow it unbroken,
    not a plain phrase of the saying's setting."""
    assert _speech(pipeline, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # The '' opening the next quotation is hung on this sentence: it must not make the aside
    # overlap the quotation (no reported speech then).
    ("''These people paid a lot to be here,'' he said. In any case, Mr. DiPietro said, the golf "
     "industry was vastly over-supplied with courses. ''It was just waiting for a recession,'' "
     "he said.",
     [("In any case, Mr. DiPietro said, the golf industry was vastly over-supplied with "
       "courses", "speech", "DiPietro")]),
    ("''It's going great,'' Mr. Pence said during the session. Time, Mr. Pence added, was on "
     "their side. ''It's preseason, for heaven's sake,'' he said.",
     [("Time, Mr. Pence added, was on their side", "speech", "Pence")]),
    # Curly marks were never read as words: the same sentence, same answer.
    ("“These people paid a lot to be here,” he said. In any case, Mr. DiPietro said, the golf "
     "industry was vastly over-supplied with courses. “It was just waiting for a recession,” "
     "he said.",
     [("In any case, Mr. DiPietro said, the golf industry was vastly over-supplied with "
       "courses", "speech", "DiPietro")]),
])
def test_typewriter_mark_is_no_said_word(pipeline: Pipeline, body: str,
                                         expected: list[Row]) -> None:
    """A ``''`` token at the edge of reported words is left out, not read as a quotation."""
    assert _speech(pipeline, body) == expected
