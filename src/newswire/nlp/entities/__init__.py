"""Entities: the model's spans made into canonical names, types, mentions and aliases.

Mentions, clusters, names, the shipped alias table, text in capitals re-cased for the model
(:mod:`.recase`, with the article's own spellings from :mod:`.forms` and English's usual
case from :mod:`.casing`), the recall pass for missed mentions, and the cross-article
registry with its identities (:mod:`.registry`, :mod:`.identity`: pure functions over dicts).
May import ``newswire.models`` and spaCy; never ``nlp.quotes`` or ``nlp.boilerplate``.
Names here load lazily, so the registry (the worker's ``/entities/top``, ``newswire entities
top``) imports without spaCy.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__all__ = ["Capitals", "Context", "Knowledge", "entity_id", "extract_entities", "read_capitals"]

#: The module each name of ``__all__`` is read from, on first use.
_HOMES = {"Capitals": "recase", "Context": "extract", "Knowledge": "identity",
          "entity_id": "extract", "extract_entities": "extract", "read_capitals": "recase"}

# A type checker reads the names from their modules; ``__getattr__`` is for run time only:
# seen by mypy, it would make every other name of the package ``Any`` (a misspelt import
# would pass unchecked).
if TYPE_CHECKING:
    from newswire.nlp.entities.extract import Context, entity_id, extract_entities
    from newswire.nlp.entities.identity import Knowledge
    from newswire.nlp.entities.recase import Capitals, read_capitals
else:
    def __getattr__(name: str) -> Any:
        if name not in _HOMES:
            raise AttributeError(f"module 'newswire.nlp.entities' has no attribute {name!r}")
        return getattr(import_module(f"newswire.nlp.entities.{_HOMES[name]}"), name)
