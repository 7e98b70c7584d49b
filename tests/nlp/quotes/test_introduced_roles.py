"""A role first given unnamed, then the person the next sentence introduces (real model):
``the inspector`` later in the article is that person, however often the writer says it;
an unnamed one whose next sentence brings in someone else of another role stays unnamed.

Texts are written for these tests, in Canadian news phrasing.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_resolution import Expected, find

_HEADLINE = "Bridge inspector tells inquiry he warned of cracked girders"
_INQUIRY = (
    "HALIFAX — A provincial bridge inspector testified Monday that he flagged cracked girders "
    "on the Sackville overpass nearly a year before it was closed.\n\n"
    "Darnell Achebe-Fournier told the inquiry that his report was \"as plain as I could make "
    "it.\"\n\n"
    "Asked by commission counsel whether he followed up, the inspector said he called the "
    "contractor three times in May.\n\n"
    "\"We could have closed it that day,\" the inspector replied.")


@pytest.mark.parametrize(("title", "body", "expected"), [
    (_HEADLINE, _INQUIRY, [("he warned of cracked girders", "Darnell Achebe-Fournier", "person"),
                ("he called the contractor", "Darnell Achebe-Fournier", "person"),
                ("We could have closed it", "Darnell Achebe-Fournier", "person")]),
    # Guard: the next sentence brings in a spokesperson, no nurse; the nurse stays unnamed.
    ("", "A nurse who asked not to be named said the ward was \"short every single night\".\n\n"
     "Hospital spokesperson Joanne Whitcombe said staffing had improved since June.\n\n"
     "The nurse said she had worked 14 nights in a row.",
     [("she had worked 14 nights", "nurse", "group")]),
])
def test_a_role_given_unnamed_is_the_person_introduced_after_it(
        pipeline: Pipeline, title: str, body: str, expected: list[Expected]) -> None:
    """``A provincial bridge inspector testified ... ¶ Darnell Achebe-Fournier told`` makes
    each later ``the inspector`` (and the headline's) Darnell Achebe-Fournier."""
    quotes = quotes_of(pipeline, body, title)
    for start, speaker, kind in expected:
        quote = find(quotes, start)
        assert (quote.speaker, quote.speaker_kind) == (speaker, kind), quote
