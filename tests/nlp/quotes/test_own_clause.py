"""Issue 14: a quote is tied to the speaker of its own clause (real model).

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("Ms. Ortiz said the bill was a gesture intended to highlight “the cruelty of the "
     "current rules” for families.",
     [("the cruelty of the current rules", "Ortiz", "person")]),
])
def test_governing_cue_that_names_its_speaker(pipeline: Pipeline, body: str,
                                              expected: list[Expected]) -> None:
    """Of the verbs a quote hangs on, the nearest one with a subject gives the speaker."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Mr. Manafort spoke to the party officials at the start of his remarks.\n\n''Is Donald "
     "Trump running against the Republican National Committee?'' asked Mr. Manafort, "
     "referring to the candidate's unrelenting attacks on what he calls the ''crooked'' "
     "primary process.",
     [("Is Donald Trump running", "Manafort", "person")]),
])
def test_inverted_verb_after_quote_takes_the_name_after(pipeline: Pipeline, body: str,
                                                        expected: list[Expected]) -> None:
    """``“...?” asked Mr. Manafort`` parsed with the name as object: the name still speaks."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("The board met on Monday. The columnist Dana Reyes went so far as to say: “This "
     "company as we know it is over.”",
     [("This company as we know it is over", "Dana Reyes", "person")]),
])
def test_infinitive_on_an_adverb_climbs_to_the_subject(pipeline: Pipeline, body: str,
                                                       expected: list[Expected]) -> None:
    """``X went so far as to say``: the subject of ``went`` says it."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("“The front-runner is slipping,” said Craig Dunn, a local editor.\n\nIowa State "
     "University’s Maria Olsen agreed. “Voters here are running out of time to find "
     "someone else.”",
     [("Voters here are running out", "Maria Olsen", "person")]),
    # Not when that sentence's subject is no name or personal pronoun.
    ("“The front-runner is slipping,” said Craig Dunn, a local editor.\n\nMayor Tom Baird "
     "spoke next. The crowd cheered. “Voters here are running out of time to find someone "
     "else.”",
     [("Voters here are running out", None, "unknown")]),
])
def test_quote_after_a_named_subject_sentence(pipeline: Pipeline, body: str,
                                              expected: list[Expected]) -> None:
    """A quote with no cue after ``X agreed.`` in its paragraph is X's."""
    check(pipeline, body, expected)
