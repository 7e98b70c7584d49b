"""Issue 14: an unnamed person who speaks (``One mother ... told``) is whom the next
``she said`` stands for, not the person named before (real model; texts written for these
tests after tuning articles' shapes)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of, speaker_starting


@pytest.mark.parametrize(("body", "start", "expected"), [
    # A role noun brought in with "One": her "she said" in the next paragraph.
    ('"My daughter took physics online and got 94," said Tammy Reimer.\n\n'
     "One mother, who asked not to be named, told the Herald afterward that she thought her "
     "son would be better off in a bigger school.\n\n"
     '"He\'s the only boy in his grade," she said.',
     "He's the only boy", "One mother"),
    # A man word: a "he" goes to him, not to the prosecutor named before.
    ('"This is not a case about bad luck," Crown prosecutor Daniel Osei said.\n\n'
     "Outside court, several buyers said they had come to support her. One man, who bought "
     "a unit on the same floor, said he had lost $110,000.\n\n"
     '"We\'re all here because of her," he said.',
     "We're all here", "One man"),
    # A man's "he" never takes a father's noun for a "she", nor two mothers for one.
    ('Principal Karen Webb said the school would stay open.\n\n'
     "One father told reporters that the plan was unfair.\n\n"
     '"It is the only school for miles," she said.',
     "It is the only school", "Karen Webb"),
    ('Principal Karen Webb said the school would stay open.\n\n'
     "Two mothers told reporters that the plan was unfair.\n\n"
     '"It is the only school for miles," she said.',
     "It is the only school", "Karen Webb"),
    # A document whose noun is also a man's name ("bill") is no one who speaks.
    ("Councillor Tom Reyes opposed the plan.\n\n"
     "A bill tabled by the province says rents may rise by two per cent a year.\n\n"
     '"That is far too much for families," he said.',
     "That is far too much", "Tom Reyes"),
    # A passive subject is told or charged, not the teller: the named officer speaks on.
    ("Police spokesman Sgt. Mark Doyle said officers were called at 2 a.m.\n\n"
     "One man was charged with assault causing bodily harm.\n\n"
     '"He was known to us," he said.',
     "He was known to us", "Mark Doyle"),
    ("Sgt. Mark Doyle said officers were called at 2 a.m.\n\n"
     "One man was told to leave the bar before the fight.\n\n"
     '"He refused," he said.',
     "He refused", "Mark Doyle"),
    # Asking hands the word on: the named one answers.
    ("Premier Dana Holt toured the plant on Monday.\n\n"
     "A reporter asked whether the plant would close.\n\n"
     '"Not on my watch," she said.',
     "Not on my watch", "Dana Holt"),
    # Told of no one new: as before, the named person.
    ('"We will rebuild," Mayor Glen Turcotte said.\n\n'
     '"Give us a chance," he said after the meeting.',
     "Give us a chance", "Glen Turcotte"),
])
def test_an_unnamed_speaker_is_the_next_pronoun(pipeline: Pipeline, body: str, start: str,
                                                 expected: str) -> None:
    """``she said`` after ``One mother ... told`` is that mother; after an asker or no one
    unnamed, the person named before."""
    assert (speaker_starting(quotes_of(pipeline, body), start) or "").lower() == expected.lower()
