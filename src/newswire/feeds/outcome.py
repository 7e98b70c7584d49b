"""What one ``newswire feeds run --once`` achieved, as an exit status cron can act on.

A feed *answered* when its poll got the feed (200, or 304 unchanged), whatever became of its
pages: a page that fails is tried again at the next polls and never fails its feed. A feed
*failed* when its poll did not get it (an HTTP error, a refused or unreachable address, a
timeout, a held host) or raised unexpectedly. Feeds another runner owns were not this
runner's to poll and count for neither. A run stopped by a signal (SIGTERM, Ctrl-C) did not
poll every feed: it exits 128 + the signal's number, as a shell reports a process the signal
killed.
"""

from __future__ import annotations

import signal
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from newswire.feeds.state import FeedState

__all__ = ["EXIT_ALL_FEEDS_FAILED", "EXIT_SOME_FEEDS_FAILED", "OnceOutcome"]

#: Some feeds failed, others answered (rsync's "partial transfer" idea, a code of its own).
EXIT_SOME_FEEDS_FAILED = 3
#: Every feed this runner polled failed: nothing was fetched.
EXIT_ALL_FEEDS_FAILED = 4


@dataclass(frozen=True)
class OnceOutcome:
    """The feeds of one ``--once`` run, split by whether their poll got the feed."""

    answered: tuple[str, ...]
    failed: tuple[str, ...]
    #: The signal that stopped the run before it was done, if one did.
    stopped_by: int | None = None

    @classmethod
    def of(cls, polled: Mapping[str, FeedState], crashed: Collection[str] = (),
           stopped_by: int | None = None) -> OnceOutcome:
        """``polled``: each feed's state after its poll; ``crashed``: feeds whose poll raised
        (no state was saved for them, so they are not in ``polled``)."""
        failed = {url for url, state in polled.items() if state.error is not None}
        failed |= set(crashed)
        answered = [url for url in polled if url not in failed]
        return cls(tuple(sorted(answered)), tuple(sorted(failed)), stopped_by)

    @property
    def exit_status(self) -> int:
        """0 when no feed failed (also when this runner owned none), 3 when some did, 4 when
        every feed polled failed; 128 + the signal when one stopped the run."""
        if self.stopped_by is not None:
            return 128 + self.stopped_by
        if not self.failed:
            return 0
        return EXIT_SOME_FEEDS_FAILED if self.answered else EXIT_ALL_FEEDS_FAILED

    def summary(self) -> str:
        """One line for the operator: how many feeds answered and failed."""
        total = len(self.answered) + len(self.failed)
        if self.stopped_by is not None:
            return (f"stopped by {signal.Signals(self.stopped_by).name} after {total} feed(s) "
                    f"polled: {len(self.answered)} answered, {len(self.failed)} failed "
                    f"(exit {self.exit_status})")
        if not total:
            return "no feed polled: this runner owned none of the feeds' partitions"
        verdict = {0: "ok", EXIT_SOME_FEEDS_FAILED: "some feeds failed",
                   EXIT_ALL_FEEDS_FAILED: "every feed failed"}[self.exit_status]
        return (f"{total} feed(s) polled: {len(self.answered)} answered, "
                f"{len(self.failed)} failed ({verdict}; exit {self.exit_status})")
