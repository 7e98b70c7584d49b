"""What a pass keeps on a doc is made at the doc's first ask only, empty answers too (real
model; a text written for this test)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.base.doc_keeps import kept

_TEXT = "The mayor said the bridge would open in May. Nobody else spoke."


@pytest.mark.parametrize(("made", "expected_makes"), [
    ([0, 10], 1),  # a sentence's bounds
    ([], 1),  # no word of the rule in the doc: asked once, not at every ask
    ({}, 1),  # a table filled by later asks
    (None, 3),  # no answer is kept: made again (no maker answers None)
])
def test_a_kept_reading_is_made_once_a_doc(pipeline: Pipeline, made: object,
                                           expected_makes: int) -> None:
    """Three asks of one doc make the reading once and give the same object each time; a
    second doc makes its own."""
    doc, other = pipeline.nlp(_TEXT), pipeline.nlp(_TEXT)
    makes: list[int] = []

    def make(_: object) -> object:
        makes.append(1)
        return made

    answers = [kept(doc, "test.kept", make) for _ in range(3)]
    assert len(makes) == expected_makes
    assert all(answer is made for answer in answers)
    kept(other, "test.kept", make)
    assert len(makes) == expected_makes + 1
