"""A replayed news archive through a real worker: two files of one name in different
folders stay two articles, and replaying the tree again publishes nothing new."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from newswire import topics
from newswire.kafka.registry import read_registry
from newswire.models import EnrichedArticle, EntityEvent
from newswire.settings import Settings
from newswire.stream.process import WorkerProcess
from tests.stream.conftest import read_all, run_cli, wait_drained

pytestmark = pytest.mark.integration

#: (path in the archive, its text): one file name in two month folders, one person in both.
STORIES = [
    ("2024/01/story.txt", "Budget talks in Berlin\nAngela Merkel met union leaders in Berlin "
     "on Monday to discuss the budget, which parliament will vote on in March."),
    ("2024/02/story.txt", "Port strike in Hamburg\nAngela Merkel said on Friday that the strike "
     "at the port of Hamburg had gone on too long and asked both sides to meet."),
]


async def merkel_articles(settings: Settings) -> int:
    """How many articles the registry has counted for Angela Merkel, once its agent has
    folded the updates in (it trails the published articles by a moment)."""
    counted = 0
    for _ in range(15):
        records = (await read_registry(settings, idle=1.0)).values()
        counted = max((r["articles"] for r in records if r["name"] == "Angela Merkel"),
                      default=0)
        if counted >= len(STORIES):
            break
        await asyncio.sleep(2)
    return counted


async def test_two_files_of_one_name_are_two_articles_and_a_second_replay_adds_nothing(
        settings: Settings, tmp_path: Path) -> None:
    """`replay archive/` of 2024/01/story.txt and 2024/02/story.txt: two enriched articles
    with their own ids (before: one id, the second a revision 2 replacing the first for
    consumers keyed by id), Angela Merkel counted in two articles by the registry (before:
    one) and her entity events under two article ids; replaying the tree again adds no event
    (before: both enriched again, revisions 3 and 4, the first under a new event id)."""
    archive = tmp_path / "archive"
    for name, text in STORIES:
        (archive / name).parent.mkdir(parents=True, exist_ok=True)
        (archive / name).write_text(text, encoding="utf-8")
    worker = WorkerProcess(settings, tmp_path / "worker.log").start()
    try:
        first = run_cli(settings, "replay", str(archive))
        assert first.returncode == 0, first.stdout + first.stderr
        await wait_drained(settings, timeout=240)
        enriched = [EnrichedArticle.model_validate_json(r.value)
                    for r in await read_all(settings, topics.ENRICHED)]
        counted = await merkel_articles(settings)
        again = run_cli(settings, "replay", str(archive))
        assert again.returncode == 0, again.stdout + again.stderr
        await wait_drained(settings, timeout=240)
        after = [EnrichedArticle.model_validate_json(r.value)
                 for r in await read_all(settings, topics.ENRICHED)]
        entities = [EntityEvent.model_validate_json(r.value)
                    for r in await read_all(settings, topics.ENTITIES)]
    finally:
        assert worker.stop() == 0, worker.log()
    # One comparison of everything a user sees, so a failure shows all that went wrong.
    seen = {
        "enriched (id, revision)": sorted((a.id, a.revision) for a in enriched),
        "registry articles of Angela Merkel": counted,
        "her entity events' article ids": sorted(
            {e.article_id for e in entities if e.entity.name == "Angela Merkel"}),
        # (id, revision, whether its event id was published by the first replay)
        "events of the second replay": sorted(
            (a.id, a.revision, a.event_id in {b.event_id for b in enriched})
            for a in after if a not in enriched),
    }
    assert seen == {
        "enriched (id, revision)": [("2024/01/story", 1), ("2024/02/story", 1)],
        "registry articles of Angela Merkel": 2,
        "her entity events' article ids": ["2024/01/story", "2024/02/story"],
        "events of the second replay": [],
    }
