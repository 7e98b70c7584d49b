"""One unnamed member of a group just counted speaks by the word alone (real model): ``One
said`` and ``Another put it`` after ``Three strategists``, as ``One of them`` does; no count
before, no member.

Texts are written for these tests, in US political news phrasing.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of, speaker_starting
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # "One said" was a generic "one" (no speaker); "Another" had no antecedent.
    ("Three Democratic strategists working on House races told reporters that the map looked "
     "grim. One said the party had \"stopped returning calls from both campaigns\" until "
     "June. Another put it more bluntly: \"They want this primary over by August.\"",
     [("stopped returning calls", "One", "person"),
      ("They want this primary", "Another", "person")]),
    ("Two legislative staffers familiar with the talks said the governor had made an offer. "
     "The staffers spoke on the condition of anonymity. One said the offer was \"on the table "
     "but nobody has picked it up.\"",
     [("on the table but nobody", "One", "person")]),
    # "Another" needs no count: it is never generic (a paragraph after "one lecturer said").
    ("Several staff who spoke on the condition of anonymity described a culture of fear.\n\n"
     "\"Everyone has been waiting for the axe for two years,\" one lecturer said.\n\n"
     "Another said colleagues had been told not to discuss the restructure with students.",
     [("colleagues had been told", "Another", "person")]),
])
def test_a_member_of_a_counted_group_speaks_by_its_word(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``One said`` after ``Two legislative staffers`` is the person ``One``."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "start"), [
    # No group counted before: "One" stays a generic word, no member.
    ("The hearing ran late into the night. One said the plan was \"a betrayal of the whole "
     "neighbourhood.\"", "a betrayal of the whole"),
    # A count in an earlier paragraph does not reach.
    ("Two aides were at the meeting on Monday.\n\nThe mayor spoke last. One said the budget "
     "was \"dead on arrival at the council.\"", "dead on arrival"),
])
def test_no_member_without_a_group_counted_just_before(
        pipeline: Pipeline, body: str, start: str) -> None:
    """``One said`` with no count in its paragraph's last sentences is nobody's ``One``."""
    assert speaker_starting(quotes_of(pipeline, body), start) != "One"
