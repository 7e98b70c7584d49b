"""The loopback feed server, and settings that let the runner reach it quickly."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newswire.broker import free_port
from newswire.settings import Settings
from tests.feeds.server import FeedServer

#: Short limits so that faults (timeouts, trickles, huge bodies) cost well under a second each.
FAST = {
    "fetch_allow_private": True, "fetch_connect_timeout_s": 2.0, "fetch_read_timeout_s": 0.5,
    "fetch_total_timeout_s": 1.5, "fetch_max_bytes": 1_000_000, "fetch_max_redirects": 3,
    "fetch_host_delay_s": 0.0, "fetch_host_concurrency": 4, "feeds_min_interval_s": 1.0,
    "feeds_max_interval_s": 5.0, "feeds_restore_idle_s": 0.5,
    "fetch_user_agent": "newswire-tests/1 (+mailto:tests@example.invalid)",
}


@pytest.fixture
def server() -> Iterator[FeedServer]:
    """A loopback HTTP server with no routes yet (every path 404)."""
    running = FeedServer().start()
    yield running
    running.stop()


@pytest.fixture
def fast() -> Settings:
    """Settings without a broker for fetch-level tests: private addresses allowed, short
    timeouts, no host delay."""
    return Settings(**FAST, feeds_web_port=free_port())  # type: ignore[arg-type]


@pytest.fixture
def feed_settings(settings: Settings) -> Settings:
    """This test's broker settings (short session included) with the fast fetch limits and a
    free port for the runner's metrics."""
    return settings.model_copy(update={**FAST, "feeds_web_port": free_port()})
