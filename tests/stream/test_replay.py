"""Replaying archives on a real broker: idempotent, reprocessable, exportable."""

from __future__ import annotations

import asyncio
import gzip
import json
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from newswire import topics
from newswire.kafka.clients import ensure_topics, make_producer
from newswire.kafka.groups import group_members
from newswire.kafka.producer import encode
from newswire.models import EnrichedArticle, RawArticle
from newswire.settings import Settings
from newswire.stream.process import WorkerProcess
from tests.conftest import SHARED
from tests.stream.conftest import read_all, read_until, run_cli, values_of, wait_drained

pytestmark = pytest.mark.integration

POLNEAR = SHARED / "data" / "polnear" / "train" / "text"


def polnear_articles(count: int) -> list[dict[str, str]]:
    """The first ``count`` PolNeAR articles as RawArticle dicts (title = first line)."""
    if not POLNEAR.exists():
        pytest.skip("../shared/data/polnear is not beside this checkout")
    articles = []
    for path in sorted(POLNEAR.glob("*.txt"))[:count]:
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        articles.append({"id": path.stem, "source": path.stem.split("_")[0],
                         "title": title.strip(), "text": body})
    return articles


def enriched(values: list[bytes]) -> list[EnrichedArticle]:
    """Decode enriched events."""
    return [EnrichedArticle.model_validate_json(v) for v in values]


def test_replay_twice_then_reprocess(settings: Settings, tmp_path: Path) -> None:
    """60 articles replayed give 60 events; again, none; reprocess gives the same ids again."""
    count = 60  # several per partition; more only makes the test slower
    archive = tmp_path / "polnear.jsonl.gz"
    with gzip.open(archive, "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(a) + "\n" for a in polnear_articles(count))
    worker = WorkerProcess(settings, tmp_path / "worker.log").start()
    try:
        first_run = run_cli(settings, "replay", str(archive))
        assert first_run.returncode == 0, first_run.stderr
        assert f"sent {count} article(s)" in first_run.stdout
        first = enriched(asyncio_run(read_until(settings, topics.ENRICHED, count, timeout=240)))
        assert len({a.id for a in first}) == count

        assert run_cli(settings, "replay", str(archive)).returncode == 0
        again = asyncio_run(everything_enriched(settings))
        assert len(again) == count, "a replay of the same archive must yield no new events"
    finally:
        assert worker.stop() == 0, worker.log()

    reprocessor = WorkerProcess(settings, tmp_path / "reprocess.log", "--from", "beginning",
                                command="reprocess").start()
    try:
        both = enriched(asyncio_run(read_until(
            settings, topics.ENRICHED, 2 * count, timeout=240, until=twice_each(count))))
    finally:
        reprocessor.stop()
    # At-least-once may repeat an event, always under the same event id.
    seen = Counter(a.event_id for a in both)
    assert set(seen) == {a.event_id for a in first}
    assert min(seen.values()) >= 2


DAY_MS = 86_400_000


def test_reprocess_rereads_what_the_topic_held_whatever_the_timestamps(
        settings: Settings, tmp_path: Path) -> None:
    """A message stamped a day ahead is re-read by `reprocess`; one produced during the run
    with a 2016 timestamp is deduplicated as usual: the rewind's end offsets decide."""
    now_ms = int(time.time() * 1000)
    ahead = {"id": "ahead", "title": "Council", "text": "The council met on Monday."}
    plain = {"id": "plain", "title": "Budget", "text": "The budget passed on Friday."}
    worker = WorkerProcess(settings, tmp_path / "worker.log").start()
    try:
        asyncio_run(produce_at(settings, ahead, now_ms + DAY_MS))
        partition = asyncio_run(produce_at(settings, plain, now_ms))
        assert len(asyncio_run(read_until(settings, topics.ENRICHED, 2))) == 2
    finally:
        assert worker.stop() == 0, worker.log()
    reprocessor = WorkerProcess(settings, tmp_path / "reprocess.log", "--from", "beginning",
                                command="reprocess").start()
    try:
        asyncio_run(read_until(settings, topics.ENRICHED, 4, timeout=120, until=twice_each(2)))
        # The same content (so the same duplicate), told apart by a field the hash ignores.
        old_copy = {**plain, "copy": "old-stamped"}
        asyncio_run(produce_at(settings, old_copy, now_ms - 3650 * DAY_MS, partition))
        marker = {"id": "marker", "title": "Marker", "text": "Read after the old-stamped copy."}
        asyncio_run(produce_at(settings, marker, now_ms, partition))  # same partition: after it
        values = asyncio_run(read_until(settings, topics.ENRICHED, 5, timeout=120, until=lambda
                                        vs: any(json.loads(v)["id"] == "marker" for v in vs)))
    finally:
        reprocessor.stop()
    articles = enriched(values)
    ids = Counter(a.id for a in articles)
    # At least once: a rebalance during the run may deliver a rewound message again.
    assert ids["ahead"] >= 2, reprocessor.log()  # re-read, though stamped a day ahead
    assert ids["plain"] >= 2, reprocessor.log()
    assert not [a for a in articles if a.extra.get("copy")], reprocessor.log()


async def produce_at(settings: Settings, article: dict[str, str], timestamp_ms: int,
                     partition: int | None = None) -> int:
    """Produce ``article`` to articles.raw stamped ``timestamp_ms``; return its partition."""
    await ensure_topics(settings)
    producer = make_producer(settings)
    await producer.start()
    try:
        key, value = encode(RawArticle.model_validate(article))
        sent = await producer.send_and_wait(settings.topic(topics.RAW), value, key=key,
                                            partition=partition, timestamp_ms=timestamp_ms)
        return int(sent.partition)
    finally:
        await producer.stop()


def test_a_revision_back_to_earlier_content_has_its_own_id_and_replays_alike(
        settings: Settings, tmp_path: Path) -> None:
    """Content A, B, then A again under one id are revisions 1, 2, 3 with three event ids;
    the same archive replayed into a fresh deployment gives the same three ids, and replayed
    again into the first one only ids already published (nothing a consumer takes as news)."""
    archive = tmp_path / "revisions.jsonl"
    bodies = ["The council met on Monday.", "The council met on Tuesday.",
              "The council met on Monday."]
    archive.write_text("".join(json.dumps({"id": "a1", "title": "Council", "text": body}) + "\n"
                               for body in bodies), encoding="utf-8")
    first = replayed_revisions(settings, archive, tmp_path / "first")
    assert [a.revision for a in first] == [1, 2, 3]
    assert len({a.event_id for a in first}) == 3, "revision 3 must not reuse revision 1's id"
    tag = "fresh" + settings.app_id[-8:]
    fresh = settings.model_copy(update={"topic_prefix": f"{tag}.", "app_id": tag})
    again = replayed_revisions(fresh, archive, tmp_path / "again")
    assert [a.event_id for a in again] == [a.event_id for a in first]
    twice = replayed_revisions(settings, archive, tmp_path / "twice", count=5)
    assert {a.event_id for a in twice} == {a.event_id for a in first}, \
        "the archive's first A is a duplicate; its B and A again are revisions 4, 5 under known ids"


def replayed_revisions(settings: Settings, archive: Path, logs: Path,
                       count: int = 3) -> list[EnrichedArticle]:
    """The enriched events on ``settings``' topic (``count`` of them) after ``archive`` is
    replayed once more to a worker on ``settings``."""
    logs.mkdir()
    worker = WorkerProcess(settings, logs / "worker.log").start()
    try:
        assert run_cli(settings, "replay", str(archive)).returncode == 0
        return enriched(asyncio_run(read_until(settings, topics.ENRICHED, count, timeout=240)))
    finally:
        assert worker.stop() == 0, worker.log()


def twice_each(count: int) -> Callable[[list[bytes]], bool]:
    """Whether ``count`` distinct event ids have each been seen at least twice."""
    def done(values: list[bytes]) -> bool:
        seen = Counter(json.loads(v)["event_id"] for v in values)
        return sum(1 for n in seen.values() if n >= 2) >= count
    return done


def test_folder_replay_dry_run_and_export(settings: Settings, tmp_path: Path) -> None:
    """A folder replays once; --dry-run sends nothing; an export of articles.raw replays."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for article in polnear_articles(12):
        (folder / f"{article['id']}.txt").write_text(f"{article['title']}\n{article['text']}")
    (folder / "broken.bin").write_bytes(b"\x00\x01")
    dry = run_cli(settings, "replay", "--dry-run", str(folder))
    assert "would send 12 article(s); 0 would dead-letter; 1 not sent" in dry.stdout
    assert dry.returncode == 1, "an unreadable record makes the exit status non-zero"

    worker = WorkerProcess(settings, tmp_path / "worker.log").start()
    try:
        run_cli(settings, "replay", "--rate", "50", str(folder))
        first = enriched(asyncio_run(read_until(settings, topics.ENRICHED, 12)))
        export = tmp_path / "raw.jsonl.gz"
        exported = run_cli(settings, "export", topics.RAW, "--to", str(export))
        assert exported.returncode == 0, exported.stderr
        assert run_cli(settings, "replay", str(export)).returncode == 0
        after = asyncio_run(everything_enriched(settings))
    finally:
        worker.stop()
    assert len(after) == 12, "the exported raw topic holds the same articles: all deduplicated"
    with gzip.open(export, "rt", encoding="utf-8") as handle:
        assert sorted(json.loads(line)["id"] for line in handle) == sorted(a.id for a in first)


async def everything_enriched(settings: Settings) -> list[bytes]:
    """All of articles.enriched once the worker has committed all of articles.raw."""
    await wait_drained(settings)
    return values_of(await read_all(settings, topics.ENRICHED))


def asyncio_run(coroutine):  # type: ignore[no-untyped-def]
    """Run a coroutine from a synchronous test."""
    import asyncio

    return asyncio.run(coroutine)


def test_reprocess_beside_a_running_worker_names_it(settings: Settings,
                                                    tmp_path: Path) -> None:
    """`reprocess` while a worker runs in the group warns, naming the member, before it joins
    (joining leaves that worker consuming nothing while its /healthz says ok), and its own
    worker stops at once on the taken web port instead of a traceback."""
    worker = WorkerProcess(settings, tmp_path / "worker.log").start()
    try:
        asyncio_run(wait_for_members(settings))
        done = run_cli(settings, "reprocess", "--from", "beginning")
        said = " ".join(done.stderr.split())
        assert done.returncode == 1, done.stdout + done.stderr
        assert "still lists 1 member(s)" in said
        assert "cannot serve /healthz and /metrics" in said
        assert "Traceback" not in said
    finally:
        worker.stop()


async def wait_for_members(settings: Settings, timeout: float = 60) -> None:
    """Wait until the worker group has a member (the worker has joined)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await group_members(settings, settings.app_id):
        assert loop.time() < deadline, "the worker never joined its group"
        await asyncio.sleep(0.5)
