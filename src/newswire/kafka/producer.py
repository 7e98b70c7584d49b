"""Produce RawArticles to ``articles.raw``, keyed by article id, optionally paced."""

from __future__ import annotations

import asyncio
import hashlib
import queue
import threading
import time
from collections import Counter
from collections.abc import AsyncGenerator, Callable, Generator, Iterable, Iterator
from contextlib import aclosing
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from aiokafka import AIOKafkaProducer

from newswire import topics
from newswire.deadletters import build_dead_letter
from newswire.errors import NewswireError
from newswire.io.ingest import InputLimits, check_fields, check_not_empty, check_size, encode
from newswire.io.records import Record
from newswire.kafka.clients import ensure_topics, make_producer
from newswire.models import RawArticle, stable_hash
from newswire.settings import Settings

#: Sends whose acknowledgements are awaited together: a replay of millions of articles holds
#: at most this many delivery futures.
DELIVERY_WINDOW = 1000
# encode moved to newswire.io.ingest (enrich needs it without aiokafka); still exported here.
__all__ = ["Pacer", "SendReport", "encode", "read_off_loop", "send_records"]


@dataclass
class SendReport:
    """What was sent, what went to the dead-letter topic (``origin: reason``), what was
    skipped on purpose, and what could not be read or delivered and why."""

    sent: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    dead_lettered: list[str] = field(default_factory=list)

    @property
    def seen(self) -> int:
        """Records handled so far, whatever became of them."""
        return (len(self.sent) + len(self.errors) + self.skipped.total()
                + len(self.dead_lettered))


@dataclass
class Pacer:
    """Spaces sends: ``rate`` articles per second, or the articles' own ``published_at``
    spacing made ``speed`` times faster."""

    rate: float | None = None
    speed: float | None = None
    _start: float = field(default=0.0, init=False)
    _first: datetime | None = field(default=None, init=False)
    _count: int = field(default=0, init=False)

    async def wait(self, article: RawArticle) -> None:
        """Sleep until ``article`` is due."""
        now = time.monotonic()
        if self._count == 0:
            self._start, self._first = now, article.published_at
        due = self._due(article)
        self._count += 1
        if due is not None and due > now:
            await asyncio.sleep(due - now)

    def _due(self, article: RawArticle) -> float | None:
        if self.rate:
            return self._start + self._count / self.rate
        if self.speed and self._first and article.published_at:
            offset = (article.published_at - self._first).total_seconds() / self.speed
            return self._start + max(0.0, offset)
        return None


async def send_records(
    settings: Settings,
    records: Iterable[Record],
    *,
    limit: int | None = None,
    pacer: Pacer | None = None,
    dry_run: bool = False,
    on_record: Callable[[SendReport], None] | None = None,
    dead_letters: bool = False,
) -> SendReport:
    """Send every readable record (up to ``limit``); unreadable ones go in the report with
    their origin. Ones the worker would dead-letter are errors of the report, or with
    ``dead_letters`` (``replay``) produced to the dead-letter topic in the worker's envelope,
    with its reason and the bytes ``send`` would have produced."""
    report = SendReport()
    if not dry_run:
        await ensure_topics(settings)
    producer = None if dry_run else make_producer(settings)
    if producer is not None:
        await producer.start()
    deliveries = _Deliveries(report, dead_letters)
    try:
        async with aclosing(read_off_loop(records)) as reading:
            async for record in reading:
                if limit is not None and len(report.sent) >= limit:
                    break
                await _handle(record, producer, settings, pacer, deliveries)
                if on_record is not None:
                    on_record(report)
        await deliveries.settle()
    finally:
        if producer is not None:
            await producer.stop()
    return report


async def read_off_loop(records: Iterable[Record]) -> AsyncGenerator[Record, None]:
    """``records`` in order, read in a thread: the readers open, decompress and decode files
    (a WARC record, a gzip member), which would hold the event loop and with it the
    producer's I/O and delivery callbacks."""
    reader = _Reader(iter(records))
    try:
        while (record := await reader.next()) is not None:
            yield record
    finally:
        reader.stop()


class _Reader:
    """Reads one record per request in a daemon thread.

    Not the loop's default executor: ``asyncio.run`` joins its threads on the way out, so
    Ctrl-C while ``send -`` waits on a terminal or a pipe would hang until end of input.
    """

    def __init__(self, records: Iterator[Record]) -> None:
        self._records = records
        self._loop = asyncio.get_running_loop()
        self._requests: queue.SimpleQueue[asyncio.Future[Record | None] | None] = (
            queue.SimpleQueue())
        self._idle = threading.Event()
        self._idle.set()
        self._thread = threading.Thread(target=self._run, name="newswire-reader", daemon=True)
        self._thread.start()

    async def next(self) -> Record | None:
        """The next record, None at the end; the reader's exception if it raises one."""
        future: asyncio.Future[Record | None] = self._loop.create_future()
        self._idle.clear()
        self._requests.put(future)
        return await future

    def stop(self) -> None:
        """End the thread, which closes the reader (a limit stops early: its file closes
        now); wait for it only when no read is under way."""
        self._requests.put(None)
        if self._idle.is_set():
            self._thread.join()

    def _run(self) -> None:
        while (future := self._requests.get()) is not None:
            try:
                record, error = next(self._records, None), None
            except Exception as exc:  # noqa: BLE001 (raised again where it is awaited)
                record, error = None, exc
            self._idle.set()  # before the answer, which may bring the next request
            try:
                self._loop.call_soon_threadsafe(_settle, future, record, error)
            except RuntimeError:  # the loop is closed: nobody waits for it any more
                return
        if isinstance(self._records, Generator):
            self._records.close()


def _settle(future: asyncio.Future[Record | None], record: Record | None,
            error: Exception | None) -> None:
    if future.cancelled():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(record)


@dataclass
class _Deliveries:
    """Sends not yet acknowledged: one the broker refuses (a message over its
    ``message.max.bytes``, a topic it will not take) moves from ``sent`` to ``errors``."""

    report: SendReport
    dead_letters: bool = False
    pending: list[tuple[str, list[str], str, asyncio.Future[object]]] = field(
        default_factory=list)

    async def add(self, origin: str, noted: list[str], entry: str,
                  delivery: asyncio.Future[object]) -> None:
        """Await ``delivery`` with the window; ``entry`` leaves ``noted`` if it fails."""
        self.pending.append((origin, noted, entry, delivery))
        if len(self.pending) >= DELIVERY_WINDOW:
            await self.settle()

    async def settle(self) -> None:
        """Wait for every pending send; report the ones that failed."""
        pending, self.pending = self.pending, []
        results = await asyncio.gather(*(delivery for *_, delivery in pending),
                                       return_exceptions=True)
        for (origin, noted, entry, _), result in zip(pending, results, strict=True):
            if isinstance(result, BaseException):
                noted.remove(entry)
                self.report.errors.append(f"{origin}: not delivered: {result!r}")


async def _handle(record: Record, producer: AIOKafkaProducer | None, settings: Settings,
                  pacer: Pacer | None, deliveries: _Deliveries) -> None:
    if record.article is None:
        if deliveries.dead_letters and record.original is not None and record.error:
            # A JSON Lines line that is no article (replay): its bytes, its line in the reason.
            await _dead_letter(producer, settings, record.error, origin=record.origin,
                               key=None, value=record.original, deliveries=deliveries)
        else:
            _note_unsent(deliveries.report, record)
        return
    if pacer is not None:
        await pacer.wait(record.article)
    await _send_one(producer, settings, record, deliveries)


async def _send_one(producer: AIOKafkaProducer | None, settings: Settings, record: Record,
                    deliveries: _Deliveries) -> None:
    """Send the record's article (unless dry run). One the worker would dead-letter (over
    ``NEWSWIRE_MAX_ARTICLE_BYTES``, a url or source over its limit, nothing to enrich) goes to
    articles.dlq in the worker's envelope when ``deliveries.dead_letters`` (``replay``), else
    is an error of the report (``send``, as ``enrich`` refuses it); so is one the broker does
    not acknowledge."""
    assert record.article is not None
    key, value = encode(record.article)
    try:
        check_size(value, settings.max_article_bytes)
        check_not_empty(record.article)
        check_fields(record.article, InputLimits.of(settings))
    except NewswireError as exc:
        if deliveries.dead_letters:
            await _dead_letter(producer, settings, exc, origin=record.origin, key=key,
                               value=value, deliveries=deliveries)
        else:
            deliveries.report.errors.append(f"{record.origin}: {exc} "
                                            "(the worker would dead-letter it)")
        return
    deliveries.report.sent.append(key.decode("utf-8"))
    if producer is not None:
        delivery = await producer.send(settings.topic(topics.RAW), value=value, key=key)
        await deliveries.add(record.origin, deliveries.report.sent, key.decode("utf-8"),
                             delivery)


async def _dead_letter(producer: AIOKafkaProducer | None, settings: Settings,
                       error: NewswireError, *, origin: str, key: bytes | None, value: bytes,
                       deliveries: _Deliveries) -> None:
    """Produce the dead letter the worker would have written for ``value``, keyed as the
    worker keys it (the article id; none for a line that is no article, whose reason starts
    with its ``file:line``); never on a topic, so no topic, partition or offset, and an event
    id from the bytes and the id (or the file name and line): a second replay of the archive
    repeats the same event id."""
    where = key.decode("utf-8") if key is not None else Path(origin).name
    letter = build_dead_letter(
        error, value, key=key, topic=None, partition=None, offset=None,
        max_original=settings.max_article_bytes,
        event_id=stable_hash("dlq", "replay", where, hashlib.sha256(value).hexdigest(),
                             size=32))
    said = letter.reason if key is None else f"{origin}: {letter.reason}"
    entry = f"{said} ({letter.error_type})"
    deliveries.report.dead_lettered.append(entry)
    if producer is not None:
        delivery = await producer.send(settings.topic(topics.DLQ), key=key,
                                       value=letter.model_dump_json().encode("utf-8"))
        await deliveries.add(origin, deliveries.report.dead_lettered, entry, delivery)


def _note_unsent(report: SendReport, record: Record) -> None:
    if record.skipped is not None:
        report.skipped[record.skipped] += 1
    else:
        report.errors.append(str(record.error))
