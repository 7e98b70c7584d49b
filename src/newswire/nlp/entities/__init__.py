"""Entities: the model's spans made into canonical names, types, mentions and aliases.

Mentions, clusters, names, the shipped alias table, the recall pass for missed mentions, and
the cross-article registry (pure functions over dicts). May import ``newswire.models`` and
spaCy; never ``nlp.quotes`` or ``nlp.boilerplate``.
"""

from newswire.nlp.entities.extract import entity_id, extract_entities

__all__ = ["entity_id", "extract_entities"]
