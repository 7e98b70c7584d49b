"""Issue 14 (round thirteen, who28): roles written at a name (real model). A capitalised
occupation before a name is a title; a legislator's letters the model left untagged are no
part of a name; a body's name, role and person without commas (``Acme vice-president X
said``) is the person; a hyphened role (``co-chair``) is one word, with the name set off
after it the speaker.

Texts are written for these tests, in Canadian news phrasing.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # The model reads title and name as one organisation; "he" then had nobody.
    ("Superintendent Marcus Feheregyhazi says the division is not trying to punish anyone.\n\n"
     "He says the division has had calls from some parents.",
     [("the division is not trying", "Marcus Feheregyhazi", "person"),
      ("the division has had calls", "Marcus Feheregyhazi", "person")]),
    # Guard: a title that also opens a company's name needs a first name after it.
    ("Principal Financial Group said its profit rose 12 per cent.",
     [("its profit rose", "Principal Financial Group", "organization")]),
])
def test_a_capitalised_occupation_before_a_name_is_its_title(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Superintendent X says``: the person X, and X for the next ``he``."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # The model tags only "Weatherby"; the run "MPP Callum Weatherby" was taken as the name.
    ("Opposition critics seized on that finding. Green Party MPP Callum Weatherby argued that "
     "the ministry had been \"running on fumes\" for years.\n\n\"You can't cut inspectors and "
     "then act surprised,\" Weatherby said.",
     [("running on fumes", "Callum Weatherby", "person"),
      ("You can't cut inspectors", "Callum Weatherby", "person")]),
])
def test_a_legislators_letters_are_no_part_of_a_missed_name(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Green Party MPP X ... Weatherby said``: X without the letters."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # The parse heads the subject on "Municipalities" and hangs the person on it.
    ("Rural municipalities are also watching closely. Rural Municipalities of Alberta "
     "vice-president Dale Ostertag said councils wanted a formal role.",
     [("councils wanted a formal role", "Dale Ostertag", "person")]),
    ("The Canadian Union of Public Employees president Mark Hancock said the deal was fair.",
     [("the deal was fair", "Mark Hancock", "person")]),
    # Guard: a role written with its body's name the usual way is the person already.
    ("Union president Lorna Kwasnicki says the province should have planned for the surge.",
     [("the province should have planned", "Lorna Kwasnicki", "person")]),
])
def test_a_role_after_a_bodys_name_names_the_person_after_it(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Acme vice-president X said``: X, not the body the parse heads the subject on."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # The parse splits "co-chair" into three subjects of "said"; "co" was the speaker, its
    # owner the group.
    ("Riders rallied at city hall on Monday.\n\"People are tired of waiting,\" said the "
     "group's co-chair, Hannah Lindqvist.",
     [("People are tired of waiting", "Hannah Lindqvist", "person")]),
    ("Workers walked out on Friday.\n\"We are tired,\" said the company's vice-president, "
     "Tom Hart.",
     [("We are tired", "Tom Hart", "person")]),
    # The parse makes the name another subject of "wrote": the name, not the office.
    ("The diner must close by March.\n“We have enjoyed having the Blue Kettle as a tenant,” "
     "wrote Riverbend’s vice-president of leasing, Andrea Kostiuk.",
     [("We have enjoyed having", "Andrea Kostiuk", "person")]),
])
def test_a_hyphened_role_is_one_word(pipeline: Pipeline, body: str,
                                     expected: list[Expected]) -> None:
    """``said the group's co-chair, X``: X, not the group through ``co``."""
    check(pipeline, body, expected)
