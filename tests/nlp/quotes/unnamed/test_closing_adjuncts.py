"""A clause that says which people a group is stops before the place or time it closes on
(``Voters who spoke to the paper in Ado-Ekiti`` are ``Voters who spoke to the paper``), but
keeps a place that is the clause's only complement (``Residents who live in the area``) and a
phrase a nested verb needs (``victims who participated in the proceedings``):
:mod:`newswire.nlp.quotes.unnamed.closing_adjuncts` (real model; sentences written for these
tests, in the styles of Australian, Canadian, British and US local news).
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # A place after the clause's object (was "... Western Herald in Dubbo").
    ("The river kept rising on Sunday. Farmers who spoke to the Western Herald in Dubbo said it "
     "had \"never been this high in living memory\".",
     [("never been this high", "Farmers who spoke to the Western Herald", "group")]),
    # A participle's place (was "... night shift at St Mary's Hospital").
    ("Ward pressure\n\nNurses working on the night shift at St Mary's Hospital said the ward "
     "was \"dangerously short of staff\".",
     [("dangerously short of staff", "Nurses working on the night shift", "group")]),
    # A negation, a person named bare before (was "... the meeting in Halifax").
    ("Pool closure\n\nMayor Lisa Tran said the plan was sound. Parents who did not attend the "
     "meeting in Halifax said they had \"not been told anything at all\".",
     [("the plan was sound", "Lisa Tran", "person"),
      ("not been told anything", "Parents who did not attend the meeting", "group")]),
    # Guards: the place is the clause's only complement; the nested verb's own phrase.
    ("Pool closure\n\nResidents who live in the area said they had \"never seen anything like "
     "it\".",
     [("never seen anything like it", "Residents who live in the area", "group")]),
    ("Plant closure\n\nWorkers who gathered outside the plant said they felt \"betrayed by the "
     "company\".",
     [("betrayed by the company", "Workers who gathered outside the plant", "group")]),
    ("Court hears victims\n\nLawyers representing 1,400 victims who participated in the "
     "proceedings said their clients had waited \"far too long for justice\".",
     [("far too long for justice",
       "Lawyers representing 1,400 victims who participated in the proceedings", "group")]),
])
def test_a_group_clause_stops_before_its_closing_place(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Farmers who spoke to the Western Herald in Dubbo``: the farmers who spoke to it."""
    check(pipeline, body, expected)
