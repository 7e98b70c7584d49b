"""Whose a quote is when the parse offers a word of another clause as its speaker (real
model).

Texts are written for these tests, after sentences of PolNeAR train articles and Canadian
news; each row is (text, start of the quote's text, the speaker mention's words).
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_resolution import find

Row = tuple[str, str, str]


def check_mention(pipeline: Pipeline, body: str, start: str, mention: str) -> None:
    """The quote starting with ``start`` has the speaker mention ``mention`` (none: "")."""
    quote = find(quotes_of(pipeline, body), start)
    assert (quote.speaker_mention.text if quote.speaker_mention else "") == mention, quote


COLONS: list[Row] = [
    # The verb right before the colon speaks, not a verb of another clause farther off.
    ("When Trump suggested that Cuba would sue the U.S. for reneging on the deal, Rubio fired "
     "back forcefully: “If they sue us in a court in Miami, they're going to lose,” referencing "
     "the many Cuban immigrants in the region.",
     "If they sue us", "Rubio"),
    ("She said that the experts had found her plan effective and strong, to which Tom Walsh "
     "interjected: “It's just not true.”",
     "It's just not true", "Tom Walsh"),
    # ... but not a verb inside what the other verb says, nor one the parse calls a relative.
    ("Trump said Clinton lied to the families: “She never told the truth about the emails.”",
     "She never told", "Trump"),
    ("Another reader said he hoped with his “whole heart” that Trump wins the election: “That "
     "way I can watch the comedy for several years.”",
     "That way I can", "Another reader"),
    # A name after the "from" of a clause is no label heading the quote.
    ("At the rally, Trump wrongly suggested the judge was from Mexico: “The judge, who "
     "happens to be Mexican, is a hater.”",
     "The judge, who", "Trump"),
    ("More from Jones: “We will not stop until the plant reopens.”",
     "We will not stop", "Jones"),
    # Whom a verb of feeling moves, named right before the colon, speaks; not another object.
    ("The timing of the surge doesn't surprise Republican pollster Daron Shaw: “It's the "
     "classic pattern of a candidate who catches fire late.”",
     "It's the classic", "Daron Shaw"),
    ("The report blamed Clinton: “The secretary failed to act on the warnings.”",
     "The secretary failed", "The report"),
    # "had this to say": this is no speaker.
    ("Likewise, a paper from the Brookings Institution had this to say about the proposal: "
     "“Families from the top half of the income distribution would receive more.”",
     "Families from the top", "a paper"),
]


@pytest.mark.parametrize(("body", "start", "mention"), COLONS)
def test_colon_hands_the_quote_to_the_verb_before_it(pipeline: Pipeline, body: str,
                                                    start: str, mention: str) -> None:
    """A quote after a colon is the subject's of the verb before the colon when the cue
    found stands in another clause, the named object's of a verb of feeling; a ``from`` of a
    clause heads no label; ``this`` of ``had this to say`` is nobody."""
    check_mention(pipeline, body, start, mention)


CLAUSES: list[Row] = [
    # A relative clause with no comma holds no speaker: the noun it describes speaks.
    ("Although there is no such overlap with the other team, a White House official who spoke "
     "anonymously to discuss internal strategy said Wednesday, “Certainly there are "
     "discussions between the two campaigns.”",
     "Certainly there are", "a White House official"),
    # A participle or infinitive has no subject after it.
    ("And Premier Danielle Smith made a point of saying the arena where the rally was held "
     "“was a place of solidarity and empowerment.”",
     "was a place of", "Danielle Smith"),
    ("Fueled by frustration, Pierre Poilievre explained the minister's refusal to call the attack "
     "an act of “terrorism by a foreign state” is a weakness.",
     "terrorism by a foreign", "Pierre Poilievre"),
    # ... unless it opens the sentence before its own subject (whose mention keeps the words
    # of its compound: not "estate mogul"), or is "according to".
    ("Declaring that he alone has the strength to secure the homeland, the billionaire real "
     "estate mogul offered himself as a “law and order candidate” to the crowd.",
     "law and order", "the billionaire real estate mogul"),
    ("His critics waited in the snow to heckle him. Holding signs calling Ford “Ontario’s "
     "Biggest Loser,” the protesters chanted “Doug Ford: Bad for Ontario, bad for you.” Ford "
     "slipped in a back door to avoid them.",
     "Doug Ford: Bad", "the protesters"),
    ("The plan is “dead on arrival in the House,” according to Senator Ann Lee.",
     "dead on arrival", "Ann Lee"),
    # Whoever sent the message speaks, not those it was sent to.
    ("Even before the results came in, the Liberal Party sent out a text message to supporters "
     "saying: “With your help, we were just declared the winner in Toronto!”",
     "With your help", "the Liberal Party"),
    # ... and so does whoever did what happened "at one point".
    ("Mayor Don Guardian has battled with the governor over the city's finances, at one point "
     "calling him a “liar” who was not “honorable.”",
     "liar", "Don Guardian"),
    # A participle under a passive verb is its subject's, not its "by" agent's ...
    ("Comedian Sarah Silverman was booed and shouted down by Bernie Sanders supporters after "
     "telling holdouts for the Vermont senator that they were “being ridiculous.”",
     "being ridiculous", "Comedian Sarah Silverman"),
    # ... when that subject names someone.
    ("The bill was criticized by Senator Ann Lee, saying it was “a disaster for farmers.”",
     "a disaster for", "Ann Lee"),
    # Titles joined by "and" before a name are that person's.
    ("Former prosecutor and New York City Mayor Rudy Giuliani trashed Comey on television, "
     "calling it a “no-brainer” to prosecute under the law.",
     "no-brainer", "Rudy Giuliani"),
]


@pytest.mark.parametrize(("body", "start", "mention"), CLAUSES)
def test_speaker_of_the_right_clause(pipeline: Pipeline, body: str, start: str,
                                     mention: str) -> None:
    """The speaker is the describing noun of a relative clause, never a word after a
    participle or infinitive, the sender of a message, the subject of a passive above a
    participle and the name after joined titles."""
    check_mention(pipeline, body, start, mention)


BESIDE: list[Row] = [
    # A relative pronoun after the closing mark stands for a word of the quote.
    ("“Well, you were for Bernie and I'm for Hillary,” he said. Sarah Silverman interjected, "
     "“Ladies and gentlemen, Mr. Paul Simon,” who proceeded to perform a song.",
     "Ladies and gentlemen", "Sarah Silverman"),
    # A sentence whose verb's object only names the speech introduces the quote after it.
    # A whole sentence quoted and signed after a dash, the line break lost.
    ("Quotable. “The whole idea of a ‘Crooked Hillary’ is something that we hear about all the "
     "time, and it needs to stop.” -Michelle Marks, Philadelphia.",
     "The whole idea", "-Michelle Marks"),
    ("“I will win for you!” — the balloons cascaded down on the crowd.",
     "I will win", ""),
    ("On the other side, Sen. Ted Cruz (R-Tex.), a candidate for president who has made "
     "religious liberty a centerpiece of his campaign, tweeted a statement. “Missouri: "
     "Remember in November the Democrats who filibustered for 30 hours.”",
     "Missouri: Remember", "Ted Cruz"),
]


@pytest.mark.parametrize(("body", "start", "mention"), BESIDE)
def test_speaker_beside_the_quote(pipeline: Pipeline, body: str, start: str,
                                  mention: str) -> None:
    """A relative after the closing mark is no speaker; a dash and a name right after a quoted
    sentence sign it; a verb of saying whose object only names the speech (``tweeted a
    statement.``) speaks the quote after its sentence."""
    check_mention(pipeline, body, start, mention)
