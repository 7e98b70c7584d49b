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
