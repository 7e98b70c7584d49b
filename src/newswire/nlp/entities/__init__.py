"""Entities: the model's spans made into canonical names, types, mentions and aliases.

Mentions, clusters, names, the shipped alias table, text in capitals re-cased for the model
(:mod:`.recase`, with the article's own spellings from :mod:`.forms`), the recall pass for
missed mentions, and the cross-article registry with its identities (:mod:`.registry`,
:mod:`.identity`: pure functions over dicts). May import ``newswire.models`` and spaCy;
never ``nlp.quotes`` or ``nlp.boilerplate``.
"""

from newswire.nlp.entities.extract import Context, entity_id, extract_entities
from newswire.nlp.entities.identity import Knowledge
from newswire.nlp.entities.recase import Capitals, read_capitals

__all__ = ["Capitals", "Context", "Knowledge", "entity_id", "extract_entities", "read_capitals"]
