"""A relative named from the other side (``X's daughter ... Her father``), real spaCy model."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.lexicon_en import ENGLISH
from newswire.nlp.quotes.roles.kin import relatives_and_parents
from tests.nlp.quotes.test_extract import quotes_of


@pytest.mark.parametrize(("body", "speaker"), [
    ("Terry Kowalchuk farms near Rosetown. Kowalchuk's daughter, Brooke, left for a job in "
     "Calgary last year. Her father says she may not come back to farm.", "Terry Kowalchuk"),
    ("Ken Olafson farms near Rosetown. Olafson's son, Tyler, left for a job in Calgary last "
     "year. His mother says he may not come back to farm.", "Ken Olafson"),
    # "his" cannot be the daughter just named: no relation read backwards.
    ("Ken Olafson farms near Rosetown. Olafson's daughter, Amy, left for a job in Calgary last "
     "year. His father says he may not come back to farm.", "father"),
])
def test_her_father_is_the_one_whose_daughter_she_is(pipeline: Pipeline, body: str,
                                                     speaker: str) -> None:
    """``Her father`` after ``X's daughter`` is X; a pronoun of the other gender is not."""
    found = [q.speaker for q in quotes_of(pipeline, body) if "come back" in q.text]
    assert found == [speaker]


@pytest.mark.parametrize(("body", "speaker"), [
    ("Hillary Clinton spoke in Iowa on Monday. Asked about her daughter Chelsea Clinton's "
     "plans, Mrs. Clinton replied that she was proud of her.", "Hillary Clinton"),
    ("Hillary Clinton spoke in Iowa on Monday. Chelsea Clinton spoke in Ohio. Asked about "
     "her plans, Clinton replied that she was proud of her.", "Chelsea Clinton"),
])
def test_a_relative_named_right_after_the_kin_noun(pipeline: Pipeline, body: str,
                                                   speaker: str) -> None:
    """``her daughter Chelsea Clinton's plans`` names a relative in passing, whatever the
    parse hangs the name on: the lone surname stays the other person's."""
    found = [q.speaker for q in quotes_of(pipeline, body) if "proud" in q.text]
    assert found == [speaker]


@pytest.mark.parametrize(("body", "relatives", "parents"), [
    ("His mother, Margaret Trudeau, and his brother, Michel Trudeau, came.",
     ["Margaret Trudeau", "Michel Trudeau"], ["Margaret Trudeau"]),
    ("His wife, Marlene Roy, came to the hearing.", ["Marlene Roy"], []),
    ("Her brother, Tom Lane, and her father, Ed Lane, spoke at the vigil.",
     ["Tom Lane", "Ed Lane"], ["Ed Lane"]),
    ("The father of three, Pierre Martin, said the school was closing.", [], []),
])
def test_relatives_and_parents_from_one_read(pipeline: Pipeline, body: str,
                                             relatives: list[str], parents: list[str]) -> None:
    """Both readings come from one read of the kin nouns: the parents are, in order, the
    relatives a father's or mother's noun names (as each reading alone finds them)."""
    doc = pipeline.nlp(body)
    found, elders = relatives_and_parents([doc], ENGLISH)
    assert [s.text for s in found] == relatives
    assert [s.text for s in elders] == parents
