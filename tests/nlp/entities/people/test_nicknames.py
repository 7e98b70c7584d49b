"""A nickname in quotation marks inside a person's name (real model): ``Mayor Rogelio "Jun"
Dimaculangan`` is one person, named ``Rogelio Dimaculangan``, and a later ``Dimaculangan said``
is the same person.

Texts are written for these tests, in the phrasing of Philippine, US and British papers.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # A Philippine mayor: a title before the name, a pronoun after.
    ("Mayor Rogelio \"Jun\" Dimaculangan said the town would need at least two weeks to clear "
     "the roads. \"We have no heavy equipment left,\" he said.",
     [("the town would need", "Rogelio Dimaculangan", "person"),
      ("We have no heavy equipment", "Rogelio Dimaculangan", "person")]),
    # Curly marks, a legislator's abbreviation, the surname alone later.
    ("Rep. Antonio “Tony” Villaruel-Cruz told reporters the budget had been padded. "
     "“Somebody must answer for this,” Villaruel-Cruz said.",
     [("the budget had been padded", "Antonio Villaruel-Cruz", "person"),
      ("Somebody must answer", "Antonio Villaruel-Cruz", "person")]),
    # A US style, a title after the name between commas and a second person named bare.
    ("Robert \"Bobby\" Fraser, the county's fire chief, said the blaze was \"not yet "
     "contained\". Sheriff Dana Whitlock said deputies had closed two roads.",
     [("not yet contained", "Robert Fraser", "person"),
      ("deputies had closed two roads", "Dana Whitlock", "person")]),
    # A two-word surname the model reads as one person's, a title before the given name.
    ("Senator Ronald \"Bato\" Dela Rosa said the report was a fabrication.",
     [("the report was a fabrication", "Ronald Dela Rosa", "person")]),
    # Guard: a quoted word after a surname and before a day is no nickname.
    ("Ms Reyes called the plan \"Absurd\" Monday and said she would vote against it.",
     [("she would vote against it", "Ms Reyes", "person")]),
    # Guard: a song's title between a noun and its maker's name ("the song \"X\" Cohen
    # wrote"): the words before it are no given name.
    ("Producer Mark Hale said the song \"Hallelujah\" Cohen wrote in 1984 was the heart of "
     "the record.",
     [("the song", "Mark Hale", "person")]),
])
def test_a_quoted_nickname_is_no_cut_in_the_name(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """Given name, nickname in quotes and surname are one speaker, named without the nickname."""
    check(pipeline, body, expected)
