"""Issue 14 (attit17): verbs of wishing, knowing and backing, nouns of attitudes with their
holder's possessive (``Trump's decision to run``), and the attitudes kept although denied,
inside another verb's phrase, in a relative clause or on a participle.

Texts are written for these tests in several news styles (US, UK, Canadian, wire),
paraphrasing common constructions; every quote also passes the offset invariant
(``quotes_of``).
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.stances.held import _ends_in_question
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_topics import Row, indirect_of


@pytest.mark.parametrize(("body", "expected"), [
    ("Senator Ann Lee wants to raise the minimum wage to fifteen dollars.",
     [("to raise the minimum wage to fifteen dollars", "belief", "Ann Lee")]),
    ("The union is seeking a four percent pay rise for nurses in Ontario.",
     [("a four percent pay rise for nurses in Ontario", "belief", "union")]),
    ("Ann Lee knows that the bill will not pass the Senate this year.",
     [("that the bill will not pass the Senate this year", "belief", "Ann Lee")]),
    ("The minister understands that farmers are angry about the levy.",
     [("that farmers are angry about the levy", "belief", "minister")]),
    ("Economists assume that the central bank will raise rates in March.",
     [("that the central bank will raise rates in March", "belief", "Economists")]),
    ("He knows the city well.", []),  # knowing a thing, no clause: no belief
])
def test_wishing_and_knowing_are_beliefs(pipeline: Pipeline, body: str,
                                         expected: list[Row]) -> None:
    """``want``/``seek`` take an infinitive or object, ``know``/``assume`` a clause."""
    assert indirect_of(quotes_of(pipeline, body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Three unions backed Jeremy Corbyn in the leadership race.",
     [("Jeremy Corbyn", "stance", "Three unions")]),
    ("The Conservatives embraced the plan to cut stamp duty for first-time buyers.",
     [("the plan to cut stamp duty for first-time buyers", "stance", "Conservatives")]),
    ("The mayor welcomed the decision to reopen the library.",
     [("the decision to reopen the library", "stance", "mayor")]),
    # What the thanks are for goes with the object (recall21, as PolNeAR marks it).
    ("The premier thanked the federal government for its help with the wildfires.",
     [("the federal government for its help with the wildfires", "stance", "premier")]),
    ("Senator Ann Lee has long championed a national carbon tax.",
     [("a national carbon tax", "stance", "Ann Lee")]),
    ("The Labour leader backed down on Tuesday.", []),  # no object: no stance
])
def test_backing_verbs_are_stances(pipeline: Pipeline, body: str,
                                   expected: list[Row]) -> None:
    """A verb of backing something takes its object as the stance."""
    assert indirect_of(quotes_of(pipeline, body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Ann Lee does not support the tax cut for the wealthiest families.",
     [("the tax cut for the wealthiest families", "stance", "Ann Lee")]),
    ("Lee isn't sure the bill will pass.", [("the bill will pass", "belief", "Lee")]),
    ("Many Republicans tended to support the nominee despite his remarks.",
     [("the nominee", "stance", "Republicans")]),
    ("Voters who support Bernie Sanders turned out in large numbers.",
     [("Bernie Sanders", "stance", "Voters")]),
    ("The super PAC supporting Jeb Bush spent millions on television ads in Iowa.",
     [("Jeb Bush", "stance", "PAC")]),
])
def test_denied_embedded_and_described_attitudes_are_kept(pipeline: Pipeline, body: str,
                                                          expected: list[Row]) -> None:
    """Negation, another verb's phrase, ``who`` and a participle on the holder: still held."""
    assert indirect_of(quotes_of(pipeline, body)) == expected


@pytest.mark.parametrize("body", [
    "A candidate backed by the party leadership won the primary.",  # a passive description
    "Ann Lee would support the tax cut if the deficit fell.",  # only possible
    "If you want to vote, bring identification.",  # supposed, and "you"
    "The suspect is wanted for questioning by the police.",  # passive: no hedge clause
])
def test_possible_supposed_and_passive_are_left_out(pipeline: Pipeline, body: str) -> None:
    """``would``, ``if`` and a passive participle on a noun hold no attitude."""
    assert indirect_of(quotes_of(pipeline, body)) == []


@pytest.mark.parametrize(("body", "expected"), [
    ("Trump's decision to skip the debate surprised his rivals.",
     [("to skip the debate", "belief", "Trump")]),
    # The passive's "by" phrase rejects the whole call (recall22).
    ("The union's call for a general strike was rejected by the government.",
     [("The union's call for a general strike", "stance", "government"),
      ("a general strike", "speech", "union")]),  # a call for: speech (find26)
    ("Labour's opposition to the new runway at Heathrow has hardened.",
     [("the new runway at Heathrow", "stance", "Labour")]),
    ("The decision to close the plant was made in March.", []),  # nobody's: no possessive
    ("Our plan to rebuild the bridge will take three years.", []),  # the writer's own
    ("Clinton's support among young voters has slipped.", []),  # no object of the stance
])
def test_attitude_nouns_with_a_possessive(pipeline: Pipeline, body: str,
                                          expected: list[Row]) -> None:
    """A noun of an attitude held by its possessive: its infinitive, clause or object."""
    assert indirect_of(quotes_of(pipeline, body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Trump's attacks on Hillary Clinton have grown sharper this week.",
     [("Hillary Clinton", "stance", "Trump")]),
    ("The senator's criticism of the trade deal cost him union votes.",
     [("the trade deal", "stance", "senator")]),
    # Without a possessive, "among", "from" or "by" names the holder (attit18).
    ("Criticism of the ruling by civil liberties groups was immediate.",
     [("the ruling", "stance", "civil liberties groups")]),
    ("Praise from Democrats for the plan was muted.", [("the plan", "stance", "Democrats")]),
    ("Criticism of the budget from opposition parties was swift.",
     [("the budget", "stance", "opposition parties")]),
    ("Criticism of the budget was swift.", []),  # nobody's: no holder
])
def test_attitude_nouns_with_a_named_holder(pipeline: Pipeline, body: str,
                                            expected: list[Row]) -> None:
    """A noun of a stance held by its possessive or its among/from/by object: its object."""
    assert indirect_of(quotes_of(pipeline, body)) == expected


@pytest.mark.parametrize(("text", "question"), [
    ("Does he think the plan will work?", True),
    ("Does he think the plan will work ?  \n\n", True),
    ("He thinks the plan will work.", False),
    ("He asked whether it would work? No. He thinks it will.", False),
])
def test_a_question_is_read_from_the_sentence_end(pipeline: Pipeline, text: str,
                                                  question: bool) -> None:
    """A verb's sentence ends in a question as its text, stripped, does: read from its
    last words."""
    doc = pipeline.nlp(text)
    sentence = next(iter(doc.sents)) if question else list(doc.sents)[-1]
    assert _ends_in_question(doc, sentence.start, sentence.end) is question
    assert all(_ends_in_question(doc, s.start, s.end) is s.text.rstrip().endswith("?")
               for s in doc.sents)
