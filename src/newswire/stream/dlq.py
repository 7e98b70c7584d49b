"""Dead letters of the worker: the shared envelope, logged."""

from __future__ import annotations

import logging

from newswire.deadletters import build_dead_letter
from newswire.models import DeadLetter

__all__ = ["dead_letter"]

log = logging.getLogger(__name__)


def dead_letter(
    error: BaseException,
    original: bytes | None,
    *,
    key: bytes | None,
    topic: str | None,
    partition: int | None,
    offset: int | None,
    max_original: int | None = None,
) -> DeadLetter:
    """A DeadLetter for ``error`` raised on the message at ``topic[partition]@offset``
    (:func:`newswire.deadletters.build_dead_letter`), with one warning in the worker's log."""
    letter = build_dead_letter(error, original, key=key, topic=topic, partition=partition,
                               offset=offset, max_original=max_original)
    log.warning("dead letter %s[%s]@%s: %s: %s",
                topic, partition, offset, letter.error_type, letter.reason)
    return letter
