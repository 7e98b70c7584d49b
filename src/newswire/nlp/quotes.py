"""Quotes (placeholder: replaced by the quotes work, issue 3).

Contract: ``extract_quotes(title_doc, body_doc, entities) -> list[Quote]``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from newswire.models import Entity, Quote


def extract_quotes(title_doc: Doc, body_doc: Doc, entities: Sequence[Entity]) -> list[Quote]:
    """No quotes yet (placeholder)."""
    del title_doc, body_doc, entities
    return []
