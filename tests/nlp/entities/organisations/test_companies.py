"""What says a name is a company's: a CamelCase word, a company's last word, the shared
organisation nouns (fresh, hand-written business news)."""

from __future__ import annotations

import pytest

from newswire.nlp.entities.organisations.companies import camel_case
from newswire.nlp.entities.spans.mentions import Text
from newswire.nlp.entities.spans.repairs import camel_case_subjects
from newswire.nlp.pipeline import Pipeline
from tests.nlp.entities.geography.test_towns import Named, named


@pytest.mark.parametrize(("word", "expected"), [
    ("WestJet", True), ("BlackRock", True), ("PayPal", True),
    ("McDonald", False), ("MacLeod", False), ("DeSantis", False), ("LeBlanc", False),
    ("Westjet", False), ("NATO", False), ("iPhone", False),
])
def test_a_camel_case_word(word: str, expected: bool) -> None:
    """A capital after lower-case letters, not after a surname's prefix ("Mc", "De")."""
    assert camel_case(word) is expected


@pytest.mark.parametrize(("body", "expected", "absent"), [
    ("WestJet, which is owned by Onex, said the strike cost it $90 million.",
     {("WestJet", "ORG")}, set()),
    # A surname with a prefix stays a person's.
    ("DeSantis said he would sign the bill on Friday.", {("DeSantis", "PERSON")}, set()),
])
def test_a_camel_case_subject_of_speech_is_a_company(
        pipeline: Pipeline, body: str, expected: Named, absent: Named) -> None:
    """"WestJet, which is owned by Onex, said": the model missed it; an organisation."""
    found = named(pipeline, body)
    assert expected <= found
    assert not absent & found


@pytest.mark.parametrize(("body", "expected", "absent"), [
    ("Cyclica Metals said it had found copper.", {("Cyclica Metals", "ORG")},
     {("Cyclica Metals", "PERSON")}),
    ("Northwind Mining and Cyclica Metals said they had agreed to merge.",
     {("Cyclica Metals", "ORG"), ("Northwind Mining", "ORG")}, {("Cyclica Metals", "PERSON")}),
])
def test_a_companys_last_word_makes_an_organisation(
        pipeline: Pipeline, body: str, expected: Named, absent: Named) -> None:
    """"Cyclica Metals": no person's name ends with "Metals", "Mining", "Resources"..."""
    found = named(pipeline, body)
    assert expected <= found
    assert not absent & found


@pytest.mark.parametrize(("body", "expected"), [
    ("FlyNorth has apologized to travellers who waited on the runway.", ["FlyNorth"]),
    ("Prolabor, the union representing 3,000 port workers, rejected the offer.", ["Prolabor"]),
    ("Teamcore, a Calgary company that builds pipelines, will cut 200 jobs.", ["Teamcore"]),
    # A word English writes in lower case is no name; a CamelCase word needs a verb after it.
    ("Today, the company that makes the drug said it would cut prices.", []),
    ("McDonald has said he will run again.", []),
    ("PlayStation sales rose 4% in the quarter.", []),
])
def test_subjects_the_model_missed(body: str, expected: list[str]) -> None:
    """Names the model may miss that the words after them show as an organisation's: a
    CamelCase subject before an auxiliary, a name before an apposition ending in an
    organisation's noun."""
    found = camel_case_subjects([Text.of("body", body)], [])
    assert [m.text for m in found] == expected
    assert all(m.label == "ORG" for m in found)
