"""Issue 14 (docs28): what a document found is the document's, named as the article names it
(real model).

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("The report found that the trust had “too few registered nurses on too many shifts”.",
     [("too few registered nurses", "report", "document")]),
    ("“The numbers are stark,” Smith said of the audit, which found that the city had lost "
     "“millions of dollars” on the contract.",
     [("The numbers are stark", "Smith", "person"),
      ("millions of dollars", "audit", "document")]),
    ("He pointed to an engineering assessment commissioned by the band in 2023, which found "
     "the system was “operating well beyond its design capacity” and should be replaced.",
     [("operating well beyond", "engineering assessment", "document")]),
    # Kept although no verb of saying is near: the survey's finding.
    ("The online survey of 2,400 adults, conducted in November by the firm Harbourline "
     "Research, found that 58 per cent of renters believe home ownership is “out of reach "
     "for good.”",
     [("out of reach for good", "online survey", "document")]),
    # Guard: a person's verb of saying nearest the quote keeps it.
    ("Mayor Jane Hill said the audit was “a wake-up call for everyone at city hall”.",
     [("a wake-up call", "Jane Hill", "person")]),
])
def test_a_partial_quote_under_a_documents_finding_is_the_documents(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``the report found that the trust had “too few nurses”``: the report, not the trust."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("She pointed to a study that found rents had risen 40 per cent since 2019.",
     [("rents had risen 40 per cent", "study", "document")]),
    ("The mayor cited a recent audit that found the city had overpaid by $2 million.",
     [("the city had overpaid", "audit", "document")]),
    ("He pointed to a 2024 report from the auditor general that found claims routinely took "
     "more than a decade to resolve.",
     [("claims routinely took", "2024 report from the auditor general", "document")]),
])
def test_a_finding_clause_in_a_topic_is_the_documents(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``pointed to a study that found X``: X is the study's finding, not the pointer's words."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("A 2025 survey by the Manitoba Teachers' Society found that 40 per cent of teachers had "
     "considered leaving the profession.",
     # A named organisation's document speaks as it (enkinds42; was the phrase).
     [("that 40 per cent of teachers", "Manitoba Teachers' Society", "organization")]),
    ("A 2025 report from the province's auditor general found that the ministry had no plan "
     "to track spills.",
     [("that the ministry had no plan", "2025 report from the province's auditor general",
       "document")]),
    ("An agreed statement of facts says she wrote 214 cheques to a numbered company.",
     [("she wrote 214 cheques", "agreed statement of facts", "document")]),
    ("A statement of claim filed Monday alleges the company ignored repeated warnings.",
     [("the company ignored", "statement of claim", "document")]),
    # Guards: two makers, and a survey of the people it asked, keep the bare noun.
    ("Cases doubled in 2024, according to a joint report by the WHO and the United Nations "
     "children's agency UNICEF.",
     [("Cases doubled in 2024", "joint report", "document")]),
    ("The survey of 2,400 adults found that 58 per cent of renters believe home ownership is "
     "out of reach.",
     [("that 58 per cent of renters", "survey", "document")]),
])
def test_a_document_is_named_with_its_maker_and_legal_name(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``a review by the province's chief coroner``, ``an agreed statement of facts``; a
    named organisation's survey speaks as it."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Most residents were alone when they used, and fewer than one in five had any contact "
     "with services, a review by the chief coroner has found.",
     [("Most residents were alone", "review by the chief coroner", "document")]),
    # Guard: the claim the parse hangs as the verb's clause was read before.
    ("Most residents were alone when they used, and fewer than one in five had any contact "
     "with services, the report found.",
     [("Most residents were alone", "report", "document")]),
])
def test_a_claim_joined_to_its_ending_finding_is_the_documents(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``..., and few had sought help, a review has found``: parsed as one more joined clause."""
    check(pipeline, body, expected)
