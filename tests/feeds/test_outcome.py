"""The exit status of `newswire feeds run --once`: success, partial and total failure."""

from __future__ import annotations

import signal

import pytest

from newswire.feeds.outcome import OnceOutcome
from newswire.feeds.state import FeedState

OK = FeedState(url="https://a.example/rss", status=200)
UNCHANGED = FeedState(url="https://b.example/rss", status=304)
GONE = FeedState(url="https://c.example/rss", status=404, error="HTTP 404")
REFUSED = FeedState(url="http://127.0.0.1:8000/rss", error="address 127.0.0.1 is not public")


@pytest.mark.parametrize(("polled", "crashed", "status", "summary"), [
    ([OK, UNCHANGED], [], 0, "2 feed(s) polled: 2 answered, 0 failed (ok; exit 0)"),
    ([OK, GONE], [], 3, "2 feed(s) polled: 1 answered, 1 failed (some feeds failed; exit 3)"),
    ([GONE, REFUSED], [], 4,
     "2 feed(s) polled: 0 answered, 2 failed (every feed failed; exit 4)"),
    # A poll that raised saved no state: it failed all the same.
    ([OK], ["https://d.example/rss"], 3,
     "2 feed(s) polled: 1 answered, 1 failed (some feeds failed; exit 3)"),
    ([], ["https://d.example/rss"], 4,
     "1 feed(s) polled: 0 answered, 1 failed (every feed failed; exit 4)"),
    # Another runner owns every partition: nothing was this runner's to poll.
    ([], [], 0, "no feed polled: this runner owned none of the feeds' partitions"),
])
def test_once_exit_status_tells_success_partial_and_total_failure(
        polled: list[FeedState], crashed: list[str], status: int, summary: str) -> None:
    """Exit 0 when every feed polled answered, 3 when some failed, 4 when all did."""
    outcome = OnceOutcome.of({state.url: state for state in polled}, crashed)
    assert outcome.exit_status == status
    assert outcome.summary() == summary


@pytest.mark.parametrize(("polled", "stopped_by", "status", "summary"), [
    ([OK], signal.SIGTERM, 143,
     "stopped by SIGTERM after 1 feed(s) polled: 1 answered, 0 failed (exit 143)"),
    ([], signal.SIGINT, 130,
     "stopped by SIGINT after 0 feed(s) polled: 0 answered, 0 failed (exit 130)"),
    ([GONE], signal.SIGTERM, 143,
     "stopped by SIGTERM after 1 feed(s) polled: 0 answered, 1 failed (exit 143)"),
])
def test_a_run_stopped_by_a_signal_says_so(
        polled: list[FeedState], stopped_by: int, status: int, summary: str) -> None:
    """A `--once` run cut short by SIGTERM or Ctrl-C exits 128 + the signal, never 0: its
    feeds were not all polled (with none polled it read as "owned none")."""
    outcome = OnceOutcome.of({state.url: state for state in polled}, (), stopped_by)
    assert outcome.exit_status == status
    assert outcome.summary() == summary
