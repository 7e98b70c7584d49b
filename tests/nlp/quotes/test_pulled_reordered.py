"""A headline quote whose title clause gives it an organisation or a place (``‘…’: Vancouver
council splits``, ``Pioneers rally past Stallions: ‘…’``) is the body person's whose quote
holds its words, also reordered (``‘A slow death for these shops’`` over ``“For a lot of
these shops, this would be a slow death”``), real model. An organisation's own body quote
leaves it to the organisation.

Texts are written for these tests, after the shapes of local, court and sports headlines.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_resolution import Expected, find


@pytest.mark.parametrize(("title", "body", "expected"), [
    # The quote opens the title; the clause after the colon is the story's topic.
    ("'A slow death for these shops': Vancouver council splits over Hastings Street bus lane",
     "A plan to turn two lanes of East Hastings Street into bus lanes has divided council.\n\n"
     "The Hastings Crossing Business Improvement Association has taken the opposite view. Its "
     "executive director, Linda Ferreira, said members were already struggling.\n\n\"For a "
     "lot of these shops, this would be a slow death,\" Ferreira said.",
     [("A slow death for these shops", "Linda Ferreira", "person")]),
    # The quote closes the title after a clause on the game.
    ("Mercer throws four TDs, Pioneers rally past Stallions: 'Nobody was looking at the "
     "scoreboard'",
     "Tyler Mercer threw four touchdown passes and the Portland Pioneers beat the Sacramento "
     "Stallions 34-31 on Sunday.\n\n\"We never stopped believing,\" Mercer said. \"Nobody in "
     "that locker room was looking at the scoreboard.\"",
     [("Nobody was looking at the scoreboard", "Tyler Mercer", "person")]),
    # Guard: the organisation's own statement holds the words; it stays the organisation's.
    ("'Stay away from the flooded riverbank': Police close Hastings bridge",
     "The Hastings bridge was closed on Monday as the river rose.\n\nVancouver Police said "
     "in a statement: \"Stay away from the flooded riverbank until the water drops.\"",
     [("Stay away from the flooded riverbank", "Vancouver Police", "organization")]),
    # Guard: a body quote that denies the headline's words (reordered, or one dropped) is
    # no source of them: the title's organisation keeps its quote.
    ("'Schools need more teachers': Teachers union warns of shortage",
     "The union released a survey on Monday.\n\nEducation Minister Paul Grant said: "
     "\"Schools do not need more teachers, they need better ones.\"",
     [("Schools need more teachers", "Teachers union", "organization")]),
    ("'The strike must go on': Transit union defies back-to-work order",
     "The transit union said Monday its members would stay off the job.\n\nTransport "
     "Minister Bob Hart disagreed. \"No strike must go on for ever, and this one will end "
     "Friday,\" Hart said.",
     [("The strike must go on", "Transit union", "organization")]),
])
def test_a_topic_headline_quote_is_the_body_speakers(
        pipeline: Pipeline, title: str, body: str, expected: list[Expected]) -> None:
    """The body person whose quote holds the headline quote's words speaks it."""
    quotes = quotes_of(pipeline, body, title)
    for start, speaker, kind in expected:
        quote = find(quotes, start)
        assert (quote.speaker, quote.speaker_kind) == (speaker, kind), quote
