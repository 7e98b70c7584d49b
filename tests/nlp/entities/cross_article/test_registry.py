"""The cross-article registry: counting, windows, top-N, and what is never merged."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from newswire.models import Entity
from newswire.nlp.entities.cross_article.registry import (
    Record,
    prune,
    record,
    stale,
    top,
    updates,
    window_count,
)
from newswire.nlp.entities.extract import entity_id, extract_entities
from newswire.nlp.pipeline import Pipeline
from newswire.timeparse import parse_window

NOW = datetime(2026, 11, 27, 12, 30, tzinfo=UTC)


def entity(name: str, type_: str = "PERSON", aliases: tuple[str, ...] = (),
           role: str | None = None, count: int = 1) -> Entity:
    """An entity as extraction makes it (id from type and name)."""
    return Entity(entity_id=entity_id(type_, name), name=name, type=type_,
                  role=role, aliases=list(aliases), count=count, salience=0.5)


def store(records: dict[str, Record], article: str, at: datetime, *found: Entity) -> None:
    """Write one article's updates into ``records``, as the Faust table does."""
    records.update(updates(records.get, found, article, at))


def test_record_counts_articles_mentions_aliases_and_times() -> None:
    """One record per entity: articles, mentions, spellings, roles, first and last seen."""
    jens = entity("Jens Stoltenberg", aliases=("Stoltenberg",), role="Secretary-General", count=4)
    first = record(None, jens, "a1", NOW - timedelta(hours=30))
    second = record(first, jens, "a2", NOW)
    assert (second["articles"], second["mentions"]) == (2, 8)
    assert second["aliases"] == {"Stoltenberg": 2}
    assert second["roles"] == {"Secretary-General": 2}
    assert second["first_seen"] == (NOW - timedelta(hours=30)).isoformat()
    assert second["last_seen"] == NOW.isoformat()
    assert second["hourly"] == {"2026-11-26T06": 1, "2026-11-27T12": 1}
    assert second["daily"] == {"2026-11-26": 1, "2026-11-27": 1}
    assert first["articles"] == 1, "record() must not change its input"
    assert json.loads(json.dumps(second)) == second


@pytest.mark.parametrize(
    ("counted_at", "forgotten"),
    [
        (NOW - timedelta(days=31), True),
        (NOW - timedelta(days=29), False),
        (None, False),  # a record written before newswire 0.2.0
    ],
)
def test_entities_not_counted_since_the_cut_are_stale(counted_at: datetime | None,
                                                      forgotten: bool) -> None:
    """The registry retention goes by when an article was last counted, not by its date."""
    jens = record(None, entity("Jens Stoltenberg"), "a1", NOW - timedelta(days=2000))
    if counted_at is not None:
        jens["counted_at"] = counted_at.isoformat()
    expected = [jens["entity_id"]] if forgotten else []
    assert stale([jens], NOW - timedelta(days=30)) == expected


def test_an_article_counts_once_however_often_it_is_delivered() -> None:
    """At-least-once delivery and revisions: the same article id is not counted twice."""
    jens = entity("Jens Stoltenberg")
    once = record(None, jens, "a1", NOW)
    assert record(once, jens, "a1", NOW + timedelta(minutes=5)) is once
    records: dict[str, Record] = {}
    store(records, "a1", NOW, jens)
    assert updates(records.get, [jens], "a1", NOW) == {}


@pytest.mark.parametrize(
    ("names", "expected_records"),
    [
        (["Jens Stoltenberg", "Jens Stoltenberg"], 1),
        (["Jens Stoltenberg", "Stoltenberg"], 2),
        (["Stoltenberg", "Stoltenberg"], 1),
        (["Stoltenberg", "Stoltenberg", "Jens Stoltenberg", "Erna Stoltenberg"], 3),
    ],
)
def test_surname_only_persons_are_never_merged(names: list[str], expected_records: int) -> None:
    """Records join by id only: "Stoltenberg" alone never joins "Jens Stoltenberg"."""
    records: dict[str, Record] = {}
    for i, name in enumerate(names):
        store(records, f"a{i}", NOW, entity(name))
    assert len(records) == expected_records
    assert [r["surname_only"] for r in records.values()].count(True) == ("Stoltenberg" in names)


def test_record_refuses_another_entity() -> None:
    """A record takes only the entity whose id it has."""
    with pytest.raises(ValueError, match="cannot take"):
        record(record(None, entity("Stoltenberg"), "a1", NOW), entity("Jens Stoltenberg"), "a2",
               NOW)


@pytest.mark.parametrize(
    ("since", "expected"),
    [("1h", 1), ("3h", 2), ("24h", 3), ("72h", 4), ("7d", 5), ("30d", 6), ("400d", 6)],
)
def test_window_count_by_hour_then_by_day(since: str, expected: int) -> None:
    """Windows up to the hourly retention count by hour, longer ones by day."""
    nato = entity("NATO", "ORG")
    current: Record | None = None
    ages = [timedelta(minutes=10), timedelta(hours=2), timedelta(hours=20), timedelta(hours=60),
            timedelta(days=5), timedelta(days=20)]
    for i, age in enumerate(sorted(ages, reverse=True)):
        current = record(current, nato, f"a{i}", NOW - age)
    assert current is not None
    assert window_count(current, NOW, parse_window(since)) == expected


def test_prune_drops_buckets_past_retention() -> None:
    """Hourly buckets older than three days and daily ones older than 400 days go."""
    current = record(None, entity("NATO", "ORG"), "a1", NOW - timedelta(days=10))
    pruned = prune(current, NOW)
    assert pruned["hourly"] == {}
    assert pruned["daily"] == current["daily"]
    assert prune(current, NOW + timedelta(days=500))["daily"] == {}


def test_top_lists_most_mentioned_in_window_with_type_filter() -> None:
    """Top-N by articles in the window, most first; the type filter and limit apply."""
    records: dict[str, Record] = {}
    nato, jens, kyiv = entity("NATO", "ORG"), entity("Jens Stoltenberg"), entity("Kyiv", "GPE")
    store(records, "a1", NOW - timedelta(hours=1), nato, jens, kyiv)
    store(records, "a2", NOW - timedelta(hours=2), nato, jens)
    store(records, "a3", NOW - timedelta(hours=3), nato)
    store(records, "a4", NOW - timedelta(days=3), kyiv)
    store(records, "a5", NOW - timedelta(days=4), kyiv)
    assert [(r["name"], r["count"]) for r in top(records.values(), NOW)] == [
        ("NATO", 3), ("Jens Stoltenberg", 2), ("Kyiv", 1)]
    assert [r["name"] for r in top(records.values(), NOW, type_="PERSON")] == ["Jens Stoltenberg"]
    week = top(records.values(), NOW, parse_window("7d"), limit=2)
    assert [(r["name"], r["count"]) for r in week] == [("Kyiv", 3), ("NATO", 3)]
    assert top(records.values(), NOW, parse_window("7d"), type_="GPE")[0]["count"] == 3


def test_shared_names_count_across_real_articles(pipeline: Pipeline) -> None:
    """Two real articles: the shared full name counts twice; a lone surname stays apart."""
    articles = [
        ("NATO’s Stoltenberg: ‘We Cannot Let Putin Win’",
         "NATO Secretary-General Jens Stoltenberg met ministers in Bucharest on Monday."),
        ("Allies pledge more aid",
         "Jens Stoltenberg said NATO allies would send generators to Kyiv."),
        ("Stoltenberg speaks", "Stoltenberg said on Tuesday that Kiev needed more help."),
    ]
    records: dict[str, Record] = {}
    for i, (title, body) in enumerate(articles):
        found = extract_entities(pipeline.nlp(title), pipeline.nlp(body))
        store(records, f"a{i}", NOW, *found)
    counts = {r["name"]: r["count"] for r in top(records.values(), NOW, limit=20)}
    assert counts["Jens Stoltenberg"] == 2
    assert counts["NATO"] == 2
    assert counts["Kyiv"] == 2
    assert counts["Stoltenberg"] == 1
