"""newswire: streaming enrichment for news on Kafka topics.

The public names are imported lazily, so ``import newswire.nlp`` stays free of Kafka clients.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.2.0"

_LAZY = {
    "subscribe": "newswire.kafka.consume",
    "Settings": "newswire.settings",
    **dict.fromkeys(
        ["DeadLetter", "EnrichedArticle", "Entity", "EntityEvent", "Quote", "QuoteEvent",
         "RawArticle"],
        "newswire.models",
    ),
}

__all__ = [
    "DeadLetter", "EnrichedArticle", "Entity", "EntityEvent", "Quote", "QuoteEvent",
    "RawArticle", "Settings", "__version__", "subscribe",
]

# A type checker reads the names from their modules; ``__getattr__`` is for run time only:
# seen by mypy, it would make every other name of the package ``Any`` (a misspelt import
# would pass unchecked).
if TYPE_CHECKING:
    from newswire.kafka.consume import subscribe
    from newswire.models import (
        DeadLetter,
        EnrichedArticle,
        Entity,
        EntityEvent,
        Quote,
        QuoteEvent,
        RawArticle,
    )
    from newswire.settings import Settings
else:
    def __getattr__(name: str) -> Any:
        if name not in _LAZY:
            raise AttributeError(f"module 'newswire' has no attribute {name!r}")
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
