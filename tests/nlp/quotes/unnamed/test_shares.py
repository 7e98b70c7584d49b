"""A share of those polled speaks (``shares``): ``47 percent said`` is some of the people
polled, as a group by its words, or as the people named after it (real model).

Texts are written for these tests, after sentences of PolNeAR train articles and of
Canadian news.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of

SpeakerRow = tuple[str, str | None, str, str | None]


def _reported(pipeline: Pipeline, body: str) -> list[SpeakerRow]:
    return [(q.text, q.speaker, q.speaker_kind,
             q.speaker_mention.text if q.speaker_mention else None)
            for q in quotes_of(pipeline, body) if q.kind == "indirect"]


@pytest.mark.parametrize(("body", "expected"), [
    # A share alone speaks by its words, as "Some said" does.
    ("Around that time, 47 percent said they would vote for the former secretary of state.",
     [("they would vote for the former secretary of state", "47 percent", "group",
       "47 percent")]),
    ("Nearly half said they prefer someone who has experience in politics.",
     [("they prefer someone who has experience in politics", "Nearly half", "group",
       "Nearly half")]),
    ("Six in 10 say the premier is at least somewhat decisive.",
     [("the premier is at least somewhat decisive", "Six in 10", "group", "Six in 10")]),
    # The share is the subject: the name after the verb is what was said, never who said it.
    ("Now, 52 percent said Mr. Trump would be better at handling the economy.",
     [("Mr. Trump would be better at handling the economy", "52 percent", "group",
       "52 percent")]),
    # One counted out of a number says it with its noun, not with where it was counted.
    ("One in four voters in the Angus Reid survey said the province should scrap the tax.",
     [("the province should scrap the tax", "One in four voters", "group",
       "One in four voters")]),
    # A share of people named after it speaks as those people.
    ("Large majorities of Republican primary voters said they support the proposal.",
     [("they support the proposal", "Republican primary voters", "group",
       "Large majorities")]),
    # The poll a share comes from still speaks for it ("according to").
    ("Some 55 percent of voters nationwide said they do not trust the premier, according to "
     "a Leger poll conducted in February.",
     [("Some 55 percent of voters nationwide said they do not trust the premier",
       "Leger poll", "document", "a Leger poll"),
      ("they do not trust the premier", "Leger poll", "document", "a Leger poll")]),
    # A share noun closing a hyphened word is no share: a centre-half is a player.
    ("Three-quarters said they would pay more for local produce.",
     [("they would pay more for local produce", "Three-quarters", "group", "Three-quarters")]),
    # A percentage inside what was said is no speaker.
    ("Unemployment fell to 6 percent in March, Statistics Canada said.",
     [("Unemployment fell to 6 percent in March", "Statistics Canada", "organization",
       "Statistics Canada")]),
    ("In the survey, 60% of respondents say the economy is getting worse.",
     [("the economy is getting worse", "respondents", "group", "60%")]),
    # A share inside what was said, or of a thing, is no speaker.
    ("The company said 40 percent of staff would lose their jobs.",
     [("40 percent of staff would lose their jobs", "company", "organization", "The company")]),
    ("A third of the money was said to come from donors abroad.",
     [("to come from donors abroad", None, "unknown", None)]),
    # "The third" is the third one, an ordinal, not a third of those polled.
    ("Two witnesses saw the car. The third said he had seen nothing.",
     [("he had seen nothing", None, "unknown", None)]),
    ("A third said they would vote for the premier again.",
     [("they would vote for the premier again", "A third", "group", "A third")]),
])
def test_share_of_those_polled_speaks(pipeline: Pipeline, body: str,
                                      expected: list[SpeakerRow]) -> None:
    """A share as the subject of a verb of saying is its speaker (its people when named),
    unless an ``according to`` source gives the poll."""
    assert _reported(pipeline, body) == expected
