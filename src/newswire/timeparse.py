"""Times on the command line: ISO 8601 (``2026-11-27T10:00Z``) or relative (``90s``, ``24h``)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from newswire.errors import NewswireError

__all__ = ["parse_iso", "parse_time", "parse_window"]

_RELATIVE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_window(text: str) -> timedelta:
    """A window such as ``90s``, ``30m``, ``24h``, ``7d`` or ``2w`` as a timedelta."""
    match = _RELATIVE.match(text)
    if not match:
        raise NewswireError(f"not a time window: {text!r} (try 24h, 7d, 90m)")
    return timedelta(**{_UNITS[match[2]]: float(match[1])})


def parse_time(text: str, now: datetime | None = None) -> datetime:
    """An aware datetime: ``24h`` means 24 hours before ``now``; naive ISO times are UTC."""
    now = now or datetime.now(UTC)
    if _RELATIVE.match(text):
        return now - parse_window(text)
    moment = parse_iso(text)
    if moment is None:
        raise NewswireError(f"not a time: {text!r} (use ISO 8601 or e.g. 30m, 24h, 7d)")
    return moment


def parse_iso(text: str | None) -> datetime | None:
    """An ISO 8601 date or datetime (``2024-01-02``, ``...T03:04:05Z``) as an aware datetime
    (a naive one is UTC), or None when ``text`` is none."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
