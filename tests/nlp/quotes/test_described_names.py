"""Issue 14 (enfound40): a name the model left unlabelled speaks as an organisation when the
text says it is one, by an apposition or a ``which`` clause (real model).

Texts are written for these tests, paraphrasing common news constructions.
"""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_extract import quotes_of


@pytest.mark.parametrize(("body", "expected"), [
    # A relative clause opened by "which": a body, though its name is a word of the language.
    ("Compass, which runs the hospital canteens, said prices would rise.",
     ("prices would rise", "Compass", "organization")),
    # An apposition headed by an organisation noun; the name runs on over its "for" phrase.
    ('"Tired people make mistakes," Marquardt said.\n\nAirlines for America, the trade group '
     "for major U.S. carriers, said staffing shortages had forced airlines to cut flights.",
     ("staffing shortages had forced airlines to cut flights", "Airlines for America",
      "organization")),
    # Guard: a person's relative clause opens with "who"; the name stays a person's.
    ("Dana Whitlock, who chairs the committee, said the hearings would resume in March.",
     ("the hearings would resume in March", "Dana Whitlock", "person")),
    # Guard: a "which" clause after a word that is no subject of a verb of saying.
    ("Hope, which had kept the village going, said nothing.", None),
])
def test_a_name_described_as_a_body_speaks_as_one(
        pipeline: Pipeline, body: str, expected: tuple[str, str, str] | None) -> None:
    """``Unison, which represents library workers, said``: the name is an organisation's."""
    found = [(q.text, q.speaker, q.speaker_kind) for q in quotes_of(pipeline, body)
             if q.kind == "indirect"]
    assert found == ([expected] if expected is not None else [])
