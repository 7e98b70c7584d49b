"""Issue 14 (find30): verbs of saying the lexicon lacked, and ``shot back`` (real model).

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.speech.test_that_clauses import reported


@pytest.mark.parametrize(("body", "expected"), [
    ("Asked about the debate, Brock Hallenbeck shot back that the closure plan would have sent "
     "hundreds of inmates to county jails.",
     [("that the closure plan would have sent hundreds of inmates to county jails",
       "Brock Hallenbeck")]),
    ("Senator Ruth Ames fired back that the bill had never been read by its sponsors.",
     [("that the bill had never been read by its sponsors", "Ruth Ames")]),
    ("Geoff Garin, a pollster for the campaign, posited that younger voters would stay home.",
     [("that younger voters would stay home", "Geoff Garin")]),
    ("Attorney General Loretta Lynch is reaffirming that the inquiry is free of outside "
     "political influence.",
     [("that the inquiry is free of outside political influence", "Loretta Lynch")]),
    ("The treasurer, Ruth Ames, later confessed that the audit had never been done.",
     [("that the audit had never been done", "Ruth Ames")]),
])
def test_verbs_of_saying(pipeline: Pipeline, body: str,
                         expected: list[tuple[str, str | None]]) -> None:
    """``shot back that``, ``posited that``, ``is reaffirming that``, ``confessed that``: the
    clause is reported speech of the subject."""
    found = reported(pipeline, body)
    for row in expected:
        assert row in found, found


@pytest.mark.parametrize("body", [
    # A thing or a listener after these verbs is no said clause.
    "Many Republicans continued to affirm their support for the nominee.",
    "Mr. Rhodes sought to clarify the president's comment on Sunday.",
    "She went to the party to reassure the commander in chief.",
    "The team hit back in the second half.",
])
def test_clause_only_verbs_say_no_object(pipeline: Pipeline, body: str) -> None:
    """``affirm their support``, ``reassure the commander``, ``hit back`` with no clause, and
    ``clarify`` (no verb of saying): no reported speech."""
    assert reported(pipeline, body) == []
