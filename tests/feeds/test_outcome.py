"""The exit status of `newswire feeds run --once`: success, partial and total failure."""

from __future__ import annotations

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
