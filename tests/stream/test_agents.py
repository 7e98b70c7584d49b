"""The enrich agent without a broker: draining a batch, isolating a pipeline crash."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest

from newswire.errors import EnrichmentError
from newswire.models import EnrichedArticle, RawArticle
from newswire.nlp.pipeline import Job
from newswire.settings import Settings
from newswire.stream.agents import (
    Components,
    Enriched,
    drain,
    enrich_jobs,
    remember,
    reprocessing,
)
from newswire.stream.dedupe import Seen


async def test_drain_finishes_a_batch_however_often_the_stop_cancels() -> None:
    """Cancelled twice mid-batch (as Faust's shutdown does), drain lets the batch finish first."""
    finished = asyncio.Event()

    async def batch() -> None:
        await asyncio.sleep(0.3)
        finished.set()

    agent = asyncio.ensure_future(drain(batch()))
    for _ in range(2):
        await asyncio.sleep(0.05)
        agent.cancel()
    with pytest.raises(asyncio.CancelledError):
        await agent
    assert finished.is_set()


class PoisonRunner:
    """Fails any batch holding the article titled ``poison``, as spaCy fails a whole pass."""

    async def enrich(self, jobs: list[Job]) -> list[object]:
        if any(job.raw.title == "poison" for job in jobs):
            raise RuntimeError("spaCy choked")
        return [job.raw.title for job in jobs]


async def test_a_batch_that_fails_as_a_whole_dead_letters_only_the_article_that_sank_it() -> None:
    """A pipeline crash on one article of a batch fails that article alone, not its neighbours."""
    components = Components(Settings(), {}, None, PoisonRunner(), None, None)  # type: ignore[arg-type]
    jobs = [Job(RawArticle(title=title, text="Body.")) for title in ("one", "poison", "two")]
    results: list[object] = list(await enrich_jobs(components, jobs))
    assert [results[0], results[2]] == ["one", "two"]
    assert isinstance(results[1], EnrichmentError)
    assert "pipeline failed: RuntimeError('spaCy choked')" in str(results[1])


@dataclass
class FakeEvent:
    """What :func:`remember` reads of an event: its message's partition."""

    message: SimpleNamespace


def enriched(article_id: str, content_hash: str, revision: int, replaces: str) -> Enriched:
    """An event of partition 3 enriched as ``revision`` of ``article_id``, its job saying
    which hash it replaces."""
    raw = RawArticle(id=article_id, text="Body.")
    article = EnrichedArticle(event_id="e", id=article_id, content_hash=content_hash, title="T",
                              body="Body.", revision=revision, pipeline_version="v",
                              processed_at=datetime.now(UTC))
    event = FakeEvent(SimpleNamespace(partition=3))
    return Enriched(event, Job(raw, revision=revision, replaces=replaces), article)  # type: ignore[arg-type]


def test_remember_records_the_replaced_hash_the_job_was_enriched_with() -> None:
    """The row keeps the hash its event id was made from, even when the table never held it
    (the revision before was dead-lettered in the same batch)."""
    processed: dict[str, Seen] = {}
    components = Components(Settings(), {}, processed, None, None, None)  # type: ignore[arg-type]
    remember(components, [enriched("a1", "hB", revision=2, replaces="hA")])
    row = processed["a1"]
    assert (row["hash"], row["revision"], row.get("replaces"), row.get("partition")) == \
        ("hB", 2, "hA", 3)


NOW_MS = 1_800_000_000_000


@pytest.mark.parametrize(("partition", "offset", "timestamp_ms", "bypassed"), [
    (0, 11, NOW_MS, True),  # in the topic at the rewind
    (0, 11, NOW_MS + 86_400_000, True),  # a producer's clock a day ahead: still re-read
    (0, 12, 1_450_000_000_000, False),  # produced during the run with a 2015 timestamp
    (1, 3, NOW_MS, False),  # partition 1 held three messages at the rewind
    (5, 0, NOW_MS, False),  # a partition the bound does not name: nothing to re-read
])
def test_a_reprocess_rereads_what_the_topic_held_at_the_rewind(
        partition: int, offset: int, timestamp_ms: int, bypassed: bool) -> None:
    """The dedupe is bypassed below each partition's end at the rewind, whatever the
    message's timestamp says."""
    components = Components(Settings(), {}, {}, None, None, None,  # type: ignore[arg-type]
                            reprocess_until={0: 12, 1: 3})
    event = FakeEvent(SimpleNamespace(partition=partition, offset=offset,
                                      timestamp=timestamp_ms / 1000))
    assert reprocessing(components, event) is bypassed  # type: ignore[arg-type]


def test_without_a_reprocess_nothing_bypasses_the_dedupe() -> None:
    """A plain worker bypasses nothing."""
    components = Components(Settings(), {}, {}, None, None, None)  # type: ignore[arg-type]
    event = FakeEvent(SimpleNamespace(partition=0, offset=0, timestamp=0.0))
    assert reprocessing(components, event) is False  # type: ignore[arg-type]
