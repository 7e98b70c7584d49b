"""Attitude cues (``attitudes``, ``held``, ``hedges``, ``nouns``): attitude nouns held by the
subject of ``have``/``take``, ``consider`` and ``deem`` with a complement, ``focus on`` and the
other stance phrases, the writer's passive hedges, feeling adjectives, a polled group's share,
and what ``find`` does not find (a person found in some state).

Texts are written for these tests in several news styles (US, UK, Canadian, wire),
paraphrasing common constructions; every quote also passes the offset invariant
(``quotes_of``).
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of
from tests.nlp.quotes.test_topics import Row, indirect_of


@pytest.mark.parametrize(("body", "expected"), [
    ("Several Liberal MPs have concerns about the pipeline expansion.",
     [("the pipeline expansion", "belief", "Several Liberal MPs")]),
    ("The union has plans to strike before the end of the month.",
     [("to strike before the end of the month", "belief", "union")]),
    ("The council has a plan.", []),  # nothing planned is named
])
def test_an_attitude_noun_held_by_the_subject_of_have(pipeline: Pipeline, body: str,
                                                        expected: list[Row]) -> None:
    """``have concerns about X``: the subject of ``have`` holds the noun's attitude."""
    assert indirect_of(quotes_of(pipeline, body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Most Democrats consider Obama's achievements substantial and lasting.",
     [("Obama's achievements substantial and lasting", "belief", "Democrats")]),
    ("The ministry deemed the school unsafe for students.",
     [("the school unsafe for students", "belief", "ministry")]),
    ("The council will consider the proposal next week.", []),  # weighing, no view held
])
def test_considering_with_a_complement_is_a_belief(pipeline: Pipeline, body: str,
                                                   expected: list[Row]) -> None:
    """``consider X Y``, ``deemed X a Y``: the object and what is said of it are a belief."""
    assert indirect_of(quotes_of(pipeline, body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The premier has focused on the cost of housing in Vancouver.",
     [("the cost of housing in Vancouver", "stance", "premier")]),
    ("Two Conservative MPs sided with the opposition on the budget vote.",
     [("the opposition on the budget vote", "stance", "Two Conservative MPs")]),
    ("The mayor pressed for a provincial inquiry into the contract.",
     [("a provincial inquiry into the contract", "stance", "mayor")]),
])
def test_focus_on_and_side_with_are_stances(pipeline: Pipeline, body: str,
                                            expected: list[Row]) -> None:
    """``focus on X``, ``sided with X``, ``pressed for X``: the preposition's object."""
    assert indirect_of(quotes_of(pipeline, body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Officers found him unconscious in the kitchen of the house.", []),
    ("The senator found herself embroiled in another controversy.", []),
    ("Investigators found that the driver had been speeding.",
     [("that the driver had been speeding", "finding", "Investigators")]),
])
def test_a_person_found_in_some_state_is_no_finding(pipeline: Pipeline, body: str,
                                                    expected: list[Row]) -> None:
    """``found him unconscious``: a person found in a state is no finding; a clause is."""
    assert indirect_of(quotes_of(pipeline, body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Minnesota and Colorado are seen as opportunities for Sanders.",
     [("Minnesota and Colorado are seen as opportunities for Sanders", "belief", None)]),
    ("The former mayor is widely considered the front-runner in the race.",
     [("The former mayor is widely considered the front-runner in the race", "belief", None)]),
    ("The film was seen by millions of viewers.", []),  # seeing, no view
])
def test_a_passive_verb_of_regarding_is_a_hedge(pipeline: Pipeline, body: str,
                                                expected: list[Row]) -> None:
    """``are seen as X``, ``is considered X``: the whole clause, held by no one named."""
    assert indirect_of(quotes_of(pipeline, body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Many farmers are suspicious of the new carbon levy.",
     [("the new carbon levy", "belief", "Many farmers")]),
    ("The senator is serious about running for governor next year.",
     [("running for governor next year", "belief", "senator")]),
    ("Rural voters are not enamored of the Liberal leader.",
     [("the Liberal leader", "belief", "Rural voters")]),
])
def test_more_feeling_adjectives_are_beliefs(pipeline: Pipeline, body: str,
                                             expected: list[Row]) -> None:
    """``suspicious of``, ``serious about``, ``enamored of``: the preposition's object."""
    assert indirect_of(quotes_of(pipeline, body)) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Nineteen percent of college students support the carbon tax.",
     [("the carbon tax", "stance", "college students")]),
    ("About 40 percent of Ontario voters think the province is on the wrong track.",
     [("the province is on the wrong track", "belief", "Ontario voters")]),
    ("About three-quarters support the ban.", []),  # a share of nobody named
])
def test_a_share_of_a_polled_group_holds_its_attitude(pipeline: Pipeline, body: str,
                                                      expected: list[Row]) -> None:
    """``19 percent of college students support X``: the group counted holds the attitude."""
    assert indirect_of(quotes_of(pipeline, body)) == expected
