"""Issue 14 (enkinds38): organisations and groups named as the article writes them: a body's
name set off after its describing phrase (``The union representing transit operators,
Amalgamated Transit Union Local 1505, said``), an organisation a place owns (``Quebec's
government``), ``His office`` with the article's own apostrophe, and a document named
again by its own phrase (``The review said``). Real model.

Texts are written for these tests, paraphrasing Canadian, German and Nigerian reporting.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("The union representing transit operators, Amalgamated Transit Union Local 1505, "
     "welcomed the new buses but said the city also needed to hire more drivers.",
     [("the city also needed", "Amalgamated Transit Union Local 1505", "organization")]),
    ("Meanwhile, a coalition of civil society groups that observed the election, the Ondo "
     "Election Situation Room, said in its report that it had recorded isolated incidents.",
     [("that it had recorded", "Ondo Election Situation Room", "organization")]),
    # Guard: lawyers are no organisation; the company is the one they act for.
    ("Lawyers for the builder, Harbour Homes Ltd, argued that the claim was baseless.",
     [("that the claim was baseless", "Lawyers for the builder", "group")]),
])
def test_a_name_set_off_after_a_bodys_description_names_it(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """An organisation's name set off after an organisation noun's phrase is its name."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Quebec's government said it would seek an exemption for some regions.",
     [("it would seek an exemption", "Quebec's government", "organization")]),
    ("Germany's economy ministry said in a statement that it was in close contact with the "
     "company.", [("that it was in close contact", "Germany's economy ministry",
                   "organization")]),
    # Guard: a person's campaign is still the Trump campaign.
    ("Donald Trump spoke on Monday. Trump's campaign said the poll was fake.",
     [("the poll was fake", "Trump campaign", "organization")]),
])
def test_an_organisation_a_place_owns_speaks_as_written(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Quebec's government``: a place's organisation keeps the words the article gives it."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Defence Minister Raymond Achterberg said the PBO's numbers were old. His office later "
     "said that the department had reformed how it buys equipment.",
     [("that the department had reformed", "Raymond Achterberg's office", "organization")]),
    ("Defence Minister Raymond Achterberg said the PBO’s numbers were old. His office later "
     "said that the department had reformed how it buys equipment.",
     [("that the department had reformed", "Raymond Achterberg’s office", "organization")]),
])
def test_a_persons_office_takes_the_articles_apostrophe(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``His office``: ``<name>'s office`` with the apostrophe the article writes."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("A 2023 review of the province's pricing system recommended a new formula. The review "
     "said the existing model had produced an adversarial relationship.",
     [("the existing model had produced", "review", "document")]),
    ("A city staff report found crews missed their deadlines. The report said the contractor "
     "failed to clear sidewalks within 24 hours.",
     [("the contractor failed", "report", "document")]),
    # Guard: the first mention keeps its own phrase.
    ("A city staff report found that crews missed their deadlines last winter.",
     [("that crews missed their deadlines", "city staff report", "document")]),
])
def test_a_document_named_again_keeps_its_own_phrase(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``The review said`` after ``A 2023 review of ...``: ``review``, as written."""
    check(pipeline, body, expected)
