"""State learned across articles, on a real broker: publisher templates and the registry."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from newswire import topics
from newswire.kafka.clients import ensure_topics, make_producer
from newswire.kafka.producer import encode
from newswire.models import EnrichedArticle, RawArticle
from newswire.settings import Settings
from newswire.stream.process import WorkerProcess
from tests.stream.conftest import read_until, run_cli
from tests.stream.test_replay import polnear_articles

pytestmark = pytest.mark.integration

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
