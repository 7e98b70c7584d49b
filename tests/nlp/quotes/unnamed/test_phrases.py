"""Issue 14: the phrase an unnamed source speaks as (real model; texts written for these tests)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("The trade group for the Blue Cross Blue Shield plans, which dominate many state "
     "exchanges, said the risk pool was out of balance.",
     [("the risk pool", "trade group for the Blue Cross Blue Shield plans", "organization")]),
    ("A coalition of Ontario hospitals, which together employ 40,000 nurses, said the system "
     "was at a breaking point.",
     [("the system was", "coalition of Ontario hospitals", "organization")]),
    # With no comma, the clause says which ones and stays.
    ("Researchers who studied the outbreak said the virus spread through schools.",
     [("the virus spread", "Researchers who studied the outbreak", "group")]),
])
def test_phrase_ends_before_a_clause_set_off_by_a_comma(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """A ``, which ...`` clause only describes the source: it is no part of its phrase."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # A name right after its noun is the source; one inside a clause on the noun is not.
    ("The charity Crisis said rough sleeping had doubled in a year.",
     [("rough sleeping", "Crisis", "organization")]),
    ("The report Smith wrote said the plan had failed.",
     [("the plan had failed", "report", "document")]),
    # The name set off by commas after the noun, which the parse hung elsewhere.
    ("“The stocks are empty,” said its president, Nadine Lefort, on Monday.",
     [("The stocks are empty", "Nadine Lefort", "person")]),
])
def test_name_beside_its_noun(pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """A noun's own name, right after it or set off by commas, speaks for it."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Residents lost the appeal on Monday. Lawyers for the builder, Harbour Homes Ltd, had "
     "argued that the permit was valid.",
     [("that the permit was valid", "Lawyers for the builder", "group")]),
    ("Counsel for the family said the inquest was flawed.",
     [("the inquest was flawed", "Counsel for the family", "person")]),
    # A person's name set off after the noun is still whom it speaks for.
    ("A spokesman for the firm, Jane Doe, said the permit was valid.",
     [("the permit was valid", "Jane Doe", "person")]),
])
def test_an_organisation_set_off_after_a_for_phrase_is_its_objects(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Lawyers for the builder, Harbour Homes Ltd,``: the company is the builder, not the
    lawyers (they speak as their phrase); ``counsel`` is a source's noun."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("In an email, a spokesperson for the minister, Janelle Okafor, said the government had "
     "been meeting with Indigenous leaders for more than a year.",
     [("the government had been meeting", "Janelle Okafor", "person")]),
    ("A spokesman for the health authority, Daniel Brooks, said the ward would reopen in "
     "March.",
     [("the ward would reopen", "Daniel Brooks", "person")]),
    # Guard: a description set off after the object is no name: the phrase.
    ("A spokesman for Skyline Atlantic, the largest carrier at the airport, said the airline "
     "had trimmed its schedule.",
     [("the airline had trimmed", "spokesman for Skyline Atlantic", "person")]),
])
def test_a_name_set_off_after_a_spokespersons_object_is_the_spokespersons(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``a spokesperson for the minister, Janelle Okafor,``: the parse hangs her name on the
    minister, but she is the spokesperson."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Officials at Harbourline, the region's biggest employer, said the plant would close in "
     "March.",
     [("the plant would close", "Officials at Harbourline", "group")]),
    ("Researchers at McGill University, one of the oldest schools in the country, said the "
     "results were clear.",
     [("the results were clear", "Researchers at McGill University", "group")]),
    ("A spokeswoman for Northwind Air, the largest carrier at the airport, said the airline "
     "had cut its schedule by a tenth.",
     [("the airline had cut", "spokeswoman for Northwind Air", "person")]),
    # Guard: no comma, no description: the object's words all stay.
    ("Officials at the Department of Health and Social Services said the clinic would stay "
     "open.",
     [("the clinic would stay", "Officials at the Department of Health and Social Services",
       "group")]),
])
def test_a_description_set_off_after_a_prepositions_object_leaves_the_phrase(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Officials at Harbourline, the region's biggest employer,``: officials at Harbourline
    (the description says what Harbourline is, not who speaks)."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Three people briefed on the negotiations said a deal was close.",
     [("a deal was close", "Three people briefed on the negotiations", "group")]),
    ("Two senior officials, speaking on condition of anonymity, said the plan was dead.",
     [("the plan was dead", "Two senior officials", "group")]),
    # A vague quantifier stays too (enkinds41); so does "one" before a single unnamed
    # person (orgs31).
    ("Some economists said the rate cut came too late.",
     [("the rate cut", "Some economists", "group")]),
    ("The video spread quickly. “We were never told,” one commenter wrote.",
     [("We were never told", "one commenter", "person")]),
])
def test_a_count_stays_in_a_groups_phrase(pipeline: Pipeline, body: str,
                                          expected: list[Expected]) -> None:
    """``two people familiar with the talks``, ``Some economists`` and ``one commenter``
    keep the word before their noun."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Farmers face another dry summer. The industry said the new water rules would cost "
     "jobs.",
     [("the new water rules", "industry", "group")]),
    ("The diner closed on Sunday. The family said it had been “forty good years.”",
     [("forty good years", "family", "group")]),
])
def test_industry_and_family_are_groups(pipeline: Pipeline, body: str,
                                        expected: list[Expected]) -> None:
    """``the industry``, ``the family``: unnamed many, each speaking as its phrase."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Rail line to close\n\nLiberal MPs from Manitoba called on the minister to act. In a "
     "letter sent Monday, they said the closure was “a blow to every farm in the province.”",
     [("a blow to every farm", "Liberal MPs from Manitoba", "group")]),
])
def test_a_plural_of_letters_is_a_group_they_points_to(pipeline: Pipeline, body: str,
                                                       expected: list[Expected]) -> None:
    """``MPs`` the tagger read as singular is still a plural group, what ``they`` stands for."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # A place in a series says which one (was "quarterly report", "report", "annual report");
    # "Its" says whose (see test_an_english_possessive_says_whose_group_or_document).
    ("Complaints have doubled since the merger, the watchdog's latest quarterly report found.",
     [("Complaints have doubled", "watchdog's latest quarterly report", "document")]),
    ("The inquiry sat for two years. Its final report, published on Tuesday, said the alarms "
     "had been switched off for months.",
     [("the alarms had been switched off", "Its final report", "document")]),
    ("The board's most recent annual report warned that reserves were running low.",
     [("that reserves were running low", "board's most recent annual report", "document")]),
    # Guards: words that only describe it still go.
    ("A new poll says voters are split on the tax.",
     [("voters are split", "poll", "document")]),
    ("The council met on Monday. A brief report to councillors said the bridge would need to "
     "close.",
     [("the bridge would need to close", "report", "document")]),
])
def test_a_documents_place_in_a_series_stays_in_its_phrase(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``its final report``, ``the latest report``: which one of a series, kept."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # A markets story: a company named bare before, its critics (was "critics").
    ("Brightline Foods raised its forecast on Monday. Its critics say the plan \"ignores the "
     "farmers who supply it\".",
     [("ignores the farmers who supply it", "Its critics", "group")]),
    # A regional museum: its trustees, a negation (was "trustees").
    ("The Harbour Museum will close in March. Its trustees said it could not \"keep the doors "
     "open without a grant\".",
     [("keep the doors open without a grant", "Its trustees", "group")]),
    # Residents' own petition, a person named bare before (was "petition").
    ("Residents met councillor Amy Reece on Friday. Their petition says the road is \"unsafe "
     "for children walking to school\".",
     [("unsafe for children walking to school", "Their petition", "document")]),
    # Guards: an article or a quantifier still goes; a person's "his" is no group's.
    ("The critics say the plan \"ignores the farmers who supply it\".",
     [("ignores the farmers who supply it", "critics", "group")]),
    ("The report says the road is \"unsafe for children walking to school\".",
     [("unsafe for children walking to school", "report", "document")]),
    # One person's noun drops it, as "his" and "her" do (review51).
    ("The twins were hurt in the crash. Their mother said they were \"lucky to be alive "
     "tonight\".",
     [("lucky to be alive tonight", "mother", "person")]),
])
def test_an_english_possessive_says_whose_group_or_document(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``its critics``, ``Their petition``: the possessive says whose, and stays."""
    check(pipeline, body, expected)
