"""Issue 14 (enkinds41): an English group's phrase as the fresh gold writes it: its
possessive stays (``Her family``, ``Its trustees``), and it ends before the place its
clause happened in (``... in Ado-Ekiti``) and before ``, including`` examples. Real model.

Texts are written for these tests, paraphrasing the shapes of tuning articles.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("The museum faces closure. Its trustees say that without the money it will be "
     "\"unable to survive\".",
     [("unable to survive", "Its trustees", "group")]),
    ("Mary Byrne died on Sunday. Her family said the funeral Mass would take place on Friday.",
     [("the funeral Mass would take place on Friday", "Her family", "group")]),
    ("A study of nearly 900,000 adults found a link. Its authors said the finding does not "
     "show that lithium prevents dementia.",
     [("the finding does not show", "Its authors", "group")]),
    # Guard: a determiner still goes.
    ("The trustees said the museum would close.",
     [("the museum would close", "trustees", "group")]),
])
def test_a_groups_possessive_stays(pipeline: Pipeline, body: str,
                                   expected: list[Expected]) -> None:
    """``Her family said``: the speaker is ``Her family``, not ``family``."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Researchers who study suicide prevention in First Nations communities say the evidence "
     "points to long-term programs.",
     [("the evidence points to long-term programs",
       "Researchers who study suicide prevention", "group")]),
    ("Voters who spoke to PREMIUM TIMES in Ado-Ekiti said they had largely been able to cast "
     "their ballots.",
     [("they had largely been able", "Voters who spoke to PREMIUM TIMES", "group")]),
    ("Diplomats from 12 Western countries, including Germany and Britain, urged "
     "\"restraint on all sides\".",
     [("restraint on all sides", "Diplomats from 12 Western countries", "group")]),
    # Guard: a place that is all the clause says stays.
    ("People who live in Ottawa said the plan was a mistake.",
     [("the plan was a mistake", "People who live in Ottawa", "group")]),
])
def test_a_groups_phrase_ends_before_its_clauses_place(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Voters who spoke to PREMIUM TIMES in Ado-Ekiti``: the voters who spoke to the
    paper; where they did is no part of who they are."""
    check(pipeline, body, expected)
