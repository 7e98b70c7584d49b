"""The model's entities of some labels read from the entity tags
(:mod:`newswire.nlp.quotes.base.entity_spans`) are ``doc.ents``' own Spans of those labels:
same words, label and ids, in order. Real model; texts written for these tests."""

from __future__ import annotations

import pytest

from newswire.nlp.pipeline import Pipeline
from newswire.nlp.quotes.base.entity_spans import entity_spans


@pytest.mark.parametrize(("text", "labels", "expected"), [
    # People among places and dates; one at the doc's very end (the model types Scholz an
    # organisation here: not a person's entity).
    ("Jens Stoltenberg met Olaf Scholz in Berlin on Monday, said Anna Lee",
     ("PERSON",), ["Jens Stoltenberg", "Anna Lee"]),
    # A person opening the doc, an organisation right after a place.
    ("Hillary Clinton told NBC News in Iowa that the Senate would vote.",
     ("PERSON",), ["Hillary Clinton"]),
    # Several labels at once.
    ("Hillary Clinton told NBC News in Iowa that the Senate would vote.",
     ("ORG", "GPE"), None),
    ("Nobody is named in this sentence.", ("PERSON",), []),
    ("", ("PERSON",), []),
])
def test_entity_spans_are_doc_ents_of_the_labels(pipeline: Pipeline, text: str,
                                                 labels: tuple[str, ...],
                                                 expected: list[str] | None) -> None:
    """Each wanted label's entities are doc.ents' Spans of it (words, label, ids)."""
    doc = pipeline.nlp(text)
    found = entity_spans(doc, labels)
    ents = [e for e in doc.ents if e.label_ in labels]
    assert found == ents
    assert [(e.start, e.end, e.label_, e.kb_id, e.id) for e in found] == [
        (e.start, e.end, e.label_, e.kb_id, e.id) for e in ents]
    if expected is not None:
        assert [e.text for e in found] == expected


def test_french_people_are_per(pipeline: Pipeline) -> None:
    """A French doc's people (the pipeline's labels, whichever of ``PER`` or ``PERSON``) are
    found as doc.ents gives them."""
    doc = pipeline.models.full("fr")("Emmanuel Macron a reçu Olaf Scholz à Paris.")
    assert entity_spans(doc, ("PER", "PERSON")) == [
        e for e in doc.ents if e.label_ in ("PER", "PERSON")]
    assert [e.text for e in entity_spans(doc, ("PER", "PERSON"))] == [
        "Emmanuel Macron", "Olaf Scholz"]
