"""The loopback feed server, and settings that let the runner reach it quickly."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newswire.broker import free_port
from newswire.settings import Settings
from tests.feeds.server import FeedServer

#: The loopback server at once: private addresses allowed, no host delay, short poll
#: intervals, small caps. The fetch timeouts stay the settings' own (10 s connect, 20 s read,
#: 60 s total): a test that does not pin what a timeout becomes must not depend on how fast a
#: loaded machine answers (the server runs in the test's own process).
FAST = {
    "fetch_allow_private": True, "fetch_max_bytes": 1_000_000, "fetch_max_redirects": 3,
    "fetch_host_delay_s": 0.0, "fetch_host_concurrency": 4, "feeds_min_interval_s": 1.0,
    "feeds_max_interval_s": 5.0, "feeds_restore_idle_s": 0.5,
    "fetch_user_agent": "newswire-tests/1 (+mailto:tests@example.invalid)",
}
#: For the tests that pin what a silent server or a trickle becomes: such a fault costs a
#: few seconds, and every other answer of the test still has a second (robots.txt, a feed).
SHORT_TIMEOUTS = {"fetch_connect_timeout_s": 2.0, "fetch_read_timeout_s": 1.0,
                  "fetch_total_timeout_s": 2.5}


@pytest.fixture
def server() -> Iterator[FeedServer]:
    """A loopback HTTP server with no routes yet (every path 404)."""
    running = FeedServer().start()
    yield running
    running.stop()


@pytest.fixture
def fast() -> Settings:
    """Settings without a broker for fetch-level tests: private addresses allowed, no host
    delay (tests of timeouts add :data:`SHORT_TIMEOUTS`)."""
    return Settings(**FAST, feeds_web_port=free_port())  # type: ignore[arg-type]


@pytest.fixture
def feed_settings(settings: Settings) -> Settings:
    """This test's broker settings (short session included) with the fast fetch settings and
    a free port for the runner's metrics."""
    return settings.model_copy(update={**FAST, "feeds_web_port": free_port()})
