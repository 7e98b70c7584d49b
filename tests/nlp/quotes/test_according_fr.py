"""French ``..., selon X.`` closing a sentence reports the whole sentence before it."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # The parse hung "selon" on "foudre": only "par la foudre samedi" was said.
    ("Le feu a été allumé par la foudre samedi, selon la SOPFEU.",
     [("Le feu a été allumé par la foudre samedi", "SOPFEU")]),
    ("L’incendie, qui couvrait 2400 hectares lundi, a été allumé par la foudre samedi, selon "
     "la Société de protection des forêts contre le feu.",
     [("L’incendie, qui couvrait 2400 hectares lundi, a été allumé par la foudre samedi",
       "Société de protection des forêts contre le feu")]),
    # A paragraph's break after the full stop closes the sentence too.
    ("Le feu a été allumé par la foudre samedi, selon la SOPFEU.\n\nLes pompiers sont "
     "arrivés lundi.",
     [("Le feu a été allumé par la foudre samedi", "SOPFEU")]),
    # Already right, and stays so: the source opens the sentence.
    ("Selon la SOPFEU, le feu a été allumé par la foudre samedi.",
     [("le feu a été allumé par la foudre samedi", "SOPFEU")]),
])
def test_closing_source_reports_the_sentence_before(pipeline: Pipeline, body: str,
                                                    expected: list[tuple[str, str]]) -> None:
    """A ``selon`` phrase after a comma and ending the sentence is said of all before it."""
    assert [(q.text, q.speaker) for q in french_quotes(pipeline, body)] == expected
