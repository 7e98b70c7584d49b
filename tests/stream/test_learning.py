"""State learned across articles: publisher templates and the registry, on a real broker
and (the update messages, the topic names) without one."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path

import faust
import pytest

from newswire import topics
from newswire.kafka.clients import ensure_topics, make_producer
from newswire.kafka.producer import encode
from newswire.kafka.registry import changelog_topic
from newswire.models import EnrichedArticle, Entity, RawArticle, Span
from newswire.nlp.entities.cross_article import registry
from newswire.settings import Settings
from newswire.stream.learning import UPDATES_PER_MESSAGE, register_learning, registry_key
from newswire.stream.process import WorkerProcess
from tests.stream.conftest import read_until, run_cli
from tests.stream.test_replay import polnear_articles

TEMPLATE = "The Daily Planet is an independent newspaper owned by its readers since 1938."
REPEATED = "Ukraine, Ukraine and more Ukraine."


def templated(number: int, article: dict[str, str]) -> RawArticle:
    """A PolNeAR article from one source, with a template no rule catches and a repeated line."""
    text = f"{article['text'].strip()}\n{REPEATED}\n{TEMPLATE}"
    return RawArticle(id=f"planet-{number}", source="Daily Planet", title=article["title"],
                      text=text)


async def send_one(settings: Settings, article: RawArticle) -> None:
    """Produce one article to articles.raw."""
    producer = make_producer(settings)
    await producer.start()
    try:
        key, value = encode(article)
        await producer.send_and_wait(settings.topic(topics.RAW), value, key=key)
    finally:
        await producer.stop()


async def enrich_in_order(settings: Settings, articles: list[RawArticle], seen: int) -> list[
        EnrichedArticle]:
    """Send each article after the previous one came back; return all enriched so far."""
    values: list[bytes] = []
    for number, article in enumerate(articles, start=seen + 1):
        await send_one(settings, article)
        values = await read_until(settings, topics.ENRICHED, number)
        await asyncio.sleep(0.5)  # let the learn agent fold the article into the table
    by_id = {a.id: a for a in map(EnrichedArticle.model_validate_json, values)}
    return [by_id[article.id or ""] for article in articles]


def learned_lines(article: EnrichedArticle) -> list[str]:
    """The lines removed from ``article`` as learned templates."""
    return [r.text for r in article.boilerplate.removed_lines if r.why == "learned"]


@pytest.mark.integration
async def test_template_learned_then_stripped_across_restart(
    settings: Settings, tmp_path: Path
) -> None:
    """After a few articles a source's footer is stripped as learned, also after a restart."""
    await ensure_topics(settings)
    articles = [templated(n, a) for n, a in enumerate(polnear_articles(7))]
    worker = WorkerProcess(settings, tmp_path / "worker.log").start()
    try:
        first = await enrich_in_order(settings, articles[:5], seen=0)
    finally:
        assert worker.stop() == 0, worker.log()
    assert TEMPLATE in first[0].body, "nothing is learned from the first article"
    assert learned_lines(first[-1]) == [TEMPLATE]
    assert REPEATED in first[-1].body, "a line repeating one word is never learned"

    restarted = WorkerProcess(settings, tmp_path / "worker2.log").start()
    try:
        after = await enrich_in_order(settings, articles[5:6], seen=5)
    finally:
        restarted.stop()
    assert learned_lines(after[0]) == [TEMPLATE], "the table came back from its changelog"
    assert TEMPLATE not in after[0].body

@pytest.mark.integration

async def test_entities_top_lists_shared_names(
    worker: WorkerProcess, settings: Settings, seed_text: str
) -> None:
    """After several articles, `newswire entities top` counts the names they share."""
    texts = [seed_text,
             "Alliance chief in Kyiv\nNATO chief Jens Stoltenberg met Ukrainian officials in Kyiv"
             " on Friday, his office said.",
             "Talks in Brussels\nJens Stoltenberg said on Tuesday that the alliance would meet"
             " again in Brussels."]
    for number, text in enumerate(texts):
        await send_one(settings, RawArticle(id=f"top-{number}", title=text.split("\n")[0],
                                            text=text.split("\n", 1)[1]))
    await read_until(settings, topics.ENRICHED, len(texts))
    rows: list[dict[str, object]] = []
    for _ in range(40):  # the registry agent folds updates in shortly after publishing
        answer = run_cli(settings, "entities", "top", "--type", "PERSON", "--json")
        assert answer.returncode == 0, answer.stderr
        rows = json.loads(answer.stdout)["entities"]
        if rows and rows[0]["count"] == 3:
            break
        await asyncio.sleep(0.5)
    assert rows[0]["name"] == "Jens Stoltenberg"
    assert rows[0]["count"] == 3
    assert all(row["type"] == "PERSON" for row in rows)
    del worker


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


def test_entities_counted_before_0_2_0_expire_a_retention_after_the_first_sweep() -> None:
    """A registry record without `counted_at` gets the first sweep's time, then goes once
    the retention has passed; records of other update keys are not touched."""
    settings = Settings(partitions=4, registry_days=1)
    learning = register_learning(faust.App("units", broker="kafka://127.0.0.1:1"), settings)
    entities: dict[str, registry.Record] = {}
    for name in ("Alice Smith", "Bob Jones", "Carol King", "Dan Brown", "Eve Adams"):
        entity = Entity(entity_id=f"PERSON:{name}", name=name, type="PERSON", count=1,
                        salience=0.5)
        entities[entity.entity_id] = registry.record(None, entity, "a1", datetime(2016, 1, 1))
    learning.entities = entities  # type: ignore[assignment]
    key = registry_key("PERSON:Alice Smith", 4)
    others = {k for k in entities if registry_key(k, 4) != key}
    assert learning.forget_stale(key, now=1_000_000.0) == []
    assert entities["PERSON:Alice Smith"]["counted_at"] == "1970-01-12T13:46:40+00:00"
    assert all("counted_at" not in entities[k] for k in others)
    gone = learning.forget_stale(key, now=1_000_000.0 + 86_400 + 3600)
    assert "PERSON:Alice Smith" in gone
    assert set(entities) == others
