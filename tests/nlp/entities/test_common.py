"""Facilities read as organisations, and common words capitalised at a sentence's start."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.entities.test_extract import entities, named


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        ("Police closed Union Station in Toronto on Monday after a suspicious package was "
         "found. Commuters were told to avoid Union Station until noon.", "Union Station",
         "FAC"),
        ("Flights resumed at Pearson Airport after the storm.", "Pearson Airport", "FAC"),
        # A facility's word inside a longer name is no facility's last word.
        ("The Wall Street Journal reported the deal.", "Wall Street Journal", "ORG"),
    ],
)
def test_a_facilitys_last_word_makes_a_facility(pipeline: Pipeline, body: str, name: str,
                                                expected: str) -> None:
    """"Union Station", "Pearson Airport": a FAC, though the model read an organisation."""
    assert named(entities(pipeline, body), name).type == expected


@pytest.mark.parametrize(
    ("body", "dropped", "kept"),
    [
        ("Fans lined the streets of Edmonton to welcome the Oilers home. Fans said they had "
         "waited years.", "Fans", "Edmonton"),
        ("Men's 800 metres:\n1. Verbjorn Rodal (Norway) 1:44.93", "Men", "Verbjorn Rodal"),
        ("Leeds won 2-1.\nAttendance: 20,000", "Attendance", "Leeds"),
        # An organisation's name stays, even at a sentence's start only.
        ("Apple said on Monday that sales rose.", "", "Apple"),
        # Written capitalised inside a sentence too: a name.
        ("Dole said he would run. Voters liked Dole.", "", "Dole"),
    ],
)
def test_a_common_word_opening_a_sentence_is_no_entity(pipeline: Pipeline, body: str,
                                                       dropped: str, kept: str) -> None:
    """A word usually written in lower case, capitalised only at sentences' starts, is none."""
    names = [e.name for e in entities(pipeline, body)]
    assert dropped not in names
    assert kept in names


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        # A name whose "'s" is its own keeps it.
        ("A U.S. appeals court on Tuesday gave Lloyd's a reprieve. Lloyd's chairman David "
         "Rowland said the offer would be accepted.", "Lloyd's", "ORG"),
        # An age between commas after a name: a person, though the model read a company.
        ("But Meri, 67, has been accused in parliament of taking too much power. Meri won "
         "52 votes.", "Meri", "PERSON"),
    ],
)
def test_a_names_own_words_decide_it(pipeline: Pipeline, body: str, name: str,
                                     expected: str) -> None:
    """"Lloyd's" keeps its "'s"; "Meri, 67," is a person."""
    assert named(entities(pipeline, body), name).type == expected


@pytest.mark.parametrize(
    "body",
    ["Shares were down eight cents at 2.00 p.m. (0400 GMT) in a soft market.",
     "The meeting started at 10:45 a.m. EDT on Tuesday."],
)
def test_a_time_zone_is_no_entity(pipeline: Pipeline, body: str) -> None:
    """"GMT", "EDT" (read as organisations) are no entities."""
    assert not [e.name for e in entities(pipeline, body) if e.name in ("GMT", "EDT")]


@pytest.mark.parametrize(
    ("body", "name", "others"),
    [
        ("The Board of Control for Cricket in India said on Tuesday it would host the "
         "series. The Board of Control for Cricket in India's decision surprised many.",
         "Board of Control for Cricket in India", []),
        ("Tang Shubei said on Friday that monitors from the Organisation for Security and "
         "Cooperation in Europe would be sent to the region as soon as they were ready.",
         "Organisation for Security and Cooperation in Europe", ["Tang Shubei"]),
        # A city after "in" is where the body is.
        ("The Centers for Disease Control in Atlanta said cases rose.",
         "Centers for Disease Control", ["Atlanta"]),
    ],
)
def test_a_bodys_country_is_part_of_its_name(pipeline: Pipeline, body: str, name: str,
                                             others: list[str]) -> None:
    """"Board of Control for Cricket in India" is one ORG, no GPE "India" beside it."""
    found = entities(pipeline, body)
    assert named(found, name).type == "ORG"
    assert sorted(e.name for e in found if e.name != name) == others


def test_a_persons_possessive_is_no_companys_name(pipeline: Pipeline) -> None:
    """"Laquan McDonald's family" is the person's, no "McDonald's" beside him."""
    found = entities(pipeline, "Laquan McDonald was shot in 2014. Laquan McDonald's family "
                     "sued the city.")
    assert [(e.name, e.count) for e in found if "McDonald" in e.name] == [
        ("Laquan McDonald", 2)]
