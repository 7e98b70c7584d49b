"""Words before a person's full name that the model takes into it are no part of the name the
quotes give (real model): a common noun capitalised because it opens the sentence (a player's
position: ``Center Tyler Okafor``), a party's possessive (``Labour’s Niall Corrigan``), the
courtesy title of French-speaking courts (``Maître Olivier Rambaud-Sisse``); and a full name
with a barrister's letters after it (``Declan Furlong SC``, read as a club) is a person's.

Texts are written for these tests, in the phrasing of sports, court and parliamentary copy.
"""

from __future__ import annotations

import pytest

from newswire.nlp.entities.roles.descriptors import descriptor
from newswire.nlp.entities.spans.retype import lettered_person
from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # A player's position opening the sentence, then his surname alone.
    ("Not everyone in the room was as calm. Center Tyler Okafor, his linemate since his "
     "rookie season, said he found out from a text message.\n\n\"That one hurts,\" Okafor "
     "said.",
     [("he found out", "Tyler Okafor", "person"), ("That one hurts", "Tyler Okafor", "person")]),
    ("Defenseman Andre Wilkes was blunter.\n\n\"I'm not saying it's wrong. I'm saying we can "
     "all read,\" Wilkes said.",
     [("I'm not saying", "Andre Wilkes", "person")]),
    # A lawyer's courtesy title in English copy from The Hague.
    ("His lead defence lawyer, Maître Olivier Rambaud-Sisse, told reporters outside the court "
     "that his client would appeal. \"This verdict rests on borrowed memories,\" he said.",
     [("This verdict rests", "Olivier Rambaud-Sisse", "person")]),
    # A barrister's letters: the model read the name as an organisation.
    ("Counsel for the HSE, Declan Furlong SC, had argued during the hearing that the slide was "
     "\"at the very limits of what a screener could detect\".",
     [("at the very limits", "Declan Furlong", "person")]),
])
def test_the_speaker_is_the_name_without_the_word_before_it(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """The quotes of a person introduced with a position, a possessive or a courtesy title go
    to the name alone."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("Center Tyler Okafor said", "Center Tyler Okafor", "Tyler Okafor"),
    ("He left. Defenseman Andre Wilkes said", "Defenseman Andre Wilkes", "Andre Wilkes"),
    ("said Labour’s Niall Corrigan TD", "Labour’s Niall Corrigan TD", "Niall Corrigan TD"),
    ("his lawyer, Maître Olivier Rambaud-Sisse, said", "Maître Olivier Rambaud-Sisse",
     "Olivier Rambaud-Sisse"),
    # Guards: a common word inside a sentence is a name's (no sentence opens there), a first
    # name that is also a word stays, no first name after the word, one word after it.
    ("a game at Center Tyler Okafor Arena", "Center Tyler Okafor", "Center Tyler Okafor"),
    ("Will Grant Holloway said", "Will Grant Holloway", "Will Grant Holloway"),
    ("Grand Rapids Township said", "Grand Rapids Township", "Grand Rapids Township"),
    ("Labour’s Corrigan said", "Labour’s Corrigan", "Labour’s Corrigan"),
])
def test_the_word_before_a_full_name(text: str, span: str, expected: str) -> None:
    """What is left of a person's span opening on a position, a possessive or a courtesy
    title; a name of words or with no first name after them is left whole."""
    start = text.index(span)
    got, label = descriptor(text, start, start + len(span), "PERSON")
    assert (text[got:start + len(span)], label) == (expected, "PERSON")


@pytest.mark.parametrize(("name", "expected"), [
    ("Declan Furlong SC", True),
    ("Mary Lou McDonald TD", True),
    ("Niamh Brennan, QC", True),
    # Guards: no first name, no letters, a club opening on a first name ("Orlando"), whose
    # other words are words or a club's.
    ("Corrib Diagnostics SC", False),
    ("Declan Furlong", False),
    ("Sporting Lisbon SC", False),
    ("Orlando City SC", False),
    ("Jordan Valley SC", False),
    ("Charlotte Galaxy SC", False),
])
def test_a_full_name_with_letters_after_it_is_a_persons(name: str, expected: bool) -> None:
    """A first name, a surname and a barrister's or legislator's letters make a person."""
    assert lettered_person(name) is expected
