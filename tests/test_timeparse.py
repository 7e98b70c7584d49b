"""Times and windows given on the command line and to the web views."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from newswire.errors import NewswireError
from newswire.timeparse import parse_iso, parse_time, parse_window

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("90s", NOW - timedelta(seconds=90)),
        ("24h", NOW - timedelta(hours=24)),
        ("7d", NOW - timedelta(days=7)),
        ("2026-11-27T10:00:00", datetime(2026, 11, 27, 10, tzinfo=UTC)),
        ("2026-11-27T10:00:00+01:00", datetime(2026, 11, 27, 9, tzinfo=UTC)),
    ],
)
def test_parse_time(text: str, expected: datetime) -> None:
    """Relative windows count back from now; naive ISO times are UTC."""
    assert parse_time(text, now=NOW) == expected


def test_parse_time_rejects_nonsense() -> None:
    """A time that is neither relative nor ISO 8601 is an error that says what to use."""
    with pytest.raises(NewswireError, match="ISO 8601"):
        parse_time("yesterday-ish")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("24h", timedelta(hours=24)), ("90m", timedelta(minutes=90)), ("7d", timedelta(days=7)),
     (" 2w ", timedelta(weeks=2)), ("1.5h", timedelta(minutes=90))],
)
def test_parse_window(text: str, expected: timedelta) -> None:
    """The ``--since`` windows of ``entities top`` and ``/entities/top``."""
    assert parse_window(text) == expected


@pytest.mark.parametrize("text", ["", "24", "h", "1y", "-3h"])
def test_parse_window_rejects_what_it_cannot_read(text: str) -> None:
    """A window it cannot read is an error, not a silent default."""
    with pytest.raises(NewswireError, match="not a time window"):
        parse_window(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-01-02", datetime(2024, 1, 2, tzinfo=UTC)),
        ("2024-01-02T03:04:05Z", datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)),
        (" 2025-03-13T07:45:00+01:00 ", datetime(2025, 3, 13, 6, 45, tzinfo=UTC)),
        ("2024-01-02 03:04", datetime(2024, 1, 2, 3, 4, tzinfo=UTC)),
        ("Tue, 02 Jan 2024", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_iso_reads_iso_dates_naive_as_utc(text: str | None,
                                                expected: datetime | None) -> None:
    """ISO 8601 dates and datetimes come back aware (naive ones in UTC); anything else is None."""
    assert parse_iso(text) == expected
