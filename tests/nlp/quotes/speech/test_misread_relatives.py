"""Issue 14 (enfound40): a said clause the parse read as a relative clause of the phrase
before it (``said in an email that wait times ...``) is what was said (real model).

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.speech.test_that_clauses import reported


@pytest.mark.parametrize(("body", "expected"), [
    # "wait" read as the verb of a relative clause on "email".
    ("A spokesperson for the minister, Owen Castellanos, said in an email that wait times on "
     "the French line averaged under six minutes in November.",
     [("wait times on the French line averaged under six minutes in November",
       "Owen Castellanos")]),
    # "reported" read as the verb of a relative clause on "fall".
    ("The Manitoba Pharmacists Association said this fall that reported robberies at its "
     "members’ stores had roughly tripled since 2022.",
     [("reported robberies at its members’ stores had roughly tripled since 2022",
       "Manitoba Pharmacists Association")]),
    # Guard: a real relative clause on the medium says nothing.
    ("The company said in a statement that was posted online.", []),
    # Guard: a real relative clause with its object is no said clause either.
    ("She said in an interview that lasted an hour that she would run again.", []),
    # Guard (review40e): the noun after the verb is a word of its object ("police data").
    ("The group said in a statement that cited police data that crime had fallen.",
     [("police data that crime had fallen", "statement")]),
])
def test_a_clause_read_as_a_relative_clause_is_said(
        pipeline: Pipeline, body: str, expected: list[tuple[str, str | None]]) -> None:
    """``said in an email that wait times ... averaged``: the clause after ``that`` is said."""
    assert reported(pipeline, body) == expected
