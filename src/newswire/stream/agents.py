"""The enrich agent: decode, dedupe, enrich off the loop, publish (:mod:`.publishing`);
failures to the DLQ."""

from __future__ import annotations

import asyncio
import logging
import os
import time
import weakref
from collections.abc import Awaitable, Coroutine, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import faust
from faust.streams import _current_event
from faust.types import EventT, StreamT, TableT

from newswire import topics
from newswire.errors import EnrichmentError, InputError, NewswireError
from newswire.io.ingest import InputLimits, decode_message
from newswire.models import EnrichedArticle
from newswire.nlp.pipeline import Job
from newswire.settings import Settings
from newswire.stream import metrics
from newswire.stream.consumer import ack_handled
from newswire.stream.dedupe import Seen, next_revision, replaced_hash
from newswire.stream.lag import note_processed
from newswire.stream.learning import Learning, register_learning
from newswire.stream.publishing import (
    checked_outputs,
    flush,
    publish_article,
    publish_dead_letter,
    publish_learning,
)
from newswire.stream.runner import NlpRunner

__all__ = [
    "EXIT_PUBLISH_FAILED", "Components", "Enriched", "Event", "drain", "enrich_jobs",
    "event_context", "handle_batch", "plan", "register_agents", "remember",
    "reprocessing",
]

log = logging.getLogger(__name__)

#: Exit status when a batch's results cannot be published (EX_TEMPFAIL: try again later).
EXIT_PUBLISH_FAILED = 75

Event = EventT[bytes]


@dataclass
class Components:
    """What the agent and the web views share."""

    settings: Settings
    topics: dict[str, faust.TopicT]
    processed: TableT[str, Seen]
    runner: NlpRunner
    learning: Learning
    app: faust.App
    #: A reprocess run's bound: per partition of articles.raw, its end at the rewind.
    reprocess_until: Mapping[int, int] | None = None
    pending: list[Awaitable[Any]] = field(default_factory=list)
    #: Per partition of articles.raw, the last offset enriched (``/metrics`` reads the lag).
    processed_offsets: dict[Any, int] = field(default_factory=dict)


def register_agents(
    app: faust.App, settings: Settings, *, reprocess_until: Mapping[int, int] | None = None
) -> Components:
    """Declare topics and tables on ``app`` and register the enrich agent."""
    declared = {
        name: app.topic(settings.topic(name), partitions=settings.partitions,
                        key_serializer="raw", value_serializer="raw")
        for name in topics.MODELS
    }
    # Tables use Faust's json codec by default: no pickle anywhere.
    processed = app.Table("processed", default=None, partitions=settings.partitions)
    learning = register_learning(app, settings)
    components = Components(settings, declared, processed, NlpRunner(settings), learning,
                            app, reprocess_until)

    @app.agent(declared[topics.RAW], name="enrich")
    async def enrich(stream: StreamT[bytes]) -> None:
        # take_events acks each batch itself and, when it ends (the agent stopping), restores
        # the stream's automatic acks; the stream's background reader then acked messages
        # nobody had enriched, and the shutdown commit covered them. Off for good.
        stream.enable_acks = False
        # take_events is on the concrete Stream only, not yet on the StreamT protocol.
        batches = stream.take_events(  # type: ignore[attr-defined]
            settings.batch_size, within=settings.batch_within_s
        )
        async for events in batches:
            await drain(handle_batch(components, events))

    app.task(components.runner.start)
    return components


async def drain(batch: Coroutine[Any, Any, None]) -> None:
    """Finish a batch even when the worker is told to stop, and never ack a failed one.

    Faust acks a batch's events as soon as the agent leaves the loop body, so a batch
    interrupted by SIGTERM is completed first, however often the stop cancels the agent
    while it runs (Faust cancels more than once while shutting down); one whose results
    cannot be published (the broker is gone) ends the process before anything is committed:
    its messages are delivered again after a restart, by the supervisor (systemd,
    Kubernetes, compose).
    """
    task = asyncio.ensure_future(batch)
    cancelled = False
    while not task.done():
        try:
            await asyncio.wait({task})  # unlike shield, raises neither the task's error nor
        except asyncio.CancelledError:  # cancels it when this wait is cancelled
            cancelled = True
    if task.cancelled() or task.exception() is not None:
        log.critical("cannot publish a batch's results; exiting before its offsets are "
                     "committed, so that it is delivered again",
                     exc_info=None if task.cancelled() else task.exception())
        logging.shutdown()
        os._exit(EXIT_PUBLISH_FAILED)
    if cancelled:
        raise asyncio.CancelledError


async def handle_batch(components: Components, events: Sequence[Event]) -> None:
    """Enrich one batch; every event ends as an enriched event, a dead letter or a duplicate."""
    started = time.perf_counter()
    metrics.BATCH_SIZE.observe(len(events))
    jobs: list[tuple[Event, Job]] = []
    for event, job_or_error in zip(events, plan(components, events), strict=True):
        if isinstance(job_or_error, Job):
            jobs.append((event, job_or_error))
        elif job_or_error is not None:
            await publish_dead_letter(components, event, job_or_error)
    results = await enrich_jobs(components, [job for _, job in jobs])
    done: list[Enriched] = []
    for (event, job), result in zip(jobs, results, strict=True):
        outputs = result if isinstance(result, NewswireError) else checked_outputs(
            components, result)
        if isinstance(outputs, NewswireError):
            await publish_dead_letter(components, event, outputs)
        else:
            await publish_article(components, outputs)
            metrics.PROCESSED.inc()
            metrics.BY_LANGUAGE.labels(language=outputs.article.language or "und").inc()
            done.append(Enriched(event, job, outputs.article))
    await publish_learning(components, [enriched.article for enriched in done])
    await flush(components)
    remember(components, done)
    # Acked here, not by take_events after the loop body: those acks are refused once a stop
    # has begun, and this batch is finished and published, so it may be committed.
    ack_handled(components.app, [event.message for event in events])
    note_processed(components.processed_offsets, [event.message for event in events])
    metrics.BATCH_SECONDS.observe(time.perf_counter() - started)
    if components.app.should_stop and done:  # the batch in flight at SIGTERM, drained
        log.info("stopping: the batch in flight is published and acked, event ids %s",
                 " ".join(enriched.article.event_id for enriched in done))


def plan(components: Components, events: Sequence[Event]) -> Iterator[Job | InputError | None]:
    """Per event: a Job to enrich, an InputError to dead-letter, or None for a duplicate."""
    in_batch: dict[str, Seen] = {}
    limits = InputLimits.of(components.settings)
    for event in events:
        try:
            raw = decode_message(event.message.value, limits, key=event.message.key)
        except InputError as exc:
            yield exc
            continue
        article_id, content_hash = raw.article_id(), raw.content_hash()
        previous = in_batch.get(article_id) or components.processed.get(article_id)
        revision = next_revision(previous, content_hash, reprocess=reprocessing(components, event))
        if revision is None:
            metrics.DUPLICATES.inc()
            yield None
            continue
        replaces = replaced_hash(previous, content_hash)
        in_batch[article_id] = Seen(hash=content_hash, revision=revision, replaces=replaces)
        yield Job(raw, revision=revision, replaces=replaces,
                  learned=components.learning.learned(raw.source),
                  known=components.learning.knowledge())


def reprocessing(components: Components, event: Event) -> bool:
    """Whether ``event`` was in articles.raw when a ``reprocess`` run began (dedupe bypassed):
    below its partition's end at the rewind, whatever its timestamp says (producers' clocks
    and archives' dates do not tell when a message arrived)."""
    until = components.reprocess_until
    message = event.message
    return until is not None and message.offset < until.get(message.partition, 0)


async def enrich_jobs(
    components: Components, jobs: Sequence[Job]
) -> Sequence[EnrichedArticle | NewswireError]:
    """Run the pipeline off the loop; when a batch fails as a whole, each job runs again
    alone, so that only the article that sank it (spaCy analyses a batch in one pass)
    becomes a dead letter, not the others of its batch."""
    if not jobs:
        return []
    try:
        return await components.runner.enrich(jobs)
    except Exception as exc:  # a pipeline crash must become dead letters
        if len(jobs) > 1:
            log.warning("NLP pipeline failed on a batch of %d; enriching each alone",
                        len(jobs), exc_info=True)
            return [result for job in jobs for result in await enrich_jobs(components, [job])]
        log.exception("NLP pipeline failed on article %s", jobs[0].raw.article_id())
        error = EnrichmentError(f"pipeline failed: {exc!r}")
        error.__cause__ = exc  # the traceback travels with the error, as the pipeline's do
        return [error]


class Enriched(NamedTuple):
    """An event enriched and published: its job (as :func:`plan` made it) and its article."""

    event: Event
    job: Job
    article: EnrichedArticle


def remember(components: Components, done: Sequence[Enriched]) -> None:
    """Record enriched ids with their content hash, after their events were delivered.

    The hash a revision replaces is the one :func:`plan` gave its job, which its event id
    was made from; asked of the table again it could differ (A then B of one id in a batch,
    A dead-lettered: the table never had A, but B's event id names it).
    """
    for event, job, article in done:
        with event_context(event):
            components.processed[article.id] = Seen(
                hash=article.content_hash, revision=article.revision, at=time.time(),
                partition=event.message.partition, replaces=job.replaces)


@contextmanager
def event_context(event: Event) -> Iterator[None]:
    """Make ``event`` current, so table writes go to its partition's changelog.

    ``take_events`` yields a whole batch, outside the per-event context Faust tables need.
    """
    token = _current_event.set(weakref.ref(event))
    try:
        yield
    finally:
        _current_event.reset(token)
