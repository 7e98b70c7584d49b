"""The entity registry on a real broker: one row per person, with and without a worker."""

from __future__ import annotations

import asyncio
import gzip
import json
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer

from newswire import topics
from newswire.io.ingest import article_from_text
from newswire.kafka.producer import encode
from newswire.kafka.registry import read_registry
from newswire.settings import Settings
from newswire.stream.process import WorkerProcess
from tests.conftest import SHARED
from tests.stream.conftest import read_until, run_cli

pytestmark = pytest.mark.integration

POLNEAR = SHARED / "data" / "polnear" / "train" / "text"


def archive_2016(path: Path, count: int) -> list[str]:
    """The first ``count`` PolNeAR articles of 2016, with the date their file name gives as
    published_at, written as a replayable archive; returns their ids."""
    if not POLNEAR.exists():
        pytest.skip("../shared/data/polnear is not beside this checkout")
    files = [p for p in sorted(POLNEAR.glob("*.txt")) if p.stem.split("_")[1] >= "2016"]
    articles = []
    for file in files[:count]:
        title, _, body = file.read_text(encoding="utf-8").partition("\n")
        articles.append({"id": file.stem, "source": file.stem.split("_")[0], "title": title.strip(),
                         "text": body, "published_at": f"{file.stem.split('_')[1]}T12:00:00Z"})
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(a) + "\n" for a in articles)
    return [a["id"] for a in articles]


def top(settings: Settings, *args: str) -> dict[str, Any]:
    """``newswire entities top ARGS --json``, decoded."""
    done = run_cli(settings, "entities", "top", "--json", *args)
    assert done.returncode == 0, done.stderr
    answer: dict[str, Any] = json.loads(done.stdout)
    return answer


async def settled_top(settings: Settings, *args: str) -> dict[str, Any]:
    """The worker's answer once three in a row agree (the registry agent folds updates in
    shortly after the articles are published)."""
    answers: list[dict[str, Any]] = []
    for _ in range(40):
        answers.append(top(settings, *args))
        last = [a["entities"] for a in answers[-3:]]
        if len(last) == 3 and last[0] and last[0] == last[1] == last[2]:
            break
        await asyncio.sleep(2)
    return answers[-1]


async def test_top_lists_each_person_once_with_or_without_a_worker(
    settings: Settings, tmp_path: Path
) -> None:
    """After a replay of 2016 articles, `entities top` lists Hillary Clinton once; without a
    worker it reads the same rows from the changelog; an empty window says why."""
    archive = tmp_path / "polnear-2016.jsonl.gz"
    ids = archive_2016(archive, 40)
    worker = WorkerProcess(settings, tmp_path / "worker.log").start()
    try:
        assert run_cli(settings, "replay", str(archive)).returncode == 0
        await read_until(settings, topics.ENRICHED, len(ids), timeout=240)
        live = await settled_top(settings, "--type", "PERSON", "--since", "4000d", "--limit", "30")
        recent = run_cli(settings, "entities", "top")
    finally:
        assert worker.stop() == 0, worker.log()
    names = [row["name"] for row in live["entities"]]
    assert names.count("Hillary Clinton") == 1, names
    assert "Hillary" not in names, "a first name alone joins the full name that leads"
    assert {row["type"] for row in live["entities"]} == {"PERSON"}
    assert "worker" in live["source"]
    assert "newest article in the registry was published 2016-" in recent.stdout
    assert "published time" in recent.stdout

    stored = top(settings, "--type", "PERSON", "--since", "4000d", "--limit", "30")
    assert "changelog" in stored["source"]
    # The changelog holds every write of the table: the same rows, counts included.
    assert stored["entities"] == live["entities"]
    assert stored["newest"] == live["newest"]


async def test_an_entity_past_the_registry_retention_is_forgotten(
    producer: AIOKafkaProducer, settings: Settings, tmp_path: Path
) -> None:
    """An entity whose last article is older than NEWSWIRE_REGISTRY_DAYS is dropped (with a
    tombstone) before its next article is counted, which then counts as its first."""
    short = settings.model_copy(update={"registry_days": 3 / 86_400})  # three seconds
    text = "Council\nAlice Smith met Bob Jones in Paris on Monday."
    worker = WorkerProcess(short, tmp_path / "worker.log").start()
    try:
        for article_id in ("a1", "a2"):
            if article_id == "a2":
                await asyncio.sleep(4)  # a1 is past the retention now
            key, value = encode(article_from_text(text, id=article_id))
            await producer.send_and_wait(short.topic(topics.RAW), value, key=key)
            alice = await registry_row(short, "Alice Smith", counted=article_id)
    finally:
        assert worker.stop() == 0, worker.log()
    assert (alice["articles"], alice["recent_articles"]) == (1, ["a2"])


async def registry_row(settings: Settings, name: str, counted: str,
                       timeout: int = 90) -> dict[str, Any]:
    """The registry's record of ``name`` once it has counted article ``counted``."""
    for _ in range(timeout // 2):
        rows = [r for r in (await read_registry(settings, idle=1.0)).values()
                if r["name"] == name and counted in r["recent_articles"]]
        if rows:
            return rows[0]
        await asyncio.sleep(2)
    pytest.fail(f"{name} has not counted {counted} after {timeout}s")
