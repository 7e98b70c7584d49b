"""Foreign-desk sources: a person a noun names (``a teacher named X``), a state's bodies
with the state that owns them (``Oman's foreign ministry``, ``Russia’s Defense Ministry``),
an office of a head of government (``The Chief Minister's Office``) and ``both sides``
(real model; sentences written for these tests after the shapes of wire and foreign-desk
tuning articles)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check, find, quotes_of


@pytest.mark.parametrize(("body", "expected"), [
    # A person named by "named" (was the phrase "teacher named Fatima Ishag"); her later
    # "she said" is hers too.
    ("Residents said shelling could still be heard.\n\nReached by phone, a teacher named "
     "Fatima Ishag said her street had not had clean water for three weeks.\n\n"
     "\"We heard about the truce on the radio,\" she said.",
     [("her street had not had clean water", "Fatima Ishag", "person"),
      ("We heard about the truce on the radio", "Fatima Ishag", "person")]),
    # Through an apposition, a name the model types a work of art (was another person).
    ("Back in the village, Kamala Budha said officials had visited once.\n\nHer neighbor, a "
     "schoolteacher named Dil Bahadur Shahi, said the school building had cracked down the "
     "middle.\n\n\"The children come, because they have nowhere else to go,\" he said.",
     [("the school building had cracked", "Dil Bahadur Shahi", "person"),
      ("The children come", "Dil Bahadur Shahi", "person")]),
    # Guard: a noun with no name keeps its phrase.
    ("Residents said shelling could still be heard.\n\nA teacher at the school said the "
     "classrooms had been empty for weeks.",
     [("the classrooms had been empty", "teacher at the school", "person")]),
])
def test_a_person_named_by_a_noun(pipeline: Pipeline, body: str,
                                  expected: list[Expected]) -> None:
    """``a teacher named Fatima Ishag said``: the person, not the phrase."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # A common-noun body a country owns (was "Oman ministry", "India embassy", "Ukraine").
    ("The talks ended without a deal.\n\nOman's foreign ministry said the two sides had "
     "agreed to hold a fourth round within weeks.",
     [("the two sides had agreed", "Oman's foreign ministry", "organization")]),
    ("Relief flights landed on Friday.\n\nIndia's embassy in Kathmandu said a second "
     "consignment of tents had arrived.",
     [("a second consignment of tents", "India's embassy in Kathmandu", "organization")]),
    # A ministry's bare name the model found, with the country owning it (was "Defense
    # Ministry", which both countries' ministries would share).
    ("The prisoners crossed into Belarus.\n\nRussia’s Defense Ministry said 390 service "
     "members had been returned.",
     [("390 service members had been returned", "Russia’s Defense Ministry",
       "organization")]),
    # Guard: a person's body stays his (PolNeAR's convention).
    ("The senator toured the plant.\n\nTrump's campaign said the senator had been invited.",
     [("the senator had been invited", "Trump campaign", "organization")]),
])
def test_a_state_body_speaks_with_its_state(pipeline: Pipeline, body: str,
                                            expected: list[Expected]) -> None:
    """``Oman's foreign ministry said``: the ministry with its country."""
    check(pipeline, body, expected)


def test_two_states_bodies_never_share_a_speaker_id(pipeline: Pipeline) -> None:
    """Two countries' defence ministries are two speakers, never one entity's id."""
    quotes = quotes_of(pipeline, (
        "Fighting went on overnight near the border.\n\nRussia’s Defense Ministry said its "
        "forces had repelled three attacks on the town.\n\nUkraine’s Defense Ministry said "
        "its troops had held every position along the river."))
    russia = find(quotes, "its forces had repelled")
    ukraine = find(quotes, "its troops had held")
    assert (russia.speaker, ukraine.speaker) == ("Russia’s Defense Ministry",
                                                 "Ukraine’s Defense Ministry")
    assert russia.speaker_id is None
    assert ukraine.speaker_id is None


@pytest.mark.parametrize(("body", "expected"), [
    # A head of government's office (was "Office").
    ("The arrests have become a political issue.\n\nThe Chief Minister's Office said the "
     "state was \"deeply anguished and disappointed\" by the arrests.",
     [("deeply anguished and disappointed", "Chief Minister's Office", "organization")]),
    # "Both sides" (was "sides").
    ("The working group last met in March.\n\nBoth sides said dates for the next meeting "
     "would be fixed through diplomatic channels.",
     [("dates for the next meeting", "Both sides", "group")]),
])
def test_offices_and_sides(pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``The Chief Minister's Office`` and ``Both sides`` keep the words that say which."""
    check(pipeline, body, expected)
