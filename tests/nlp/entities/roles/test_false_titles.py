"""A person's noun in lower case right before a name makes the name a person's, though the
small model typed it an organisation (real model): ``rice grower Leanne Pappas says``, so
``she says`` or ``the 52-year-old says`` after it quotes her. An industry's noun before a name
(``retailer Harvey Norman``) says nothing of a person.

Texts are written for these tests, in the phrasing of regional, sports and wire copy.
"""

from __future__ import annotations

import pytest

from newswire.models import Entity
from newswire.nlp.entities.extract import extract_entities
from newswire.nlp.entities.roles.false_titles import person_noun_before
from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check

_RIVALS = ("Basin Authority chief executive Greg Lindqvist says the review was sobering.\n\n"
           "\"The science has been clear for a long time,\" he says.\n\n")


@pytest.mark.parametrize(("body", "expected"), [
    # A trade's noun: the epithet and the pronoun after it are hers, not the chief's.
    (_RIVALS + "In Deniliquin, rice grower Leanne Pappas says the buybacks left the town "
     "with empty shopfronts.\n\n\"When the water goes, the work goes. The contractor goes, "
     "the mechanic goes,\" the 52-year-old says.",
     [("When the water goes", "Leanne Pappas", "person")]),
    (_RIVALS + "In Deniliquin, rice grower Leanne Pappas says the buybacks left the town "
     "with empty shopfronts.\n\n\"When the water goes, the work goes. The contractor goes, "
     "the mechanic goes,\" she says.",
     [("When the water goes", "Leanne Pappas", "person")]),
    # A family word opening the sentence.
    (_RIVALS + "Mother-of-three Kayla Onslow said her children had barely slept.\n\n"
     "\"My youngest keeps asking if the dog is OK, and I don't know what to tell her,\" she "
     "said.",
     [("My youngest keeps asking", "Kayla Onslow", "person")]),
    # A player's position after the club's name.
    ("\"It's not good enough,\" coach Brendan Keogh said. \"I'm not going to pretend "
     "otherwise,\" the 52-year-old said.\n\nHarbourside forward Riley Coombes kicked the "
     "winning goal. Coombes said he had felt contact to the head.\n\n\"I felt it get me up "
     "high. I went down because it hurt,\" the 21-year-old told ABC Sport.",
     [("I felt it get me up high", "Riley Coombes", "person")]),
])
def test_a_persons_noun_before_a_name_makes_a_speaker(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """The person a lower-case trade, family or position noun introduces is who the next
    pronoun or epithet quotes."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("text", "name", "person"), [
    ("In Deniliquin, rice grower Leanne Pappas says", "Leanne Pappas", True),
    ("Mother-of-three Kayla Onslow said", "Kayla Onslow", True),
    ("said defenceman Aaron Bellweather, who blocked", "Aaron Bellweather", True),
    # Guards: an industry's or a company's part (they name companies too), a word that is no
    # noun, a capitalised word inside a sentence, a name opening on no first name.
    ("Electronics retailer Harvey Norman said", "Harvey Norman", False),
    ("Investment bank Morgan Stanley said", "Morgan Stanley", False),
    ("Tour promoter Harbor Lights Live said", "Harbor Lights Live", False),
    ("The former Leanne Pappas said", "Leanne Pappas", False),
    ("the Harbourside Riley Coombes", "Riley Coombes", False),
    ("rice grower Pappas Farms said", "Pappas Farms", False),
])
def test_person_noun_before(text: str, name: str, person: bool) -> None:
    """Only a person's noun, before a name opening on a first name, is the cue."""
    start = text.index(name)
    assert person_noun_before(text, start, start + len(name)) is person


def test_an_industrys_noun_leaves_a_company(pipeline: Pipeline) -> None:
    """``retailer Harvey Norman`` stays whatever the model and the other cues make it: never a
    person because of the noun."""
    body = ("Electronics retailer Harvey Norman said its sales fell 4 per cent. Harvey Norman "
            "shares fell 3 per cent on Tuesday.")
    found: list[Entity] = extract_entities(pipeline.nlp(""), pipeline.nlp(body))
    assert ("Harvey Norman", "PERSON") not in {(e.name, e.type) for e in found}
