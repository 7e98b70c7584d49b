"""Dead letters: what could not be enriched, with the reason and the original bytes.

Built here, beside the contract, so that the worker (``newswire.stream``) and ``newswire
replay`` (``newswire.kafka``) write one envelope with one reason for one input.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime

from newswire.errors import NewswireError
from newswire.models import DeadLetter, stable_hash

__all__ = ["build_dead_letter"]


def build_dead_letter(
    error: BaseException,
    original: bytes | None,
    *,
    key: bytes | None,
    topic: str | None,
    partition: int | None,
    offset: int | None,
    max_original: int | None = None,
    event_id: str | None = None,
) -> DeadLetter:
    """A DeadLetter for ``error`` raised on the message at ``topic[partition]@offset``.

    With ``max_original``, a larger original is cut to that size (and the reason says so),
    so that the dead letter itself still fits in a Kafka message. ``event_id`` defaults to a
    hash of where the message was read (one message, one dead letter however often it fails).
    """
    reason = error.message if isinstance(error, NewswireError) else str(error) or repr(error)
    original = original or b""
    if max_original is not None and len(original) > max_original:
        reason += f" (original truncated to {max_original} of {len(original)} bytes)"
        original = original[:max_original]
    return DeadLetter(
        event_id=event_id or stable_hash("dlq", topic, str(partition), str(offset), size=32),
        reason=reason,
        error_type=type(error).__name__,
        original=base64.b64encode(original),  # Base64Bytes validates encoded input
        key=key.decode("utf-8", "replace") if key is not None else None,
        topic=topic,
        partition=partition,
        offset=offset,
        failed_at=datetime.now(UTC),
    )
