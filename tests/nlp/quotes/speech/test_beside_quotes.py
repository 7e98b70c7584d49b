"""Issue 14 (find30): a clause said beside a quoted one under one verb of saying (real model).

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.speech.test_that_clauses import reported


@pytest.mark.parametrize(("body", "expected"), [
    # A joined clause opened by its own "that" is said, even when its verb is one of asking.
    ('Health Minister Raymond Delacroix said the application was "under active review" and '
     "that officials had asked the department to expedite it.",
     [("that officials had asked the department to expedite it", "Raymond Delacroix")]),
    ('Mayor Ruth Ames said the plan was "a disaster" and that she had told council to reject '
     "it.",
     [("that she had told council to reject it", "Ruth Ames")]),
])
def test_a_that_clause_beside_a_quote_is_said(pipeline: Pipeline, body: str,
                                             expected: list[tuple[str, str | None]]) -> None:
    """``said it was "under review" and that the minister had asked ...``: the second clause,
    opened by ``that``, is what was said, though its verb is a cue."""
    found = reported(pipeline, body)
    for row in expected:
        assert row in found, found


@pytest.mark.parametrize("body", [
    # With no "that", a verb of saying joined after the quote is the speaker's own act.
    'Mayor Ruth Ames said the plan was "a disaster" and urged council to reject it.',
])
def test_a_cue_joined_without_that_is_no_said_clause(pipeline: Pipeline, body: str) -> None:
    """``said the plan was "a disaster" and urged council to reject it``: no clause of saying
    is reported from ``urged``'s clause as what the mayor said."""
    assert not any(text.startswith("urged") or text.startswith("and urged")
                   for text, _ in reported(pipeline, body))


@pytest.mark.parametrize(("body", "expected"), [
    # The quote is in the speaker's own second act: the said clause before it is reported.
    ('Housing Minister Eoin Brannigan said he understood the concerns but accused the '
     'Opposition of "scaremongering".',
     [("he understood the concerns", "Eoin Brannigan")]),
    # A clause before a joined "but that" clause holding the quote (the French "et que").
    ("Johannesburg Water spokesperson Nomvula Khoza said repairs to the damaged section had "
     'been completed, but that reservoirs and towers would take "at least four to five days" '
     "to recover.",
     [("repairs to the damaged section had been completed", "Nomvula Khoza")]),
])
def test_a_clause_beside_a_quoted_one_is_said(pipeline: Pipeline, body: str,
                                             expected: list[tuple[str, str | None]]) -> None:
    """A said clause whose sibling holds the quotation (a second act, a joined ``that``
    clause) is reported on its own; the quotation stays a partial quote."""
    found = reported(pipeline, body)
    for row in expected:
        assert row in found, found


@pytest.mark.parametrize("body", [
    # The quote is inside the said clause itself: only the partial quote, no clause.
    'Mayor Ruth Ames said the vote was "a farce" and called for a recount.',
    'The company said it was "reviewing" the decision.',
])
def test_a_quoted_clause_is_not_reported_whole(pipeline: Pipeline, body: str) -> None:
    """The partial-quote convention: a said clause holding the quotation is not reported."""
    assert not any('"' in text or "farce" in text or "reviewing" in text
                   for text, _ in reported(pipeline, body))
