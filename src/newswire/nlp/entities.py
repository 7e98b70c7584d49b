"""Entities (placeholder: replaced by the entities work, issue 5).

Contract: ``extract_entities(title_doc, body_doc) -> list[Entity]``.
"""

from __future__ import annotations

from collections import defaultdict
from typing import get_args

from spacy.tokens import Doc

from newswire.models import Entity, EntityType, Span, stable_hash

TYPES = frozenset(get_args(EntityType))


def extract_entities(title_doc: Doc, body_doc: Doc) -> list[Entity]:
    """Group spaCy's entities by text (placeholder)."""
    groups: dict[tuple[str, str], list[Span]] = defaultdict(list)
    for field, doc in (("title", title_doc), ("body", body_doc)):
        for ent in doc.ents:
            if ent.label_ in TYPES:
                span = Span(text=ent.text, start=ent.start_char, end=ent.end_char, field=field)  # type: ignore[arg-type]
                groups[(ent.text, ent.label_)].append(span)
    return [
        Entity(
            entity_id=stable_hash(label, name),
            name=name,
            type=label,  # type: ignore[arg-type]
            mentions=spans,
            count=len(spans),
            salience=0.0,
        )
        for (name, label), spans in groups.items()
    ]
