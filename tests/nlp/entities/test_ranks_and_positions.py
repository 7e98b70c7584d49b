"""British and Irish police ranks without full stops, players' positions opening a sentence,
and a senior counsel's letters (real model): the person's name and the quotes' speaker are
the name alone, never the rank, the position or ``SC``; a club's ``SC`` stays a club.

Texts are written for these tests, in British, Irish and North American news phrasing.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # The model takes the rank into the name, then reads "Det Garda Hogan" as a title.
    ("At the hearing, Det Garda Sinead Hogan told the court that the van had been parked "
     "outside.\n\n\"The driver had the keys in his hand,\" Det Garda Hogan said.",
     [("that the van had been", "Sinead Hogan", "person"),
      ("The driver had the keys", "Sinead Hogan", "person")]),
    ("Det Supt Ann Cole said the inquiry was \"moving quickly\" and appealed for witnesses.",
     [("moving quickly", "Ann Cole", "person")]),
    # Guard: the force itself is no person of that rank.
    ("A spokesman for the Garda Press Office said inquiries were \"ongoing\".",
     [("ongoing", "spokesman for the Garda Press Office", "person")]),
])
def test_a_police_rank_without_a_full_stop_is_no_part_of_the_name(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Det Garda Sinead Hogan`` is Sinead Hogan, and so is ``Det Garda Hogan said``."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    ("Center Marcus Delacroix, who has played beside him for four seasons, said he heard "
     "the news on the bus.\n\n\"That one stings,\" Delacroix said.",
     [("he heard the news", "Marcus Delacroix", "person"),
      ("That one stings", "Marcus Delacroix", "person")]),
    ("Defenseman Tyler Boone was blunter. \"We all saw it coming,\" Boone said.",
     [("We all saw it coming", "Tyler Boone", "person")]),
    # Guard: a body whose name opens with a position word keeps its name.
    ("The Center for Biological Diversity said the ruling was \"a disaster for the owls\".",
     [("a disaster for the owls", "Center for Biological Diversity", "organization")]),
])
def test_a_players_position_opening_a_sentence_is_no_part_of_the_name(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Center Marcus Delacroix ... said`` is Marcus Delacroix, his surname later too."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # The model types "Declan Moran SC" an organisation.
    ("Declan Moran SC, for the family, said the delay was \"at the very limits of what is "
     "acceptable\".\n\nMr Moran said the hospital had \"never explained\" the gap.",
     [("at the very limits", "Declan Moran", "person"),
      ("never explained", "Declan Moran", "person")]),
    # Guard: a club's letters are no counsel's.
    ("Orlando City SC said it would \"appeal the decision\" on Monday.",
     [("appeal the decision", "Orlando City SC", "organization")]),
])
def test_a_senior_counsels_letters_are_no_part_of_the_name(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Declan Moran SC, for the family, said`` is the person Declan Moran."""
    check(pipeline, body, expected)
