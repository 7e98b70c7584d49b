"""Issue 14: the person a subject noun stands for when the name is set off beside it
(real model).

Texts are written for these tests (round seventeen, people34), in the phrasing of British,
Irish and Gulf papers; the names are invented.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # The parse hangs the name on a second noun apposed to the subject ("guitarist"): the
    # speaker was the director general named in the paragraph before.
    ("The music body said her death was \"an enormous loss\". Its director general, Pádraig "
     "Mac Giolla, said a special session in her memory would be held at next year's "
     "festival.\n\n"
     "Her long-time accompanist, the guitarist Seán Hartigan, said the pair had played "
     "together for 31 years and had \"argued about tempo for every one of them.\"\n\n"
     "\"She always said I was rushing, and she was always right,\" he said.",
     [("argued about tempo", "Seán Hartigan", "person"),
      ("She always said I was rushing", "Seán Hartigan", "person")]),
    # The parse reads "Whitely" as an adverb and hangs the name on the verb, not on
    # "leader": the speaker, and the next "he", was the council leader quoted before.
    ("Cllr Imran Qureshi, the Labour leader of the council, said spending on care now took "
     "up almost three-quarters of the budget. “We are being asked to choose between a "
     "library and a care package,” he said.\n\n"
     "Conservative opposition councillors accused the Labour administration of "
     "mismanagement. Cllr Derek Whitely, the leader of the Conservative group, said the "
     "council had “spent like there was no tomorrow” on a town centre regeneration scheme "
     "in Huddersfield while frontline services withered. “Residents in the valleys are "
     "paying for vanity projects in the town centre,” he said.",
     [("spent like there was no tomorrow", "Derek Whitely", "person"),
      ("Residents in the valleys", "Derek Whitely", "person")]),
])
def test_a_name_set_off_beside_the_subject_speaks(pipeline: Pipeline, body: str,
                                                  expected: list[Expected]) -> None:
    """``Her accompanist, the guitarist X, said``, ``X, the leader of Y, said``: X speaks."""
    check(pipeline, body, expected)
