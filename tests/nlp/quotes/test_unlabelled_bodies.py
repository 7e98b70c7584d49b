"""Issue 14 (orgs35): a name the model left unlabelled speaks as an organisation when its
sentence shows one (a ``which`` clause, an organisation noun set off beside it, ``it`` as
the reported clause's subject); real model.

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_resolution import Expected, check


@pytest.mark.parametrize(("body", "expected"), [
    ("Harvest, which runs 40 food banks across the province, said demand had doubled since "
     "March.",
     [("demand had doubled", "Harvest", "organization")]),
    ("Refuge, the domestic abuse charity, said calls to its helpline had doubled.",
     [("calls to its helpline", "Refuge", "organization")]),
    ("Grab said in a statement that it had capped surge pricing in the affected areas from "
     "about 8am.",
     [("that it had capped surge pricing", "Grab", "organization")]),
    # Guard: an empty "it" (it was time) shows no organisation.
    ("Grab said it was time to rethink surge pricing.",
     [("it was time to rethink", None, "unknown")]),
    # Guard: nothing in the sentence shows what the name is.
    ("Grab said in a statement that surge pricing had been capped.",
     [("that surge pricing had been capped", None, "unknown")]),
])
def test_an_unlabelled_name_the_sentence_shows_a_body_speaks_as_one(
        pipeline: Pipeline, body: str, expected: list[Expected]) -> None:
    """``Harvest, which runs 40 food banks, said``: Harvest, an organisation."""
    check(pipeline, body, expected)
