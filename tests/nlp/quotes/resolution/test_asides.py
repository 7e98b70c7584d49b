"""Speakers past an aside, after the closing mark, and of a partial quote's own clause (real model).

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # A relative clause between the name and its verb: not the clause's last noun.
    ("Pat Buchanan ran for president in 1992.\nSome Democrats feared a speech like the one "
     "at the 1992 convention, when Mr. Buchanan, who had failed to win his party's "
     "nomination, called for a “cultural war” against “liberals and radicals.”",
     [("cultural war", "Pat Buchanan", "person")]),
    ("Hillary Clinton has 31 endorsements in the Senate, where Bernie Sanders serves.\n"
     "Sanders, meanwhile, who sits at zero "
     "such endorsements, said that fact speaks volumes about which candidate is “prepared to "
     "take on the establishment.”",
     [("prepared to take on", "Bernie Sanders", "person")]),
    ("Jim Slinker runs a data company.\nMr. Slinker, whose latest start-up, Paradata, uses big "
     "data to help brands find suppliers, said Mr. Trump was a candidate in the spirit of "
     "Silicon Valley: “He’s a start-up kind of guy. He has a lot of ideas.”",
     [("He’s a start-up kind", "Jim Slinker", "person")]),
    # A participle aside: not its object.
    ("Jeb Bush spoke in Laconia, where a voter said he was leaning toward Mr. Trump. Mr. Bush, "
     "channeling his respectful roots, responded by "
     "first saying “some good things” about Mr. Trump.",
     [("some good things", "Jeb Bush", "person")]),
    # ... also a participle the tagger read as a past tense.
    ("The issue had come up Friday after Mr. Trump, asked about the deaths of journalists "
     "under Mr. Putin, had said, “I think our country does plenty of killing also.”",
     [("I think our country", "Trump", "person")]),
])
def test_speaker_before_an_aside(pipeline: Pipeline, body: str,
                                 expected: list[Expected]) -> None:
    """A cue the parse left without a subject belongs to the name before the aside."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # "differ" is a verb of saying in a clause of its own, not the one the quote stands in.
    ("Marco Rubio spoke in Miami.\nRubio also bemoaned the current political climate in which "
     "people “literally hate each other” because they differ politically.",
     [("literally hate each other", "Marco Rubio", "person")]),
    # A cue set off inside the words it reports keeps them, whoever their clause is about.
    ("Marco Rubio spoke in Miami.\nVice President Joe Biden, Rubio said, had been in the "
     "Senate for “a thousand years” and passed “hundreds of bills.”",
     [("a thousand years", "Marco Rubio", "person")]),
])
def test_partial_quote_keeps_its_own_clause(pipeline: Pipeline, body: str,
                                            expected: list[Expected]) -> None:
    """A verb of saying that does not govern a partial quote loses it to its clause's name."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # The name after the quote tagged as a verb is the subject, not the cue.
    ("Donald Trump spoke after Jeb Bush.\nBush, however, interjected by hitting Trump for "
     "using eminent domain to seize private property.\n\"Jeb wants to be a tough guy "
     "tonight,\" Trump shot back. \"Let me talk.\"",
     [("Jeb wants to be", "Donald Trump", "person")]),
    # A party and state in parentheses between the name and its verb.
    ("Democrats met Clinton on Wednesday.\n“She said that ‘I know the difference between "
     "having the House and not having the House, and I want the House so I’m going to do "
     "everything I can to help,’” Rep. Jim McDermott (D-Wash.) said.",
     [("She said that", "Jim McDermott", "person")]),
    # A name the parse hung on the verb as a compound is its subject.
    ("Glenn Beck spoke in Indiana.\nWhen someone in the audience shouted, “Cruz,” Beck "
     "joked, again using an exaggerated Southern accent, “Amen, brother! Come on up and get "
     "baptized!”",
     [("Amen, brother", "Glenn Beck", "person")]),
])
def test_verb_after_the_quote(pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """The verb after a closing mark and its subject, past a mistagged name or a parenthesis."""
    check(pipeline, body, expected)
