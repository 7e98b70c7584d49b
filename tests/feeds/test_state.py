"""The runner's state topics belong to one app id."""

from __future__ import annotations

import pytest

from newswire.feeds.state import FeedState, SeenEntry, StateStore
from newswire.settings import Settings
from tests.feeds.content import START


class _Producer:
    """Records the topics a StateStore writes to."""

    def __init__(self) -> None:
        self.topics: list[str] = []

    async def send_and_wait(self, topic: str, **_: object) -> None:
        self.topics.append(topic)

    async def send(self, topic: str, **_: object) -> None:
        self.topics.append(topic)


@pytest.mark.parametrize(("app_id", "prefix", "expected"), [
    ("newswire", "", ["newswire.feeds-state", "newswire.feeds-seen"]),
    ("staging", "", ["staging.feeds-state", "staging.feeds-seen"]),
    ("staging", "test.", ["test.staging.feeds-state", "test.staging.feeds-seen"]),
])
async def test_feed_state_topics_belong_to_one_app(app_id: str, prefix: str,
                                                   expected: list[str]) -> None:
    """The runner of one app id never restores another app's feed state or seen URLs."""
    producer = _Producer()
    store = StateStore(Settings(app_id=app_id, topic_prefix=prefix), producer)  # type: ignore[arg-type]
    await store.save_feed(FeedState(url="https://example.com/feed"), 0)
    await store.send_seen([SeenEntry(url="https://example.com/a", feed_url="https://example.com/feed",
                                     outcome="produced", at=START)], 0)
    assert producer.topics == expected
