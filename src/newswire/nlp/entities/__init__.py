"""Entities: the model's spans made into canonical names, types, mentions and aliases.

:mod:`.extract` (``extract_entities``) runs the steps; each concept is a subpackage whose
docstring says what lives there and what it may import: ``spans`` (the model's spans made
mentions, re-cased capitals, the recall pass, the layout's repairs), ``people``, ``roles``,
``organisations`` and ``geography`` (names of each kind the model cut or mistyped, mended from
their written form), ``clustering`` (mentions grouped into entities, and their types),
``words`` (names as strings, casing, first names, the alias table, what a name's words say),
``french`` (the French model's labels, a spaCy component) and ``cross_article`` (the
registry with its identities: pure functions over dicts).
May import ``newswire.models`` and spaCy; never ``nlp.quotes`` or ``nlp.boilerplate``.
Names here load lazily (``_HOMES``), so the registry (the worker's ``/entities/top``,
``newswire entities top``) imports without spaCy.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__all__ = ["Capitals", "Context", "Knowledge", "entity_id", "extract_entities", "read_capitals"]

#: The module each name of ``__all__`` is read from, on first use.
_HOMES = {"Capitals": "spans.recase", "Context": "extract", "Knowledge": "cross_article.identity",
          "entity_id": "extract", "extract_entities": "extract", "read_capitals": "spans.recase"}

# A type checker reads the names from their modules; ``__getattr__`` is for run time only:
# seen by mypy, it would make every other name of the package ``Any`` (a misspelt import
# would pass unchecked).
if TYPE_CHECKING:
    from newswire.nlp.entities.cross_article.identity import Knowledge
    from newswire.nlp.entities.extract import Context, entity_id, extract_entities
    from newswire.nlp.entities.spans.recase import Capitals, read_capitals
else:
    def __getattr__(name: str) -> Any:
        if name not in _HOMES:
            raise AttributeError(f"module 'newswire.nlp.entities' has no attribute {name!r}")
        return getattr(import_module(f"newswire.nlp.entities.{_HOMES[name]}"), name)
