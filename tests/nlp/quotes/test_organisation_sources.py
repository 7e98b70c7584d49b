"""Sources that are organisations: ``the statement`` is its maker (:mod:`.statement_makers`).

Texts are written for these tests (none copied from any dataset), each its own short story.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("The Coastal Water Board said the pipes had been replaced. In a statement signed by its "
     "chair, Maria Lund, the board said the work was finished.\n“The board has received no "
     "complaint about the work,” the statement said.",
     [("The board has received", "Coastal Water Board", "organization")]),
    ("Harbourside Ferries issued a statement on Monday. “Sailings will resume on Friday,” the "
     "statement said.",
     [("Sailings will resume", "Harbourside Ferries", "organization")]),
    ("Premier Dana Whitfield said in a statement that the budget would balance. “We have kept "
     "our word,” the statement said.",
     [("We have kept", "Dana Whitfield", "person")]),
    # An unnamed spokesperson for a body made the statement: the body's (not the phrase's).
    ("In an emailed statement, a spokesperson for the Department of Coastal Affairs said the "
     "ferry would run again. “Safety remains our first concern,” the statement said.",
     [("Safety remains our first", "Department of Coastal Affairs", "organization")]),
    # Guard: a spokesperson named in apposition makes it herself.
    ("In a statement, a spokesperson for the Department of Coastal Affairs, Nadia Brenner, "
     "said the ferry would run again. “Safety remains our first concern,” the statement said.",
     [("Safety remains our first", "Nadia Brenner", "person")]),
    # Guard: a body's name the parse split at "and" is not followed to its first half.
    ("The trust denies the claims. In a statement, a spokeswoman for Ashby and Lowfield "
     "Hospitals said it rejected them. “Rotas are checked every week,” the statement said.",
     [("Rotas are checked", "spokeswoman for Ashby and Lowfield Hospitals", "person")]),
    # Guard: no maker named, the statement speaks as itself.
    ("“Sailings will resume on Friday,” the statement said.",
     [("Sailings will resume", "statement", "document")]),
    # Guards: whoever rejects, questions, reads or answers a statement did not make it.
    ("The Health Ministry issued a statement on Monday. Opposition leader Jane Doe rejected "
     "the statement on Tuesday. “The figures are accurate and were checked twice,” the "
     "statement said.",
     [("The figures are accurate", "statement", "document")]),
    ("Acme Corp said in a statement that profits fell. Analyst Tom Reed questioned the "
     "statement. “We remain confident in our outlook,” the statement said.",
     [("We remain confident", "statement", "document")]),
    ("Senator Mark Hill read the statement aloud to reporters. “We will not negotiate with "
     "the union,” the statement said.",
     [("We will not negotiate", "statement", "document")]),
    ("Union leader Sam Ortiz responded angrily to the statement on Friday. “The talks are "
     "over,” the statement said.",
     [("The talks are over", "statement", "document")]),
])
def test_the_statement_is_its_maker(pipeline: Pipeline, body: str,
                                    expected: list[Expected]) -> None:
    """``the statement said`` after ``X said in a statement`` / ``X issued a statement``: X."""
    check(pipeline, body, expected)

