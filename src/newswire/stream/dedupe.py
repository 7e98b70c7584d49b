"""Idempotent replay: decide from the last record of an article id what to do with it."""

from __future__ import annotations

from typing import TypedDict


class Seen(TypedDict):
    """What the ``processed`` table remembers of an article id."""

    hash: str
    revision: int


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
