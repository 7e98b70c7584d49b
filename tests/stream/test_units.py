"""Stream-layer logic that needs no broker: dedupe decisions, outputs, client settings."""

from __future__ import annotations

import asyncio
import json
import ssl
from datetime import UTC, datetime, timedelta

import faust
import pytest
from aiokafka.structs import ConsumerRecord
from faust.types import TP

from newswire import topics
from newswire.errors import EnrichmentError
from newswire.kafka.clients import client_kwargs, make_consumer
from newswire.kafka.registry import changelog_topic
from newswire.models import EnrichedArticle, Entity, Quote, RawArticle, Span
from newswire.nlp.pipeline import Job
from newswire.settings import Settings
from newswire.stream.agents import Components, drain, enrich_jobs
from newswire.stream.app import app_config, credentials, make_app
from newswire.stream.consumer import SafeConsumer, SafeTransport
from newswire.stream.dedupe import Expired, Seen, expired, next_revision, replaced_hash
from newswire.stream.learning import (
    UPDATES_PER_MESSAGE,
    register_learning,
    registry_key,
)
from newswire.stream.outputs import article_outputs, bounded_outputs
from newswire.stream.web import top_query


@pytest.mark.parametrize(
    ("previous", "content_hash", "reprocess", "expected"),
    [
        (None, "h1", False, 1),
        (Seen(hash="h1", revision=1), "h1", False, None),
        (Seen(hash="h1", revision=1), "h2", False, 2),
        (Seen(hash="h2", revision=2), "h2", True, 2),
        (Seen(hash="h2", revision=2), "h3", True, 3),
    ],
)
def test_next_revision(previous: Seen | None, content_hash: str, reprocess: bool,
                       expected: int | None) -> None:
    """Same content is skipped (unless reprocessing); changed content is the next revision."""
    assert next_revision(previous, content_hash, reprocess=reprocess) == expected


@pytest.mark.parametrize(
    ("previous", "content_hash", "expected"),
    [
        (None, "hA", ""),  # a first revision replaces nothing
        (Seen(hash="hA", revision=1), "hB", "hA"),  # B replaces A
        (Seen(hash="hB", revision=2, replaces="hA"), "hA", "hB"),  # A again replaces B
        (Seen(hash="hA", revision=3, replaces="hB"), "hA", "hB"),  # reprocessed: as it was
        (Seen(hash="hA", revision=1), "hA", ""),  # written before 0.2.0: nothing known
    ],
)
def test_replaced_hash(previous: Seen | None, content_hash: str, expected: str) -> None:
    """A revision names the content it replaced; the same content again keeps what it named."""
    assert replaced_hash(previous, content_hash) == expected


@pytest.mark.parametrize(
    ("seen", "gone"),
    [
        (Seen(hash="h", revision=1, at=99.0, partition=0), True),
        (Seen(hash="h", revision=1, at=100.0, partition=0), False),  # enriched since
        (Seen(hash="h", revision=1, at=99.0, partition=1), False),  # another worker's
        (Seen(hash="h", revision=1), False),  # written before 0.2.0: no time, no partition
    ],
)
def test_rows_not_enriched_within_the_retention_expire(seen: Seen, gone: bool) -> None:
    """A row expires when last enriched before the cut, on a partition this worker owns."""
    rows = list(expired([("a1", seen)], before=100.0, partitions={0}))
    assert rows == ([Expired("a1", 0)] if gone else [])


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


def test_plaintext_has_no_credentials() -> None:
    """The default PLAINTEXT connection passes no security options."""
    settings = Settings()
    assert credentials(settings) is None
    assert client_kwargs(settings)["security_protocol"] == "PLAINTEXT"
    assert "sasl_mechanism" not in client_kwargs(settings)


def test_sasl_ssl_reaches_faust_and_aiokafka() -> None:
    """SASL_SSL settings become Faust SASLCredentials and aiokafka keyword arguments."""
    settings = Settings(security_protocol="SASL_SSL", sasl_mechanism="SCRAM-SHA-512",
                        sasl_username="u", sasl_password="p")
    faust_credentials = credentials(settings)
    assert isinstance(faust_credentials, faust.SASLCredentials)
    assert (faust_credentials.username, faust_credentials.password) == ("u", "p")
    assert isinstance(faust_credentials.ssl_context, ssl.SSLContext)
    kwargs = client_kwargs(settings)
    assert kwargs["sasl_mechanism"] == "SCRAM-SHA-512"
    assert kwargs["sasl_plain_password"] == "p"
    assert isinstance(kwargs["ssl_context"], ssl.SSLContext)
    assert isinstance(app_config(settings)["broker_credentials"], faust.SASLCredentials)


def test_ssl_only_uses_ssl_credentials() -> None:
    """SSL without SASL becomes Faust SSLCredentials."""
    assert isinstance(credentials(Settings(security_protocol="SSL")), faust.SSLCredentials)


def test_app_config_never_uses_pickle() -> None:
    """Topics carry raw bytes (JSON we validate ourselves); web binds to loopback."""
    config = app_config(Settings())
    assert (config["key_serializer"], config["value_serializer"]) == ("raw", "raw")
    assert config["web_bind"] == "127.0.0.1"


async def test_consumers_use_the_configured_fetch_wait() -> None:
    """The worker's and the clients' consumers wait ``fetch_max_wait_ms`` (Faust fixes 1.5 s)."""
    settings = Settings(fetch_max_wait_ms=42, broker="kafka://127.0.0.1:1")
    app = make_app(settings)
    consumer, transport = app.consumer, app.transport
    assert isinstance(consumer, SafeConsumer)
    assert isinstance(transport, SafeTransport)
    worker_consumer = consumer._thread._create_worker_consumer(transport)
    assert worker_consumer._fetch_max_wait_ms == 42
    assert make_consumer(settings, topics.ENRICHED)._fetch_max_wait_ms == 42


def article_with_entities(article_id: str, names: list[str], source: str | None) -> EnrichedArticle:
    """An enriched article whose body mentions each of ``names`` once."""
    body = " ".join(names)
    entities, start = [], 0
    for name in names:
        mention = Span(text=name, start=start, end=start + len(name), field="body")
        entities.append(Entity(entity_id=f"PERSON:{name}", name=name, type="PERSON",
                               mentions=[mention], count=1, salience=0.5))
        start += len(name) + 1
    return EnrichedArticle(
        event_id=f"e-{article_id}", id=article_id, content_hash="h", title="T", body=body,
        entities=entities, pipeline_version="v", source=source, processed_at=datetime.now(UTC))


def test_entity_updates_go_per_group_in_bounded_messages() -> None:
    """Entity updates travel under their entity's group key, chunked, without offsets."""
    settings = Settings(partitions=4)
    learning = register_learning(faust.App("units", broker="kafka://127.0.0.1:1"), settings)
    names = [f"Person {index}" for index in range(UPDATES_PER_MESSAGE + 50)]
    batch = [article_with_entities("a1", names, "example.com"),
             article_with_entities("a2", names[:3], None)]
    updates = list(learning.updates(batch))
    templates = [u for u in updates if u.topic is learning.template_updates]
    registry = [u for u in updates if u.topic is learning.registry_updates]
    assert [u.key for u in templates] == [b"example.com"]
    seen: list[tuple[str, str]] = []
    for update in registry:
        items = json.loads(update.value)["updates"]
        assert 0 < len(items) <= UPDATES_PER_MESSAGE
        for item in items:
            assert registry_key(item["entity"]["entity_id"], 4) == update.key
            assert "mentions" not in item["entity"]
            seen.append((item["article_id"], item["entity"]["name"]))
    assert sorted(seen) == sorted([("a1", n) for n in names] + [("a2", n) for n in names[:3]])


def test_registry_updates_say_which_persons_shared_a_word() -> None:
    """A one-word person's update names the persons of its article that have its word."""
    learning = register_learning(faust.App("units", broker="kafka://127.0.0.1:1"),
                                 Settings(partitions=4))
    article = article_with_entities("a1", ["Bill Clinton", "Hillary Clinton", "Clinton",
                                           "Obama"], None)
    shared = {item["entity"]["name"]: item["shared_with"]
              for update in learning.updates([article])
              for item in json.loads(update.value).get("updates", [])}
    assert shared == {"Bill Clinton": [], "Hillary Clinton": [], "Obama": [],
                      "Clinton": ["bill clinton", "hillary clinton"]}


def test_the_reader_without_a_worker_reads_the_registry_tables_changelog() -> None:
    """`entities top` without a worker reads the topic Faust writes the registry table to."""
    settings = Settings(app_id="units-registry")
    learning = register_learning(faust.App(settings.app_id, broker="kafka://127.0.0.1:1"),
                                 settings)
    assert learning.entities.changelog_topic.get_topic_name() == changelog_topic(settings)


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


def idle_consumer(monkeypatch: pytest.MonkeyPatch, tp: TP,
                  fetched: list[list[ConsumerRecord[bytes, bytes]]]) -> SafeConsumer:
    """A SafeConsumer owning ``tp`` whose fetches return ``fetched`` in turn (no broker)."""
    app = make_app(Settings(broker="kafka://127.0.0.1:1"))
    consumer = app.consumer
    assert isinstance(consumer, SafeConsumer)
    thread = consumer._thread

    async def getmany(active: set[TP] | None, timeout: float) -> dict[TP, list[object]]:
        return {tp: list(fetched.pop(0))}

    async def seek_to_committed() -> dict[TP, int]:
        return {tp: 2}

    monkeypatch.setattr(thread, "getmany", getmany)
    monkeypatch.setattr(thread, "seek_to_committed", seek_to_committed)
    monkeypatch.setattr(thread, "highwater", lambda tp: 10)
    monkeypatch.setattr(app.topics, "acks_enabled_for", lambda topic: topic == tp.topic)
    consumer._active_partitions = {tp}
    consumer.resume_flow()
    return consumer


def record(tp: TP, offset: int) -> ConsumerRecord[bytes, bytes]:
    """An input record at ``offset``."""
    return ConsumerRecord(tp.topic, tp.partition, offset, 0, 0, b"k", b"v", None, 1, 1, ())


async def test_input_records_fetched_before_a_seek_are_not_delivered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """After a seek to committed offsets, records of an earlier fetch are dropped, not
    delivered out of order (Faust would commit over the offsets they jump)."""
    tp = TP("raw", 0)
    consumer = idle_consumer(monkeypatch, tp, [[record(tp, offset) for offset in (5, 6, 7)],
                                               [record(tp, offset) for offset in (2, 3)]])
    stale = consumer.getmany(timeout=1)
    _, first = await anext(stale)
    await consumer.perform_seek()
    assert [message async for _, message in stale] == []
    again = [message.offset async for _, message in consumer.getmany(timeout=1)]
    assert (first.offset, again) == (5, [2, 3])


async def test_finished_messages_are_acked_during_a_stop_and_skipped_ones_are_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With the flow stopped, ack_handled counts and a plain (skip) ack only forgets."""
    tp = TP("raw", 0)
    consumer = idle_consumer(monkeypatch, tp, [[record(tp, offset) for offset in (0, 1)]])
    finished, skipped = [message async for _, message in consumer.getmany(timeout=1)]
    consumer.app.flow_control.suspend()
    assert consumer.ack_handled(finished) is True
    assert consumer.ack(skipped) is False
    assert consumer._acked[tp] == [0]


@pytest.mark.parametrize(("returncode", "status"), [(0, 0), (69, 69), (75, 75), (-15, 143),
                                                    (-9, 137), (-2, 130)])
def test_worker_children_statuses_read_as_a_shell_reads_them(returncode: int,
                                                             status: int) -> None:
    """`worker --processes N` exits with 128+N when a child was killed by signal N (a SIGTERM
    while the children load), not with sys.exit(-N)'s 256-N (241 for SIGTERM)."""
    from newswire.stream.worker import shell_status

    assert shell_status(returncode) == status


@pytest.mark.parametrize(("app_id", "expected"), [
    ("newswire", {"newswire.template-updates", "newswire.registry-updates"}),
    ("staging", {"staging.template-updates", "staging.registry-updates"}),
])
def test_learning_update_topics_belong_to_one_app(app_id: str, expected: set[str]) -> None:
    """Two app ids on one broker never consume each other's template or registry updates."""
    settings = Settings(app_id=app_id, topic_prefix="")
    learning = register_learning(faust.App(app_id, broker="kafka://127.0.0.1:1"), settings)
    names = {learning.template_updates.get_topic_name(),
             learning.registry_updates.get_topic_name()}
    assert names == expected


@pytest.mark.parametrize(("query", "expected"), [
    ({}, (timedelta(hours=24), 10)),
    ({"since": "7d", "limit": "1000"}, (timedelta(days=7), 1000)),
])
def test_entities_top_reads_its_window_and_row_count(query: dict[str, str],
                                                     expected: tuple[timedelta, int]) -> None:
    """/entities/top's since and limit, with their defaults."""
    assert top_query(query) == expected


@pytest.mark.parametrize("limit", ["0", "-1", "1001", "ten"])
def test_entities_top_refuses_a_row_count_out_of_range(limit: str) -> None:
    """limit=-1 dropped the last row and a huge one listed the registry: both are a 400 now."""
    with pytest.raises(ValueError, match="limit"):
        top_query({"limit": limit})
