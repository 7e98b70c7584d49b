"""Long names from many traditions that the small English model cuts into pieces (real
model): ``[Noman] [Ahmed Shaikh]``, ``[Wong Kah] [Leong-Nair]``, ``[Abutu] Sunday-[Ochefu]``
are one person each; Malaysian styles (``Datuk``, ``Datuk Seri``) are no part of a name.

Texts are written for these tests, in the phrasing of news from South and South-East Asia
and West Africa.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    # A given name, a second given name and a family name, read as two people.
    ("Urban planner Dr Noman Ahmed Shaikh said the city's dependence on one pipeline made "
     "\"every breakdown a crisis.\"",
     [("every breakdown a crisis", "Noman Ahmed Shaikh", "person")]),
    # A three-word name with a double-barrelled family name, its end read as a body.
    ("Badminton coaching director Wong Kah Leong-Nair said the squad \"needs more depth "
     "before the Open.\"",
     [("needs more depth", "Wong Kah Leong-Nair", "person")]),
    # ... or as two people.
    ("The association's coaching director Lim Boon Kheng-Pillai said the squad \"needs more "
     "depth before the Open.\"",
     [("needs more depth", "Lim Boon Kheng-Pillai", "person")]),
    # A Malaysian style and a doctor's title before a four-word name.
    ("The council's director-general Datuk Dr Siti Rahmah Abdul Latif-Chan said the "
     "players \"lose their power after the first hour.\"",
     [("lose their power", "Siti Rahmah Abdul Latif-Chan", "person")]),
    # A police spokesperson's double-barrelled surname opening with a weekday's word.
    ("The command's spokesperson, DSP Abutu Sunday-Ochefu, said the arrests were made in "
     "five councils.\n\"The suspects will be charged to court,\" DSP Sunday-Ochefu said.",
     [("The suspects will be charged", "Abutu Sunday-Ochefu", "person")]),
    # Guard: a role capitalised at a sentence's start is no part of the name.
    ("Grazier Dawn Pettigrew said the fire \"came over the ridge in minutes.\"",
     [("came over the ridge", "Dawn Pettigrew", "person")]),
])
def test_a_long_name_cut_into_pieces_is_one_person(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """A person's name cut by the model is the speaker's whole name, titles left out."""
    check(pipeline, body, expected)
