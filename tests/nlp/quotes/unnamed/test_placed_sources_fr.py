"""``Une source à Matignon assure ...``: where an unnamed French source is belongs to its
phrase, as a ``de`` phrase does (``un proche du ministre``)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from tests.nlp.quotes.test_french import french_quotes


@pytest.mark.parametrize(("body", "expected"), [
    # The place or body of the source (zk7 of the tuning).
    ("Une source à Matignon assure de son côté que le Premier ministre « suit le dossier "
     "personnellement ».", "source à Matignon"),
    # One unnamed person's place belongs to the phrase too (frpeople45: the tuning gold
    # writes "un participant à la réunion", "Un infirmier en poste à Tanguiéta"); a source
    # with no place stays bare.
    ("Un élu à Matignon assure que le Premier ministre « suit le dossier personnellement ».",
     "élu à Matignon"),
    ("Une source assure de son côté que le Premier ministre « suit le dossier "
     "personnellement ».", "source"),
])
def test_a_source_with_its_place(pipeline: Pipeline, body: str, expected: str) -> None:
    """The speaker of a quote of ``Une source à Matignon`` names the place too."""
    assert french_quotes(pipeline, body)[-1].speaker == expected
