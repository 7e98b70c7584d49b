"""Which verb a quote belongs to when several could claim it (real model).

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_resolution import Expected, check, find


@pytest.mark.parametrize(("body", "expected"), [
    # A verb of saying in the clause before ("criticized") does not govern the quote; the
    # verb it hangs on ("shot back") is nearer and does.
    ("The debate turned sharp in March.\nAfter former Gov. Jerry Brown criticized Bill Clinton "
     "during a debate, Hillary shot back, “I suppose I could have stayed home and baked "
     "cookies.”",
     [("I suppose I could", "Hillary", "person")]),
    # Speech only foreseen (a modal) did not say the words: the verb above it did.
    ("John Bolton spoke on Monday.\nBolton said Trump would warn voters about the "
     "“strategic threats that exist out there” in Russia and China.",
     [("strategic threats", "John Bolton", "person")]),
    # ... nor an infinitive clause with its own subject under "expects".
    ("Hillary Clinton spoke in Minneapolis.\nClinton says the administration should take "
     "more measures and that she expects President Barack Obama to announce an "
     "“intensification” of the campaign.",
     [("intensification", "Hillary Clinton", "person")]),
    # A participle of saying after a comma, which the parse left without a subject, is the
    # sentence subject's.
    ("The band played on Friday.\nBand member Flea shared the news on social media last week, "
     "writing “Feels great to support someone I believe in. This is a man with integrity.”",
     [("Feels great", "Flea", "person")]),
    # ... also when the parse climbs from it to a clause that names nobody.
    ("Barry Bennett spoke to reporters.\nReached by phone, Bennett denied the notion that a "
     "campaign shakeup is coming, explaining that he was unaware of the interview because he "
     "was “taking a day off.”",
     [("taking a day off", "Barry Bennett", "person")]),
    # "that" stands for the ad: the one releasing it made it speak.
    ("The primary is on Tuesday.\nDemocratic presidential candidate Bernie Sanders is "
     "releasing a new 30-second ad that urges voters in New York to “send a message” to Wall "
     "Street banks and billionaires.",
     [("send a message", "Bernie Sanders", "person")]),
])
def test_cue_a_quote_belongs_to(pipeline: Pipeline, body: str,
                                expected: list[Expected]) -> None:
    """The quote goes to the verb that said it: nearest governing, said, with its subject."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "start", "mention"), [
    # A speaker described by age, which the parse reads as an adjective.
    ("The clip ran on Thursday.\n“What if Donald Trump had elocution lessons?” the "
     "43-year-old asked in the video’s description.", "What if Donald", "43-year-old"),
])
def test_mention_of_speaker(pipeline: Pipeline, body: str, start: str, mention: str) -> None:
    """The words naming the speaker, when the parse gives the cue no subject."""
    quote = find(quotes_of(pipeline, body), start)
    assert quote.speaker_mention is not None, quote
    assert quote.speaker_mention.text == mention, quote


@pytest.mark.parametrize(("body", "start"), [
    # "self-described" modifies a noun: no act of saying, and "self" is nobody.
    ("Donald Trump gave several interviews on Thursday.\nTrump referred to Barack Obama as "
     "“the most valuable player of the year” for the self-described Islamic State.",
     "the most valuable"),
])
def test_participle_modifier_is_no_cue(pipeline: Pipeline, body: str, start: str) -> None:
    """A participle of saying that modifies a noun never makes its neighbour a speaker."""
    quote = find(quotes_of(pipeline, body), start)
    assert quote.speaker_mention is None or quote.speaker_mention.text != "self", quote


@pytest.mark.parametrize(("title", "start", "speaker"), [
    ("The Latest: Trump delivers defense of ‘New York values’ at gala", "New York values",
     "Donald Trump"),
    ("Clinton: Time for ‘intensification’ of strategy", "intensification", "Hillary Clinton"),
])
def test_headline_label_names_nobody(pipeline: Pipeline, title: str, start: str,
                                     speaker: str) -> None:
    """A wire label before a headline's colon is no speaker; the clause's subject is."""
    body = ("Donald Trump spoke at a gala in New York on Thursday.\nHillary Clinton spoke "
            "in Minneapolis.")
    quote = find(quotes_of(pipeline, body, title), start)
    assert quote.speaker == speaker, quote
