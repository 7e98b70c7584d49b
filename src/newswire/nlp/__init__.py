"""The pure NLP core: ``RawArticle -> EnrichedArticle`` with no Kafka and no network.

``boilerplate`` (no spaCy), ``language`` (no spaCy), ``entities`` and ``quotes`` (which may
use ``entities``) are its rooms; :mod:`newswire.nlp.pipeline` ties them to one spaCy pipeline
per language (:mod:`newswire.nlp.loading`, with :mod:`newswire.nlp.paragraphs`, sentences that
never run over a line break, and :mod:`newswire.nlp.attributes`, the English attribute
ruler's matches found per kind of token); :mod:`newswire.nlp.prepare` turns a raw article
into clean text, title and date. Nothing under ``nlp`` may
import faust, aiokafka, an HTTP client, or newswire's ``io``, ``kafka``, ``stream`` or ``cli``
(pinned by ``tests/test_package.py``). Names here load lazily, so ``newswire.nlp.boilerplate``
is usable without spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["Job", "Pipeline"]

# A type checker reads the names from their modules; ``__getattr__`` is for run time only:
# seen by mypy, it would make every other name of the package ``Any`` (a misspelt import
# would pass unchecked).
if TYPE_CHECKING:
    from newswire.nlp.pipeline import Job, Pipeline
else:
    def __getattr__(name: str) -> Any:
        if name not in __all__:
            raise AttributeError(f"module 'newswire.nlp' has no attribute {name!r}")
        from newswire.nlp import pipeline

        return getattr(pipeline, name)
