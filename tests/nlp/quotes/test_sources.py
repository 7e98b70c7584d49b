"""Issue 14 (orgs26): sources that are no person, found and named (real model).

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.speech.test_reported import reported
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("The province released a report on Monday, which found that wait times had doubled "
     "since 2019.",
     [("that wait times had doubled", "report", "document")]),
    ("He pointed to an engineering assessment commissioned by the band in 2023, which found "
     "the system was failing and recommended that it be replaced within two years.",
     [("the system was failing", "engineering assessment", "document"),
      ("that it be replaced", "engineering assessment", "document")]),
    ("Ottawa commissioned a review by Deloitte in 2021, which concluded that the program was "
     "working.",
     [("that the program was working", "Deloitte", "organization")]),  # enkinds42: maker
])
def test_a_relative_clause_after_a_date_is_the_dated_things(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``a report on Monday, which found``: the report found it, not Monday."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("But the province’s own assessment found that the project would add 1.1 million tonnes.",
     [("that the project would add", "province’s own assessment", "document")]),
    ("The investigation found that the officers had followed policy.",
     [("that the officers had followed", "investigation", "document")]),
    ("The inquiry concluded that the hospital had ignored repeated warnings.",
     [("that the hospital had ignored", "inquiry", "document")]),
    ("An autopsy found that the man died of blunt force trauma.",
     [("that the man died", "autopsy", "document")]),
    ("The Competition Bureau filed an application in June. The application says the merger "
     "would raise prices for millions of customers.",
     [("the merger would raise", "application", "document")]),
    ("The majority found that the search violated the Charter.",
     [("that the search violated", "majority", "group")]),
    ("The jury found that the company had been negligent.",
     [("that the company had been negligent", "jury", "group")]),
])
def test_document_and_group_nouns_speak_as_their_phrase(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """An assessment, investigation, inquiry, autopsy or application says what it found as a
    document; a court's majority and a jury as a group."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Dr. Ann Lee works at North Sydney Community Hospital. The hospital said that the "
     "emergency room would close overnight.",
     [("that the emergency room", "North Sydney Community Hospital", "organization")]),
    # Guard: a company named last is no hospital; the noun speaks as its phrase.
    ("Maplewood Health Inc. opened a clinic in Halifax on Monday. The hospital said that the "
     "plan would cost more than expected.",
     [("that the plan would cost", "hospital", "organization")]),
])
def test_the_hospital_is_the_hospital_named_before(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``the hospital``, ``the clinic``: an institution named before, never a company."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("title", "body", "expected"), [
    # The parse reads the headline verb "top" as an adjective hung on "says" by ``dep``.
    ("Measles cases in US top 1,000 for the year, CDC says",
     "U.S. measles cases have passed 1,000 for the year, federal health officials said.",
     ("Measles cases in US top 1,000 for the year", "CDC")),
    # The verb before its source (found32): a verbless claim the parse makes a subject.
    ("Nine-hour East-West Line disruption caused by faulty power cable, says LTA",
     "A faulty power cable caused the disruption, the Land Transport Authority (LTA) said.",
     ("Nine-hour East-West Line disruption caused by faulty power cable",
      "Land Transport Authority")),
])
def test_a_headline_claim_before_its_source(
        pipeline: Pipeline, title: str, body: str, expected: tuple[str, str]) -> None:
    """``<claim>, CDC says``: the words before the comma are the claim, however parsed."""
    quotes = quotes_of(pipeline, body, title)
    assert [(q.text, q.speaker) for q in quotes if q.field == "title"] == [expected]


@pytest.mark.parametrize("title", [
    "It is what it is, says who?",
    "Rates to stay high into 2026, says who?",
])
def test_a_headline_asking_who_says_has_no_claim(pipeline: Pipeline, title: str) -> None:
    """``..., says who?``: a wh-word or a question is no source, so the title is no claim."""
    body = "Prices rose again in March."
    assert [q for q in quotes_of(pipeline, body, title) if q.field == "title"] == []


@pytest.mark.parametrize(("body", "expected"), [
    ("Emergency departments have closed 400 times this year, according to figures compiled "
     "by the province’s largest health-care union.",
     [("Emergency departments have closed", "figures", "document")]),
    ("Wait times have doubled since 2019, according to numbers released by the ministry.",
     [("Wait times have doubled", "numbers", "document")]),
    # Guard: a document noun was a document before; its phrase ends at its noun as before.
    ("Records obtained by The Canadian Press show that the agency spent $2 million.",
     [("that the agency spent", "Records", "document")]),
])
def test_a_thing_made_by_someone_is_a_document(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``figures compiled by X``: a thing made or published speaks as a document, its phrase
    ending at its noun."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("The judge ruled that the search was unlawful.",
     [("that the search was unlawful", "judge", "person")]),
    ("Ontario's top court ruled on Friday that the province's wage cap was unconstitutional.",
     [("that the province's wage cap", "Ontario's top court", "organization")]),
])
def test_a_ruling_is_a_finding_of_its_court(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``ruled that ...``: what a court or judge rules is a finding of theirs."""
    check(pipeline, body, expected)


def test_ruling_something_out_is_no_finding(pipeline: Pipeline) -> None:
    """Guard: ``ruled out`` a run or a cause says nothing found."""
    assert quotes_of(pipeline, "Police ruled out foul play in the death of the woman.") == []


@pytest.mark.parametrize(("body", "expected"), [
    # Verbs sharing the quoted clause's subject: one statement, reported whole (enfound40).
    ("In a statement, Westlink Digital said it was “disappointed” by the ruling and would "
     "consider its options, including a fresh application.",
     [("it was “disappointed” by the ruling and would consider its options, including a "
       "fresh application", "Westlink Digital")]),
    ("In a statement, Paycrest said it was \"disappointed\" with the decision and was "
     "reviewing its options, including an appeal.",
     [("it was \"disappointed\" with the decision and was reviewing its options, including "
       "an appeal", "Paycrest")]),
    # The quoted clause second; the phrase the parse hangs before the subject is left out.
    ("The Canadian Association of Chiefs of Police said in a statement it was reviewing the "
     "decision and would work with governments on \"practical solutions\" that protect privacy.",
     [("it was reviewing the decision and would work with governments on \"practical "
       "solutions\" that protect privacy", "Canadian Association of Chiefs of Police")]),
    ("The union said the offer was \"an insult\" but that members would vote on it next week.",
     [("that members would vote on it next week", "union")]),
    # Guard: a verb of saying joined to the quoted clause is the speaker's own act.
    ("The mayor said the plan was \"a disaster\" and urged council to reject it.",
     [("council to reject it", "mayor")]),
    # Guard: one clause, all of it around the quotation: only the partial quote.
    ("The company said its offer was \"fair and competitive in today's market.\"", []),
])
def test_a_clause_joined_beside_a_quoted_one_is_reported(
        pipeline: Pipeline, body: str, expected: list[tuple[str, str]]) -> None:
    """A clause joined (``and``, ``but``) to a quoted one under one verb of saying is reported
    speech of the same speaker; so is the quoted one when it says enough outside its
    quotation (:mod:`newswire.nlp.quotes.speech.holding_beside`)."""
    assert reported(pipeline, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("According to a police occurrence log seen by AFP, at least three officers were also "
     "injured in Kisumu.",
     [("at least three officers were also injured", "police occurrence log", "document")]),
    ("According to an internal presentation seen by DW, the plants are running at less than "
     "55% of capacity.",
     [("the plants are running", "internal presentation", "document")]),
    # A copy of a document speaks as the document.
    ("According to a copy of the selection policy seen by The Gleaner, the committee may "
     "select an athlete who did not compete at the trials.",
     [("the committee may select", "selection policy", "document")]),
])
def test_logs_presentations_and_copies_are_documents(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """A log or presentation is a document; ``a copy of the policy`` is the policy (found32)."""
    check(pipeline, body, expected)
