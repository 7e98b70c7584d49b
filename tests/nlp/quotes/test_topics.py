"""Issue 14 (rep): stances of defending, proposing, declining and of verb phrases, beliefs
of verbs of knowing, and the topic tables (``discussed the deal``), off in English.

Texts are written for these tests, paraphrasing common news constructions; every quote also
passes the offset invariant (``quotes_of``).
"""

from __future__ import annotations

import pytest

from newswire.models import Quote
from newswire.nlp.entities.extract import extract_entities
from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.extract import extract_quotes
from tests.nlp.quotes.test_extract import assert_offsets, quotes_of

#: (text, cue_kind, speaker) of each indirect quote.
Row = tuple[str, str, str | None]


def indirect_of(quotes: list[Quote]) -> list[Row]:
    """The indirect quotes as comparable rows."""
    return [(q.text, q.cue_kind, q.speaker) for q in quotes if q.kind == "indirect"]


@pytest.mark.parametrize(("body", "expected"), [
    # A stance verb's object, one name being enough.
    ("Senator Ann Lee defended the new tax on carbon emissions.",
     [("the new tax on carbon emissions", "stance", "Ann Lee")]),
    ("Governor Ann Lee proposed a two-year freeze on property taxes.",
     [("a two-year freeze on property taxes", "stance", "Ann Lee")]),
    ("Ann Lee hailed Donald Trump on Friday.", [("Donald Trump", "stance", "Ann Lee")]),
    # Declining is refusing: what was declined is the stance.
    ("Ann Lee declined to comment on the lawsuit against the city.",
     [("to comment on the lawsuit against the city", "stance", "Ann Lee")]),
    ("The union applauded the court's overtime ruling.",
     [("the court's overtime ruling", "stance", "union")]),
    # A verb and its preposition: the object is the stance.
    ("Ann Lee agreed with the governor on the budget.",
     [("the governor on the budget", "stance", "Ann Lee")]),
    ("Ann Lee has long advocated for a higher minimum wage.",
     [("a higher minimum wage", "stance", "Ann Lee")]),
    ("Ann Lee campaigned against the new pipeline in Ohio.",
     [("the new pipeline in Ohio", "stance", "Ann Lee")]),
    ("Ann Lee stood by her remarks about the mayor.",
     [("her remarks about the mayor", "stance", "Ann Lee")]),
    ("Ann Lee vouched for Donald Trump at the rally.", [("Donald Trump", "stance", "Ann Lee")]),
    # Inside another verb's phrase (``tried to``): held all the same (PolNeAR marks it).
    ("Ann Lee tried to campaign against the new pipeline.",
     [("the new pipeline", "stance", "Ann Lee")]),
])
def test_stances_and_topics(pipeline: Pipeline, body: str, expected: list[Row]) -> None:
    """A stance verb or phrase's object is a stance, a topic verb's object is speech."""
    assert indirect_of(quotes_of(pipeline, body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Investigators determined that the fire was set on purpose.",
     [("that the fire was set on purpose", "belief", "Investigators")]),
    ("Ann Lee recognized that the plan would cost more than expected.",
     [("that the plan would cost more than expected", "belief", "Ann Lee")]),
    ("The aides later learned that the senator had changed his mind.",
     [("that the senator had changed his mind", "belief", "aides")]),
    ("Economists forecast that growth will slow to 2 percent next year.",
     [("that growth will slow to 2 percent next year", "belief", "Economists")]),
    ("Ann Lee learned French in Paris.", []),  # a thing learned is no belief: clauses only
])
def test_verbs_of_knowing_take_a_clause(pipeline: Pipeline, body: str,
                                        expected: list[Row]) -> None:
    """``determined that``, ``recognized that``, ``learned that``: a belief, clauses only."""
    assert indirect_of(quotes_of(pipeline, body)) == expected


@pytest.mark.parametrize("body", [
    "Ann Lee would defend the tax in court if she had to.",  # only possible
    "We defended the new tax on carbon emissions.",  # the writer's own
    "Ann Lee defended it.",  # a pronoun says nothing
])
def test_stances_and_topics_not_held(pipeline: Pipeline, body: str) -> None:
    """The guards of attitudes hold for the new verbs: modal, I/we, a pronoun object."""
    assert indirect_of(quotes_of(pipeline, body)) == []


@pytest.mark.parametrize(("body", "expected"), [
    ("Ann Lee discussed the trade deal with reporters on Monday.",
     [("the trade deal", "speech", "Ann Lee")]),
    ("Senator Ann Lee cited the budget office's estimate of the cost.",
     [("the budget office's estimate of the cost", "speech", "Ann Lee")]),
    ("Ann Lee hinted at a run for governor in 2018.",
     [("a run for governor in 2018", "speech", "Ann Lee")]),
    ("Ann Lee apologized for her comments about immigrants.",
     [("her comments about immigrants", "speech", "Ann Lee")]),
    ("Ann Lee touched on the economy in her speech.", [("the economy", "speech", "Ann Lee")]),
    ("Ann Lee did not discuss the trade deal with reporters.", []),  # denied
    ("We discussed the trade deal with reporters on Monday.", []),  # the writer's own
    ("Ann Lee cited it.", []),  # a pronoun says nothing
])
def test_topics_are_speech(pipeline: Pipeline, body: str, expected: list[Row]) -> None:
    """A topic verb or phrase's object is speech: what was talked about."""
    title_doc, body_doc = pipeline.nlp.pipe(["", body])
    quotes = extract_quotes(title_doc, body_doc, extract_entities(title_doc, body_doc))
    assert_offsets(quotes, "", body)
    assert indirect_of(quotes) == expected
