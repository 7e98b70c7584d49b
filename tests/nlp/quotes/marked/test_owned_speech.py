"""A quote in the that-clause of someone's words (``his warning that ... “...”``) is the
possessor's (real model).

Texts are written for these tests, after sentences of PolNeAR train articles; each row is
(text, start of the quote's text, the speaker mention's words, the speaker).
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_resolution import find

Row = tuple[str, str, str, str | None]

OWNED: list[Row] = [
    # The possessor of a noun of saying speaks its that-clause, not the sentence's subject
    # (the mention PolNeAR marks is the possessor, even when the speaker is the same).
    ("Former US secretary of state Madeleine Albright, a Clinton supporter, fanned controversy "
     "earlier this year over her remark that “there’s a special place in hell for women who "
     "don’t help each other.”",
     "there’s a special place", "her", "Madeleine Albright"),
    ("Barack Obama left London on Sunday. But he leaves behind a furious backlash against the "
     "statements made during his British trip, particularly his warning that Britain would "
     "have to go to the “back of the queue” if it wanted a trade deal.",
     "back of the queue", "his", "Barack Obama"),
    ("Elizabeth Warren criticized Donald Trump on Monday, recalling his claim that the housing "
     "crash was “a good thing.”",
     "a good thing", "his", "Donald Trump"),
    # A holder after "by" or "from" owns the words as a possessor does.
    ("Republicans dismissed a claim by Donald Trump that the election was “rigged from the "
     "very start.”",
     "rigged from the very start", "Donald Trump", "Donald Trump"),
    ("The senator cited a statement from the White House that the plan was “dead on arrival "
     "in the Senate.”",
     "dead on arrival", "the White House", "White House"),
    # A time between the noun and its clause, where the parse hangs the clause on the verb.
    ("Donald Trump spoke on Friday. He was challenged over his statement on Wednesday that "
     "“Islam hates us,” but he kept his temper.",
     "Islam hates us", "his", "Donald Trump"),
    ("Hillary Clinton spoke on Friday. Bernie Sanders mocked her promise last week that the "
     "plan would “protect every worker.”",
     "protect every worker", "her", "Hillary Clinton"),
    # Guards: a verb of saying inside the clause is the nearer cue; a noun with no possessor
    # owns nothing; a quote outside the that-clause keeps its own cue.
    ("Elizabeth Warren repeated her claim that Donald Trump said the crash was “a good thing” "
     "for his business.",
     "a good thing", "Donald Trump", "Donald Trump"),
    ("Elizabeth Warren recalled the claim that the housing crash was “a good thing for "
     "business.”",
     "a good thing", "Elizabeth Warren", "Elizabeth Warren"),
    ("Hillary Clinton spoke on Friday. Bernie Sanders mocked her plan last week, insisting "
     "that it would not “protect every worker in the country.”",
     "protect every worker", "Bernie Sanders", "Bernie Sanders"),
    ("“It was a good thing for business,” Elizabeth Warren said of his claim that the crash "
     "helped him.",
     "It was a good thing", "Elizabeth Warren", "Elizabeth Warren"),
]


@pytest.mark.parametrize(("body", "start", "mention", "speaker"), OWNED)
def test_possessor_of_the_words_speaks(pipeline: Pipeline, body: str, start: str,
                                       mention: str, speaker: str | None) -> None:
    """The quote's speaker mention and speaker are the possessor's of the noun of saying."""
    quote = find(quotes_of(pipeline, body), start)
    assert (quote.speaker_mention.text if quote.speaker_mention else "") == mention, quote
    assert quote.speaker == speaker, quote
