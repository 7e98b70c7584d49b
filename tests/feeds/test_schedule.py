"""Poll intervals and backoff."""

from __future__ import annotations

from datetime import timedelta

import pytest

from newswire.feeds.schedule import Bounds, backoff, max_age, next_interval
from tests.feeds.content import START

BOUNDS = Bounds(low_s=300, high_s=3600, max_backoff_s=86_400)


def test_interval_follows_publishing_gap() -> None:
    """A feed publishing every 40 min is polled every 20 min; hourly-or-slower hits the cap."""
    every_40 = [START - timedelta(minutes=40 * n) for n in range(10)]
    assert next_interval(BOUNDS, previous_s=None, new_items=1, dates=every_40) == 1200
    daily = [START - timedelta(days=n) for n in range(5)]
    assert next_interval(BOUNDS, previous_s=None, new_items=1, dates=daily) == 3600


def test_interval_without_dates_stretches_and_shrinks() -> None:
    """No dates: nothing new stretches the interval, new items shrink it, within bounds."""
    assert next_interval(BOUNDS, previous_s=1000, new_items=0) == 1500
    assert next_interval(BOUNDS, previous_s=1000, new_items=3) == pytest.approx(666.67, 0.01)
    assert next_interval(BOUNDS, previous_s=3000, new_items=0) == 3600
    assert next_interval(BOUNDS, previous_s=None, new_items=0) == 300


def test_interval_respects_ttl_and_max_age() -> None:
    """<ttl> and Cache-Control max-age hold the next poll back (up to the upper bound)."""
    burst = [START - timedelta(minutes=n) for n in range(10)]
    assert next_interval(BOUNDS, previous_s=None, new_items=1, dates=burst, ttl_s=1800) == 1800
    assert next_interval(BOUNDS, previous_s=None, new_items=1, dates=burst,
                         max_age_s=max_age("public, max-age=900")) == 900
    assert next_interval(BOUNDS, previous_s=None, new_items=1, ttl_s=10 * 3600) == 3600


def test_backoff_doubles_to_a_day_and_honours_retry_after() -> None:
    """Failures double the wait from the lower bound up to a day; Retry-After is a floor."""
    assert [backoff(BOUNDS, n) for n in (1, 2, 3)] == [300, 600, 1200]
    assert backoff(BOUNDS, 40) == 86_400
    assert backoff(BOUNDS, 1, retry_after_s=5000) == 5000
