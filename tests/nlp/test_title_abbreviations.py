"""The English tokenizer keeps a title's full stop on it (``Coun.``, ``Cpl.``, ``Sgt.``)."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline


@pytest.mark.parametrize(("text", "tokens"), [
    ("said Coun. Jane Smith.", ["said", "Coun.", "Jane", "Smith", "."]),
    ("said Staff Sgt. Ann Roy.", ["said", "Staff", "Sgt.", "Ann", "Roy", "."]),
    ("Supt. Kevin Lewis and Insp. Kim Ng", ["Supt.", "Kevin", "Lewis", "and", "Insp.", "Kim",
                                            "Ng"]),
    # A word that is no title keeps its full stop apart.
    ("The rules changed in May.", ["The", "rules", "changed", "in", "May", "."]),
])
def test_title_keeps_its_full_stop(pipeline: Pipeline, text: str, tokens: list[str]) -> None:
    """Each title abbreviation is one token, as spaCy keeps ``Dr.`` and ``Sen.``."""
    assert [t.text for t in pipeline.nlp.tokenizer(text)] == tokens


def test_one_sentence_after_said_title(pipeline: Pipeline) -> None:
    """``“...,” said Cpl. Julie Courchene.`` is one sentence, not cut after ``Cpl``."""
    doc = pipeline.nlp("“There is no risk,” said Cpl. Julie Courchene.")
    assert len(list(doc.sents)) == 1
