"""A word for one person right before a full name (``Mother-of-three Kayla Onslow``, ``rice
grower Leanne Pappas``) makes it a person's, though the model read an organisation there
(real model; rows from the fresh English tuning articles zm1 and m7, round twenty)."""

from __future__ import annotations

import pytest

from newswire.models import RawArticle
from newswire.nlp.pipeline import Pipeline

_ZM1 = ("Volunteers from the Red Cross said many had left with little more than a change of "
        "clothes.\n\nMother-of-three Kayla Onslow said her children had barely slept.\n\n"
        "\"My youngest keeps asking if the chooks are OK, and I don't know what to tell her,\" "
        "she said.")
_M7 = ("In Deniliquin, rice grower Leanne Pappas says the last round of buybacks left the town "
       "with empty shopfronts.\n\n\"When the water goes, the work goes,\" the 52-year-old says.")


@pytest.mark.parametrize(("body", "name", "expected"), [
    (_ZM1, "Kayla Onslow", "PERSON"),
    (_M7, "Leanne Pappas", "PERSON"),
    # No first name after the word: a company stays one.
    ("Rice grower SunRice Holdings said prices would rise.", "SunRice Holdings", "ORG"),
])
def test_a_word_for_one_person_before_a_first_name_makes_a_person(
        pipeline: Pipeline, body: str, name: str, expected: str) -> None:
    """``Mother-of-three Kayla Onslow said``: a person, whatever the model typed."""
    event = pipeline.enrich(RawArticle(id="t", text=body))
    assert [e.type for e in event.entities if e.name == name] == [expected]


@pytest.mark.parametrize(("body", "quote", "speaker"), [
    (_ZM1, "My youngest", "Kayla Onslow"),
    (_ZM1, "her children had barely slept", "Kayla Onslow"),
])
def test_the_described_person_speaks(pipeline: Pipeline, body: str, quote: str,
                                     speaker: str) -> None:
    """``she said`` after ``Mother-of-three Kayla Onslow said``: Kayla Onslow."""
    event = pipeline.enrich(RawArticle(id="t", text=body))
    assert [q.speaker for q in event.quotes if quote in q.text] == [speaker]
