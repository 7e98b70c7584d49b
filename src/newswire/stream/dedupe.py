"""Idempotent replay: decide from the last record of an article id what to do with it, and
forget article ids not seen for ``NEWSWIRE_DEDUPE_DAYS`` (the table would grow forever)."""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator, Mapping
from typing import NamedTuple, NotRequired, TypedDict

__all__ = [
    "Expired", "Seen", "Undated", "expired", "next_revision", "replaced_hash", "sweep_interval_s",
    "undated",
]


class Seen(TypedDict):
    """What the ``processed`` table remembers of an article id."""

    hash: str
    revision: int
    #: When it was last enriched (seconds since the epoch); rows written before newswire
    #: 0.2.0 have none and get the time of the first sweep that sees them (:func:`undated`).
    at: NotRequired[float]
    #: Its partition of ``articles.raw``, which is its partition of the table's changelog:
    #: the sweep writes the row's tombstone there.
    partition: NotRequired[int]
    #: The content hash of the revision this one replaced ("" for the first): with the
    #: content hash it makes the event id, so A, B, A has three ids and a replay of the
    #: same archive gives ids already seen.
    replaces: NotRequired[str]


class Expired(NamedTuple):
    """A row to forget, and the changelog partition its tombstone goes to."""

    key: str
    partition: int


class Undated(NamedTuple):
    """A row written before newswire 0.2.0, and the changelog partition it was read from."""

    key: str
    partition: int


def next_revision(previous: Seen | None, content_hash: str, *, reprocess: bool) -> int | None:
    """The revision to enrich this content as, or None when it was already enriched.

    Same content again is a duplicate (None) unless ``reprocess`` is on, in which case it
    keeps its revision; changed content under the same id is the next revision.
    """
    if previous is None:
        return 1
    if previous["hash"] != content_hash:
        return previous["revision"] + 1
    return previous["revision"] if reprocess else None


def replaced_hash(previous: Seen | None, content_hash: str) -> str:
    """The content hash the revision of ``content_hash`` replaces: the previous record's
    when the content changed, the one that record replaced when it is the same content
    enriched again (a reprocess), "" for an article's first revision."""
    if previous is None:
        return ""
    if previous["hash"] != content_hash:
        return previous["hash"]
    return previous.get("replaces", "")


def expired(rows: Iterable[tuple[str, Seen]], *, before: float,
            partitions: Container[int]) -> Iterator[Expired]:
    """The rows last enriched before ``before`` on ``partitions`` (the ones this worker
    owns: another worker's rows are its own to forget)."""
    for key, seen in rows:
        at, partition = seen.get("at"), seen.get("partition")
        if at is not None and partition is not None and at < before and partition in partitions:
            yield Expired(key, partition)


def undated(rows: Iterable[tuple[str, Seen]], *, partition_of: Mapping[str, int],
            partitions: Container[int]) -> Iterator[Undated]:
    """The rows that do not say when they were enriched (written before newswire 0.2.0) on
    ``partitions``, each with the changelog partition it was recovered from
    (``partition_of``); a row whose partition is not known is left alone."""
    for key, seen in rows:
        partition = partition_of.get(key)
        if "at" not in seen and partition is not None and partition in partitions:
            yield Undated(key, partition)


def sweep_interval_s(days: float) -> float:
    """Seconds between two sweeps of a retention of ``days``: a tenth of it, between a
    second and an hour (a row outlives its retention by at most this)."""
    return min(3600.0, max(1.0, days * 86_400 / 10))
