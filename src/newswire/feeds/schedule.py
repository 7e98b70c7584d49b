"""When to poll a feed next: an interval that follows how often the feed publishes, within
its bounds, never sooner than its ``<ttl>`` or ``Cache-Control: max-age`` allow; and
exponential backoff after failures, at least what a Retry-After asked for."""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

__all__ = [
    "RECENT_ITEMS", "STRETCH", "Bounds", "backoff", "max_age", "next_interval", "publishing_gap",
]

_MAX_AGE = re.compile(r"(?:^|[,\s])max-age\s*=\s*\"?(\d+)", re.IGNORECASE)
#: Item dates used to estimate how often a feed publishes.
RECENT_ITEMS = 20
#: Without dates, a poll with nothing new stretches the interval by this factor (one with
#: something new shrinks it by the same).
STRETCH = 1.5


@dataclass(frozen=True)
class Bounds:
    """The fastest and slowest a feed is polled, and the longest backoff."""

    low_s: float
    high_s: float
    max_backoff_s: float

    def clamp(self, seconds: float) -> float:
        """``seconds`` within [low, high]."""
        return min(self.high_s, max(self.low_s, seconds))


def max_age(cache_control: str | None) -> float | None:
    """The ``max-age`` of a Cache-Control header, in seconds."""
    match = _MAX_AGE.search(cache_control or "")
    return float(match[1]) if match else None


def publishing_gap(dates: Sequence[datetime]) -> float | None:
    """The median time between the newest items' dates, in seconds (None: too few dates)."""
    newest = sorted(set(dates), reverse=True)[:RECENT_ITEMS]
    gaps = [(a - b).total_seconds() for a, b in itertools.pairwise(newest)]
    return statistics.median(gaps) if gaps else None


def next_interval(bounds: Bounds, *, previous_s: float | None, new_items: int,
                  dates: Sequence[datetime] = (), ttl_s: float | None = None,
                  max_age_s: float | None = None) -> float:
    """Seconds until the next poll after a successful one.

    With item dates, half the median publishing gap (so a new item waits about a quarter of
    the gap on average); without, the previous interval shrunk after new items and stretched
    after none. Never under the feed's own ttl or max-age; always within the bounds.
    """
    gap = publishing_gap(dates)
    if gap is not None:
        target = gap / 2
    elif previous_s is None:
        target = bounds.low_s
    else:
        target = previous_s / STRETCH if new_items else previous_s * STRETCH
    return bounds.clamp(max(target, ttl_s or 0.0, max_age_s or 0.0))


def backoff(bounds: Bounds, failures: int, retry_after_s: float | None = None) -> float:
    """Seconds until the next poll after ``failures`` failures in a row: the lower bound,
    doubled for each failure after the first, up to the longest backoff; at least
    ``retry_after_s``."""
    exponent = min(max(failures - 1, 0), 32)
    delay = min(bounds.max_backoff_s, bounds.low_s * 2.0**exponent)
    return max(delay, min(retry_after_s or 0.0, bounds.max_backoff_s))
