"""Issue 14 (round fourteen, who30): people described by their occupation (``the
councillor``, ``the dentist``) or by a capitalised role with their name set off after it
(``The local MP, Tom Whitcombe,``) are the person named (real model).

Texts are written for these tests, in Canadian, British and US news phrasing.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # "councillor", "dentist" were no roles: the description was an unnamed group.
    ("Coun. Mark Tate voted against the plan on Tuesday. The councillor said the city had "
     "rushed the vote.",
     [("the city had rushed the vote", "Mark Tate", "person")]),
    ("Dr. Harinder Sandhu, the association's president, told reporters the group had raised "
     "the problem. The dentist says some of her colleagues have already stopped accepting "
     "new patients.",
     [("some of her colleagues", "Harinder Sandhu", "person")]),
    # Guard: an unnamed dentist stays unnamed.
    ("A dentist in Brampton, who asked not to be named, said claims were bouncing. Mark Tate "
     "of the dental association declined to comment. The dentist said she had stopped "
     "taking new patients.",
     [("she had stopped taking new patients", "dentist in Brampton", "group")]),
])
def test_an_occupation_describes_the_person_named(pipeline: Pipeline, body: str,
                                                  expected: list[Expected]) -> None:
    """``The councillor said`` after ``Coun. Mark Tate``: Mark Tate; an unnamed one stays so."""
    check(pipeline, body, expected)


@pytest.mark.parametrize(("body", "expected"), [
    # The model reads "MP" as a proper noun; the role spoke.
    ("The local MP, Tom Whitcombe, said he had written to the health secretary.",
     [("he had written to the health secretary", "Tom Whitcombe", "person")]),
])
def test_a_capitalised_role_with_a_name_set_off_is_the_person(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``The local MP, Tom Whitcombe, said``: Tom Whitcombe, not ``MP``."""
    check(pipeline, body, expected)
