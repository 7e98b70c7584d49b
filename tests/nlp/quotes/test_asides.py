"""Speakers past an aside, a dash or a sentence break, and ``according to`` sources (real model).

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_resolution import Expected, check, find


@pytest.mark.parametrize(("body", "expected"), [
    # A relative clause between the name and its verb: not the clause's last noun.
    ("The dinner ended late.\nLevine, who has given money to Marco Rubio, said, "
     "“He’s flat-out scary. I think he’s a wonderful man, but he’s totally vapid.”",
     [("He’s flat-out scary", "Levine", "person")]),
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
    # A participle after a dash is the sentence subject's, as after a comma.
    ("Bill Maher hosted the show.\nMaher struggles with a basic task in politics - bragging "
     "- conceding that, when he does, he feels “the looming presence of his mother.”",
     [("the looming presence", "Bill Maher", "person")]),
    # A participle opening its sentence is the subject's of the sentence before.
    ("Bill Maher hosted the show.\nLater in the show, Maher stated of the email scandal that "
     "the inspector general’s report “wasn’t good.” Adding, “Now, like with all Clinton "
     "scandals, what they actually do is never that bad.”",
     [("Now, like with all", "Bill Maher", "person")]),
])
def test_participle_speaker_past_a_break(pipeline: Pipeline, body: str,
                                         expected: list[Expected]) -> None:
    """A participle of saying after a dash, or opening a sentence, has the subject before."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "start", "mention"), [
    # The cue's subject is a share, no speaker: the poll the sentence cites is the source.
    ("Voters were asked in February.\nSome 55 percent of voters nationwide said they do not "
     "believe Mrs. Clinton “cares about people like me,” according to a Quinnipiac poll "
     "conducted in February.", "cares about people", "a Quinnipiac poll"),
    ("The survey was released on Monday.\nNearly three in four say they would like to buy "
     "goods made in the United States, according to the survey.", "they would like",
     "the survey"),
    # A named speaker keeps the quote: the outlet cited is not the speaker.
    ("Sanders spoke to his delegates.\n“I ask you not to engage in any kind of protest on "
     "the floor,” Sanders said, according to CNN.", "I ask you", "Sanders"),
])
def test_according_to_names_a_lost_source(pipeline: Pipeline, body: str, start: str,
                                          mention: str) -> None:
    """Words whose cue names nobody come from the sentence's ``according to`` source."""
    quote = find(quotes_of(pipeline, body), start)
    assert quote.speaker_mention is not None, quote
    assert quote.speaker_mention.text == mention


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


@pytest.mark.parametrize(("body", "start", "mention"), [
    # A name after a dash heading the quote, tagged as nouns when no entity is found.
    ("Online samples were compared.\nEstimates of civic engagement are particularly "
     "problematic - Pew Research: “All the samples evaluated include more politically engaged "
     "individuals than benchmark sources indicate.”", "All the samples", "Pew Research"),
    # "More from the report:" names the document the quote comes from.
    ("Online samples were compared.\nIt is not enough to look representative - More from the "
     "report: “Today numerous online survey vendors condition their samples on other "
     "variables.”", "Today numerous", "the report"),
    # A number is a word of what was said.
    ("The rally was held on Saturday.\nThe OFL said 10,000 people came.", "10,000 people came",
     "OFL"),
])
def test_source_heading_or_counted(pipeline: Pipeline, body: str, start: str,
                                   mention: str) -> None:
    """A name or document heading a quote after a colon, and speech that is mostly numbers."""
    quote = find(quotes_of(pipeline, body), start)
    assert quote.speaker_mention is not None, quote
    assert quote.speaker_mention.text == mention


@pytest.mark.parametrize("body", [
    "The clip went viral.\nThe content of his words is still far out. But hearing him say it "
    "in a British accent gives it a certain sophisticated tone.",
])
def test_speech_only_heard_reports_nothing(pipeline: Pipeline, body: str) -> None:
    """``hearing him say it ... gives it a tone``: the sentence is no reported speech."""
    assert not [q for q in quotes_of(pipeline, body) if q.cue and q.cue.text == "say"]


@pytest.mark.parametrize(("body", "expected"), [
    # The name after the quote tagged as a verb is the subject, not the cue.
    ("Donald Trump and Jeb Bush clashed again.\n\"Jeb wants to be a tough guy tonight,\" "
     "Trump shot back. \"Let me talk.\"",
     [("Jeb wants to be", "Donald Trump", "person")]),
    # A party and state in parentheses between the name and its verb.
    ("Democrats met Clinton on Wednesday.\n“She said she wants the House so she is going to "
     "do everything she can to help,” Rep. Jim McDermott (D-Wash.) said.",
     [("She said she wants", "Jim McDermott", "person")]),
    # A name the parse hung on the verb as a compound is its subject.
    ("Glenn Beck spoke in Indiana.\nWhen someone in the audience shouted, “Cruz,” Beck "
     "joked, again using an exaggerated Southern accent, “Amen, brother! Come on up and get "
     "baptized!”",
     [("Amen, brother", "Glenn Beck", "person")]),
])
def test_verb_after_the_quote(pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """The verb after a closing mark and its subject, past a mistagged name or a parenthesis."""
    check(pipeline, body, expected)
