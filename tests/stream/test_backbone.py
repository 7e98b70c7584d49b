"""The whole path on a real broker: raw articles in, enriched events and dead letters out."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from aiokafka import AIOKafkaProducer

from newswire import topics
from newswire.io.ingest import article_from_text
from newswire.kafka.producer import encode
from newswire.models import DeadLetter, EnrichedArticle, EntityEvent
from newswire.settings import Settings
from newswire.stream.process import WorkerProcess
from tests.stream.conftest import read_all, read_until, values_of, wait_drained

pytestmark = pytest.mark.integration

BAD_INPUTS = {
    b'{"title": "Broken", "text": ': "DecodeError",
    b'{"title": ["not", "a", "string"], "text": "x"}': "SchemaError",
    b"\xff\xfe\x00binary \x9c not utf-8": "DecodeError",
    b"   \n  ": "EmptyArticleError",
    b'{"html": "<html><frameset><frame src=\'a.html\'></frameset></html>"}': "EmptyArticleError",
    b"Too big\n" + b"word " * 50_000: "TooLargeError",
    b'{"text": "A long url.", "url": "https://e.com/' + b"a" * 9_000 + b'"}': "TooLargeError",
    b'{"text": "A long source.", "source": "' + b"S" * 600 + b'", "x": 1}': "TooLargeError",
}


@pytest.fixture
def small_limit_settings(settings: Settings) -> Settings:
    """Settings with a 100 kB article limit, so the 250 kB input is too large."""
    return settings.model_copy(update={"max_article_bytes": 100_000})


async def send_all(producer: AIOKafkaProducer, settings: Settings, seed_text: str) -> str:
    """Send the seed and every bad input; return the seed's article id."""
    key, value = encode(article_from_text(seed_text, id="seed-000", source="Bloomberg"))
    await producer.send_and_wait(settings.topic(topics.RAW), value, key=key)
    for number, bad in enumerate(BAD_INPUTS):
        await producer.send_and_wait(settings.topic(topics.RAW), bad, key=f"bad-{number}".encode())
    return key.decode()


async def test_seed_enriched_and_bad_input_dead_lettered(
    small_limit_settings: Settings, tmp_path: Path, seed_text: str
) -> None:
    """The seed comes out enriched with its entities; each bad input is a dead letter."""
    settings = small_limit_settings
    worker = WorkerProcess(settings, tmp_path / "worker.log").start()
    try:
        from newswire.kafka.clients import ensure_topics, make_producer

        await ensure_topics(settings)
        producer = make_producer(settings)
        await producer.start()
        try:
            seed_id = await send_all(producer, settings, seed_text)
        finally:
            await producer.stop()
        await wait_drained(settings)
        enriched = [EnrichedArticle.model_validate_json(v)
                    for v in values_of(await read_all(settings, topics.ENRICHED))]
        letters = [DeadLetter.model_validate_json(v)
                   for v in values_of(await read_all(settings, topics.DLQ))]
        entities = [EntityEvent.model_validate_json(v) for v in
                    await read_until(settings, topics.ENTITIES, len(enriched[0].entities))]
    finally:
        assert worker.stop() == 0, worker.log()

    assert [a.id for a in enriched] == [seed_id]
    article = enriched[0]
    assert article.body.startswith("NATO Secretary-General Jens Stoltenberg met")
    assert "bit.ly" not in article.body
    assert {e.name for e in article.entities} >= {"NATO", "Ukraine", "Bucharest"}
    limit = settings.max_article_bytes
    by_original = {bytes(letter.original): letter for letter in letters}
    assert {raw[:limit]: kind for raw, kind in BAD_INPUTS.items()} == {
        original: letter.error_type for original, letter in by_original.items()}
    reasons = sorted(letter.reason for letter in letters if letter.error_type == "TooLargeError")
    assert f"original truncated to {limit} of" in reasons[0]
    assert reasons[1].startswith("source is 600 characters, over the 512 character limit")
    assert reasons[2].startswith("url is 9014 characters, over the 8192 character limit")
    assert {letter.reason for letter in letters if letter.original.startswith(b'{"html"')} == {
        "no article text could be extracted from the html"}
    assert all(letter.topic == settings.topic(topics.RAW) and letter.offset is not None
               for letter in letters)
    assert {e.entity.entity_id for e in entities} == {e.entity_id for e in article.entities}
    assert {e.article_id for e in entities} == {seed_id}


async def test_a_dead_letter_keeps_a_binary_key_byte_for_byte(
    worker: WorkerProcess, producer: AIOKafkaProducer, settings: Settings
) -> None:
    """The dead letter's own Kafka key is the input's key as it was: the ``key`` field is
    only its UTF-8 reading (U+FFFD for bytes that are not), so nothing is lost."""
    del worker
    key = b"\xffbinary\x00key"
    await producer.send_and_wait(settings.topic(topics.RAW), b"\xff\xfe not utf-8", key=key)
    await wait_drained(settings)
    [record] = await read_all(settings, topics.DLQ)
    letter = DeadLetter.model_validate_json(record.value or b"")
    assert (record.key, letter.key) == (key, "\ufffdbinary\x00key")


async def test_replayed_article_is_not_enriched_twice(
    worker: WorkerProcess, producer: AIOKafkaProducer, settings: Settings
) -> None:
    """Sending the same article twice yields one enriched event; changed text a revision 2."""
    del worker
    raw_topic = settings.topic(topics.RAW)
    first = article_from_text("Title\nAlice Smith met Bob Jones in Paris.", id="dup-1")
    changed = article_from_text("Title\nAlice Smith met Bob Jones in Berlin.", id="dup-1")
    for article in (first, first, changed):
        key, value = encode(article)
        await producer.send_and_wait(raw_topic, value, key=key)
    await wait_drained(settings)
    events = values_of(await read_all(settings, topics.ENRICHED))
    revisions = [EnrichedArticle.model_validate_json(v).revision for v in events]
    assert revisions == [1, 2]


async def test_an_article_id_is_forgotten_after_the_dedupe_retention(
    producer: AIOKafkaProducer, settings: Settings, tmp_path: Path
) -> None:
    """Past NEWSWIRE_DEDUPE_DAYS an article id is dropped, with a tombstone on the table's
    changelog, and the same article sent again is enriched again (revision 1, same id)."""
    short = settings.model_copy(update={"dedupe_days": 2 / 86_400})  # two seconds
    key, value = encode(article_from_text("Title\nAlice Smith met Bob Jones.", id="old-1"))
    worker = WorkerProcess(short, tmp_path / "worker.log").start()
    try:
        await producer.send_and_wait(short.topic(topics.RAW), value, key=key)
        await read_until(short, topics.ENRICHED, 1)
        await until_tombstone(short, "processed", json.dumps("old-1").encode())
        await producer.send_and_wait(short.topic(topics.RAW), value, key=key)
        again = [EnrichedArticle.model_validate_json(v)
                 for v in await read_until(short, topics.ENRICHED, 2)]
    finally:
        assert worker.stop() == 0, worker.log()
    assert [a.revision for a in again] == [1, 1]
    assert again[0].event_id == again[1].event_id


async def test_an_article_id_from_before_0_2_0_expires_a_retention_after_it_is_first_seen(
    producer: AIOKafkaProducer, settings: Settings, tmp_path: Path
) -> None:
    """A processed row without a time or partition (written before newswire 0.2.0) is stamped
    by the first sweep with its time and the changelog partition it was recovered from, and
    forgotten one retention later with a tombstone on that partition."""
    short = settings.model_copy(update={"dedupe_days": 2 / 86_400})  # two seconds
    assert WorkerProcess(short, tmp_path / "first.log").start().stop() == 0  # makes the topics
    unprefixed = short.model_copy(update={"topic_prefix": ""})
    changelog = f"{short.app_id}-processed-changelog"
    key = json.dumps("before-0.2.0").encode()
    await producer.send_and_wait(changelog, json.dumps({"hash": "h", "revision": 1}).encode(),
                                 key=key, partition=2)
    worker = WorkerProcess(short, tmp_path / "worker.log").start()
    try:
        await until_tombstone(short, "processed", key)
    finally:
        assert worker.stop() == 0, worker.log()
    rows = [(r.partition, r.value) for r in await read_all(unprefixed, changelog) if r.key == key]
    assert [partition for partition, _ in rows] == [2, 2, 2]
    _legacy, stamped, tombstone = (value for _, value in rows)
    assert tombstone is None
    assert stamped is not None
    assert json.loads(stamped)["partition"] == 2
    assert json.loads(stamped)["at"] > 0


async def until_tombstone(settings: Settings, table: str, key: bytes, timeout: int = 60
                          ) -> None:
    """Wait until the changelog of the worker's ``table`` holds a tombstone for ``key``."""
    unprefixed = settings.model_copy(update={"topic_prefix": ""})
    changelog = f"{settings.app_id}-{table}-changelog"
    for _ in range(int(timeout)):
        if any(r.key == key and r.value is None for r in await read_all(unprefixed, changelog)):
            return
        await asyncio.sleep(1)
    pytest.fail(f"no tombstone for {key!r} on {changelog} after {timeout}s")


def test_confluent_kafka_reads_events_that_fit_the_exported_schema(
    worker: WorkerProcess, settings: Settings, seed_text: str, tmp_path: Path
) -> None:
    """librdkafka (confluent-kafka), sharing no code with aiokafka, reads valid events.

    What it reads from articles.enriched and articles.quotes validates against the JSON
    Schema files `newswire schema --out DIR` exports.
    """
    confluent_kafka = pytest.importorskip("confluent_kafka")
    del worker
    producer = confluent_kafka.Producer({"bootstrap.servers": settings.bootstrap_servers})
    key, value = encode(article_from_text(seed_text, id="via-librdkafka"))
    producer.produce(settings.topic(topics.RAW), value=value, key=key)
    assert producer.flush(30) == 0
    subprocess.run([sys.executable, "-m", "newswire", "schema", "--out", str(tmp_path)],
                   check=True, capture_output=True)
    enriched = consume_with_librdkafka(settings, topics.ENRICHED, 1)
    quotes = consume_with_librdkafka(settings, topics.QUOTES, 5)
    for topic, messages in ((topics.ENRICHED, enriched), (topics.QUOTES, quotes)):
        schema = json.loads((tmp_path / f"{topic}.json").read_text(encoding="utf-8"))
        for message in messages:
            jsonschema.validate(json.loads(message.value()), schema)
            assert message.key() == b"via-librdkafka"
    speakers = {json.loads(m.value())["quote"]["speaker"] for m in quotes}
    assert "Jens Stoltenberg" in speakers


def consume_with_librdkafka(settings: Settings, topic: str, count: int) -> list[Any]:
    """At least ``count`` messages of ``topic`` read by a confluent-kafka consumer group."""
    import confluent_kafka

    consumer = confluent_kafka.Consumer({
        "bootstrap.servers": settings.bootstrap_servers,
        "group.id": f"{settings.app_id}-librdkafka-{topic}",
        "auto.offset.reset": "earliest",
        # Tansu holds a new group's first join for half the session timeout.
        "session.timeout.ms": int(settings.session_timeout_s * 1000),
    })
    consumer.subscribe([settings.topic(topic)])
    messages: list[Any] = []
    try:
        for _ in range(180):
            message = consumer.poll(1.0)
            if message is not None and message.error() is None:
                messages.append(message)
                if len(messages) >= count:
                    break
    finally:
        consumer.close()
    assert len(messages) >= count, f"librdkafka read {len(messages)} of {count} on {topic}"
    return messages
