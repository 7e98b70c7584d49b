"""A second predicate of the said clause in reported tense (``and was contacting``, ``and
would review``) that the parse hung on ``said`` is part of the said clause (real model); the
speaker's own act after ``said`` (``and urged``) is not.

Texts are written for these tests, in the phrasing of British and Canadian news.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # A progressive after a partial quote.
    ("The water authority said it was \"aware of the outages\" and was contacting customers "
     "directly.",
     [("it was \"aware of the outages\" and was contacting", "water authority",
       "organization")]),
    # A modal after a partial quote.
    ("The school board said it had \"heard the concerns of parents\" and would review the "
     "policy before the spring term.",
     [("it had \"heard the concerns of parents\" and would review", "school board",
       "organization")]),
])
def test_a_second_predicate_in_reported_tense_is_said(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """The said clause runs on over its second predicate, partial quote included."""
    check(pipeline, body, expected)


def test_the_speakers_own_act_stays_apart(pipeline: Pipeline) -> None:
    """``said ... and urged``: the speaker's own second act is no part of the said clause."""
    quotes = quotes_of(pipeline, "The company said it had \"no comment\" and urged customers "
                                 "to check its website.")
    assert not any(q.text.startswith("it had") for q in quotes)
    assert any(q.text.startswith("customers to check") for q in quotes)
