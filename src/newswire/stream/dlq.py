"""Dead letters: what could not be enriched, with the reason and the original bytes."""

from __future__ import annotations

import base64
import logging
from datetime import UTC, datetime

from newswire.errors import NewswireError
from newswire.models import DeadLetter, stable_hash

log = logging.getLogger(__name__)


def dead_letter(
    error: BaseException,
    original: bytes | None,
    *,
    key: bytes | None,
    topic: str | None,
    partition: int | None,
    offset: int | None,
) -> DeadLetter:
    """A DeadLetter for ``error`` raised on the message at ``topic[partition]@offset``."""
    reason = error.message if isinstance(error, NewswireError) else str(error) or repr(error)
    letter = DeadLetter(
        event_id=stable_hash("dlq", topic, str(partition), str(offset), size=32),
        reason=reason,
        error_type=type(error).__name__,
        original=base64.b64encode(original or b""),  # Base64Bytes validates encoded input
        key=key.decode("utf-8", "replace") if key is not None else None,
        topic=topic,
        partition=partition,
        offset=offset,
        failed_at=datetime.now(UTC),
    )
    log.warning("dead letter %s[%s]@%s: %s: %s",
                topic, partition, offset, letter.error_type, reason)
    return letter
