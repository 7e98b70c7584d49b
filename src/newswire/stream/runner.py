"""Run the blocking NLP pipeline off the event loop, in one dedicated thread.

One thread per worker process: spaCy is CPU-bound, so more threads would only contend for
the GIL; more cores are used by more worker processes (``newswire worker --processes N``).
The event loop keeps the GIL often enough to heartbeat while a batch is being enriched.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

from newswire.errors import NewswireError
from newswire.models import EnrichedArticle
from newswire.nlp.pipeline import Job, Pipeline
from newswire.settings import Settings

__all__ = ["NlpRunner", "pipeline_of"]


def pipeline_of(settings: Settings) -> Pipeline:
    """The pipeline the settings describe: its languages and their spaCy models, its token
    budget and url limit."""
    return Pipeline(settings.model, languages=settings.enabled_languages,
                    models=settings.language_models, max_tokens=settings.max_nlp_tokens,
                    max_url_chars=settings.max_url_chars)


class NlpRunner:
    """Owns the pipeline and the thread it runs on."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newswire-nlp")
        self._pipeline: Pipeline | None = None
        self._loading = asyncio.Lock()

    async def start(self) -> None:
        """Load the spaCy model (in the NLP thread) once, before the first batch if possible."""
        async with self._loading:
            if self._pipeline is None:
                loop = asyncio.get_running_loop()
                self._pipeline = await loop.run_in_executor(self._executor, pipeline_of,
                                                            self._settings)

    async def enrich(self, jobs: Sequence[Job]) -> list[EnrichedArticle | NewswireError]:
        """Enrich ``jobs`` in the NLP thread."""
        await self.start()
        assert self._pipeline is not None
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self._pipeline.enrich_batch, jobs)

    @property
    def ready(self) -> bool:
        """Whether the model is loaded."""
        return self._pipeline is not None

    def close(self) -> None:
        """Let the NLP thread finish its batch, then stop it."""
        self._executor.shutdown(wait=True)
