"""An enriched article's messages: one per event, stable bytes, bounded sizes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newswire import topics
from newswire.errors import EnrichmentError
from newswire.models import EnrichedArticle, Entity, Quote, Span
from newswire.stream.outputs import article_outputs, bounded_outputs


def test_outputs_one_event_per_entity_and_quote_with_stable_ids() -> None:
    """The article, then an event per entity and per quote, all keyed by the article id."""
    mention = Span(text="Ann Lee", start=0, end=7, field="body")
    entity = Entity(entity_id="p1", name="Ann Lee", type="PERSON", mentions=[mention],
                    count=1, salience=1.0)
    quote = Quote(quote_id="q1", text="hi", start=10, end=12, field="body", kind="direct")
    article = EnrichedArticle(
        event_id="e1", id="a1", content_hash="h", title="T", body="Ann Lee said hi",
        entities=[entity], quotes=[quote], pipeline_version="v",
        processed_at=datetime.now(UTC))
    first, second = list(article_outputs(article)), list(article_outputs(article))
    assert [o.topic for o in first] == [topics.ENRICHED, topics.ENTITIES, topics.QUOTES]
    assert {o.key for o in first} == {b"a1"}
    assert first == second, "event ids (and so the bytes) must be deterministic"


def article_with(quotes: int, title: str = "T", url: str | None = None) -> EnrichedArticle:
    """An enriched article of ``quotes`` quotes (each event repeats its title and url)."""
    return EnrichedArticle(
        event_id="e1", id="a1", content_hash="h", title=title, url=url, body="x" * 100,
        quotes=[Quote(quote_id=f"q{i}", text="x", start=0, end=1, field="body", kind="direct")
                for i in range(quotes)],
        pipeline_version="v", processed_at=datetime.now(UTC))


@pytest.mark.parametrize(("article", "error"), [
    (article_with(10), None),
    (article_with(10, url="https://x.io/" + "a" * 2_000), None),
    (article_with(0, title="t" * 60_000), "over the 50000 byte message limit"),
    # Each event under the message limit, together 100 x 5 kB: a long url repeated by every
    # quote event (a 1 MB url and a thousand quotes published a gigabyte).
    (article_with(100, url="https://x.io/" + "a" * 5_000), "over 200000 bytes together"),
])
def test_outputs_are_bounded_one_by_one_and_together(article: EnrichedArticle,
                                                     error: str | None) -> None:
    """No event over the message limit, and not more than the total limit together."""
    if error is None:
        outputs = bounded_outputs(article, 50_000, 200_000)
        assert outputs == list(article_outputs(article))
    else:
        with pytest.raises(EnrichmentError, match=error):
            bounded_outputs(article, 50_000, 200_000)
