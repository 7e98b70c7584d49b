"""Issue 14: beliefs, stances and findings as indirect quotes with their cue kind (real model).

Texts are written for these tests, paraphrasing common news constructions; every quote also
passes the offset invariant (``quotes_of``).
"""

from __future__ import annotations

import pytest

from newswire.models import Quote
from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_french import french_quotes

#: (text, cue_kind, speaker, speaker_kind) of each quote that is not speech.
Attitude = tuple[str, str, str | None, str]


def attitudes_of(quotes: list[Quote]) -> list[Attitude]:
    """The quotes whose cue is no verb of saying, as comparable rows."""
    return [(q.text, q.cue_kind, q.speaker, q.speaker_kind) for q in quotes
            if q.cue_kind != "speech"]


@pytest.mark.parametrize(("body", "expected"), [
    ("Senator Ann Lee thinks the tax plan is dead on arrival in the House.",
     [("the tax plan is dead on arrival in the House", "belief", "Ann Lee", "person")]),
    ("Most Democratic officials believe that Wasserman Schultz is at risk of losing her primary.",
     [("that Wasserman Schultz is at risk of losing her primary", "belief",
       "Most Democratic officials", "group")]),
    # The lemmatiser reads "hopes" as "hop": the form is looked up too.
    ("Hillary Clinton hopes to make a statement in California on Tuesday.",
     [("to make a statement in California on Tuesday", "belief", "Hillary Clinton", "person")]),
    ("Governor Chris Christie endorsed Donald Trump on Friday.",
     [("Donald Trump", "stance", "Chris Christie", "person")]),
    ("Many of the party's donors oppose the new tax on carbon emissions.",
     [("the new tax on carbon emissions", "stance", "party's donors", "group")]),
    # find26: "called for" is speech now (tests/nlp/quotes/test_finding.py); "pushed for"
    # stays a stance.
    ("Senator Ann Lee pushed for an independent investigation into the shooting.",
     [("an independent investigation into the shooting", "stance", "Ann Lee", "person")]),
    ("Ann Lee refused to endorse Donald Trump at the convention.",
     [("to endorse Donald Trump at the convention", "stance", "Ann Lee", "person")]),
    ("A new Quinnipiac poll shows that Clinton leads Trump by six points in Ohio.",
     [("that Clinton leads Trump by six points in Ohio", "finding", "Quinnipiac poll",
       "document")]),
    ("A study by the Council of the Great City Schools found that students take 112 "
     "standardized tests.",
     # A named organisation's study speaks as it (enkinds42; was the study's phrase).
     [("that students take 112 standardized tests", "finding",
       "Council of the Great City Schools", "organization")]),
    # A document's object is found with what follows it.
    ("A Fox News poll shows Sanders with 47 percent versus Clinton, who has 44 percent.",
     [("Sanders with 47 percent versus Clinton, who has 44 percent", "finding",
       "Fox News poll", "document")]),
    # A participle on a document: the document shows it.
    ("Priebus spoke in the wake of a new poll showing Trump's standing with Latinos down to 14 "
     "percent.",
     [("Trump's standing with Latinos down to 14 percent", "finding", "poll", "document")]),
    # What was found comes first; the parse takes "records" for a compound of "show".
    ("The plane flew 216 hours, F.A.A. records show.",
     [("The plane flew 216 hours", "finding", "F.A.A. records", "document")]),
])
def test_attitudes_and_their_holders(pipeline: Pipeline, body: str,
                                     expected: list[Attitude]) -> None:
    """A belief, stance or finding is an indirect quote of its subject, labelled by kind."""
    quotes = quotes_of(pipeline, body)
    assert attitudes_of(quotes) == expected
    assert all(q.kind == "indirect" for q in quotes if q.cue_kind != "speech")


@pytest.mark.parametrize(("body", "expected"), [
    ("The closures appear to have brought some stability to the remaining casinos.",
     "The closures appear to have brought some stability to the remaining casinos"),
    ("The new rules are expected to take effect in January.",
     "The new rules are expected to take effect in January"),
    ("It seems that the governor has changed her mind about the bill.",
     "that the governor has changed her mind about the bill"),
    # The parse reads an adjective after "seem" as its oprd.
    ("Trump's supporters seemed equally unperturbed by the news.",
     "Trump's supporters seemed equally unperturbed by the news"),
    # "it" with an infinitive is what appears so, no expletive (recall22).
    ("The news was significant because it appeared to undercut her argument.",
     "it appeared to undercut her argument"),
    # A coordinated verb shares its head's subject: the coordination is the clause.
    ("Trump held a sizable lead in the race and appeared poised to win his first contest.",
     "Trump held a sizable lead in the race and appeared poised to win his first contest"),
])
def test_hedges_are_the_whole_clause_without_source(pipeline: Pipeline, body: str,
                                                    expected: str) -> None:
    """``X appears to``, ``is expected to``: the writer's hedge, the clause, nobody's."""
    assert attitudes_of(quotes_of(pipeline, body)) == [(expected, "belief", None, "unknown")]


@pytest.mark.parametrize("body", [
    "If the governor supports the bill, it will pass the Senate easily.",  # supposed
    "We think the plan is a good one for the city.",  # generic or unnamed holder
    "I believe that the country deserves better leaders.",
    "You think the race is over, but the polls are still close.",
    "Does Ann Lee think the plan will pass the Senate?",  # asked
    "Ann Lee would support the tax cut if the deficit fell.",  # only possible
    "The company found a buyer for its plant in Ohio.",  # a person's find is no finding
    "Ann Lee supported it.",  # a pronoun says nothing of the stance
    "Ann Lee appeared on Fox News on Sunday morning.",  # no clause: no hedge
])
def test_attitudes_not_held_are_left_out(pipeline: Pipeline, body: str) -> None:
    """Conditionals, questions, I/we/you and modals are no attitude."""
    assert attitudes_of(quotes_of(pipeline, body)) == []


@pytest.mark.parametrize(("body", "speech"), [
    ("“I think the plan is dead,” Ann Lee said.", "I think the plan is dead,"),
    ("Ann Lee said she believes the plan is dead on arrival in the House.",
     "she believes the plan is dead on arrival in the House"),
])
def test_speech_keeps_what_it_reports(pipeline: Pipeline, body: str, speech: str) -> None:
    """A belief inside a quotation or reported speech is the speech's, said by its speaker."""
    quotes = quotes_of(pipeline, body)
    assert [(q.text, q.cue_kind, q.speaker) for q in quotes] == [(speech, "speech", "Ann Lee")]


def test_french_beliefs_beside_speech(pipeline: Pipeline) -> None:
    """French reads verbs of thinking (``croire``, ``penser``, ``craindre``: french26) and
    no others of the attitude tables yet: a belief, then speech."""
    body = ("Les syndicats croient que le gouvernement finira par céder. Le ministre Bruno Le "
            "Maire a affirmé que la croissance repartira au printemps.")
    quotes = french_quotes(pipeline, body)
    assert [q.cue_kind for q in quotes] == ["belief", "speech"]
