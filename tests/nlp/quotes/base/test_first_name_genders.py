"""Issue 14: a pronoun skips a person whose first name is strongly of the other gender (real
model).

Texts are written for these tests, in Canadian news phrasing; the first names are ones the
hand lists of :mod:`newswire.nlp.entities.words.firstnames` do not hold, found in the wider table.
"""

from __future__ import annotations

import pytest

from newswire.nlp.entities.words.firstnames import first_name_gender
from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.base.gender import name_gender
from newswire.nlp.quotes.lexicon_en import ENGLISH
from newswire.nlp.quotes.lexicon_fr import FRENCH
from tests.nlp.quotes.test_french import french_quotes
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("word", "expected"), [
    ("Pierre", "m"), ("Desmond", "m"), ("Connor", "m"), ("Maureen", "f"),
    ("Andrea", "f"), ("Jordan", None), ("Taylor", None), ("Poilievre", None),
])
def test_first_name_gender_reads_the_wider_table(word: str, expected: str | None) -> None:
    """Names strongly of one gender in the SSA table get it; names given to both stay none."""
    assert first_name_gender(word) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Finance Minister Chrystia Freeland tabled the budget on Tuesday. Conservative Leader "
     "Pierre Poilievre called it reckless. She said the deficit would fall by 2027.",
     [("the deficit would fall", "Chrystia Freeland", "person")]),
    ("Andrea Horwath tabled the motion at city hall. Councillor Connor Whitfield voted "
     "against it. She said the vote was a victory for tenants.",
     [("the vote was a victory", "Andrea Horwath", "person")]),
    ("Maureen Okafor chaired the hearing in Halifax. Lawyer Desmond Brooks cross-examined "
     "the witness for an hour. “That is not what the record shows,” she said.",
     [("That is not what the record shows", "Maureen Okafor", "person")]),
])
def test_pronoun_skips_a_first_name_of_the_other_gender(pipeline: Pipeline, body: str,
                                                       expected: list[Expected]) -> None:
    """``she`` skips the nearer person whose first name the wider table says is male."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("name", "language", "expected"), [
    ("Marie-Laure Petit", "fr", "f"),  # "laure" unknown: the first part decides
    ("Saint-Jean Baptiste", "fr", None),  # a place: its first part is no first name
    ("Port-Louis Marine", "fr", None),
    ("Billie-Jean King", "en", None),  # English: the borrowed French "Jean" is no woman's
    ("Ruby-Jean Fox", "en", None),
    ("Jean-Claude Van Damme", "en", "m"),  # every part known in the French table
])
def test_hyphenated_first_name_gender(name: str, language: str, expected: str | None) -> None:
    """A hyphenated first name with a part no table knows takes its known first part's gender
    in French text only; English text borrows the French table only for names it knows whole."""
    lexicon = FRENCH if language == "fr" else ENGLISH
    assert name_gender(name, lexicon=lexicon) == expected


@pytest.mark.parametrize(("name", "language", "expected"), [
    ("Cécile Marchand", "fr", "f"),  # the wider table writes "Cecile"
    ("Joël Perrin", "fr", "m"),
    ("Anaïs Roussel", "fr", "f"),
    ("Gaëtan Morel", "fr", None),  # in no table, accented or not
    # The unaccented table is American: "Valery" is a woman's name there, "Valéry" a man's
    # in French (Valéry Giscard d'Estaing); "Valérie" stays a woman's.
    ("Valéry Giscard d'Estaing", "fr", "m"),
    ("Valérie Pécresse", "fr", "f"),
    ("Cécile Marchand", "en", None),  # English text: the table's own spelling only
])
def test_accented_first_name_gender(name: str, language: str, expected: str | None) -> None:
    """French text reads an accented first name in the wider table without its accents."""
    lexicon = FRENCH if language == "fr" else ENGLISH
    assert name_gender(name, lexicon=lexicon) == expected


@pytest.mark.parametrize(("body", "speaker"), [
    ("Joël Perrin préside l'association des commerçants depuis dix ans. Cécile Marchand a "
     "quitté la salle avant le vote. « Nous ne céderons pas sur les horaires », a-t-il lancé.",
     "Joël Perrin"),
    ("Cécile Marchand préside l'association des commerçants depuis dix ans. Joël Perrin a "
     "quitté la salle avant le vote. « Nous ne céderons pas sur les horaires », a-t-elle "
     "lancé.",
     "Cécile Marchand"),
])
def test_french_pronoun_skips_an_accented_name_of_the_other_gender(
        pipeline: Pipeline, body: str, speaker: str) -> None:
    """``-il`` skips ``Cécile``, ``-elle`` skips ``Joël``: French names known unaccented."""
    assert [q.speaker for q in french_quotes(pipeline, body)] == [speaker]
