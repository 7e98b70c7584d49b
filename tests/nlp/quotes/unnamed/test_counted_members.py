"""One unnamed member of a group just counted speaks by the word alone (real model): ``One
said`` and ``Another put it`` after ``Three strategists``, as ``One of them`` does; no count
before, no member.

Texts are written for these tests, in US political news phrasing.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span, Token

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.unnamed.counted_members import counted_member
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


def _member_one_by_one(head: Token) -> tuple[Span, Token] | None:
    """``counted_member`` as it read a subject before its word was tested first: the
    dependency and the children, then the word."""
    from newswire.nlp.quotes.base.parse_labels import SUBJECT_DEPS
    from newswire.nlp.quotes.unnamed.counted_members import (
        _OWN_WORDS,
        _counted_before,
        _member_start,
    )

    if head.dep_ not in SUBJECT_DEPS or any(c.dep_ not in _OWN_WORDS for c in head.children):
        return None
    start = _member_start(head)
    if start is None:
        return None
    group = _counted_before(head)
    if group is None and head.lower_ == "another":
        return head.doc[start:head.i + 1], head
    return None if group is None else (head.doc[start:head.i + 1], group)


@pytest.mark.parametrize("text", [
    "Three strategists told reporters the map looked grim. One said the party was broke. "
    "Another said it was not. The other, a pollster, said nothing.",
    "Two aides spoke. One of them, who asked not to be named, said the deal was off.",
    "The senior official who briefed reporters said no one had called. Others said so too.",
    "Nothing here.",
])
def test_member_reading_is_the_one_by_one_reading(pipeline: Pipeline, text: str) -> None:
    """Every word of a text is a member (or not) as the reading that walked each subject's
    children before testing its word said: testing the word first skips work, not members."""
    doc = pipeline.nlp(text)
    for token in doc:
        found, expected = counted_member(token), _member_one_by_one(token)
        assert (found and (found[0].text, found[1].i)) == (
            expected and (expected[0].text, expected[1].i)), token.text
