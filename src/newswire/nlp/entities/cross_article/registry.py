"""The cross-article entity registry, as pure functions over plain JSON-able dicts.

One :class:`Record` per ``entity_id``: the spellings and roles seen, article counts per hour
and per day, first and last seen. The stream layer keeps records in a Faust table keyed by
``entity_id`` (so they survive restarts through its changelog) and calls :func:`updates` per
article; the CLI and HTTP views call :func:`top`.

Records are written by ``entity_id`` (type and full normalised name) and read as identities
(:mod:`.identity`): :func:`top` adds up the records of one name under several types and of
a one-word person ("Hillary", "Clinton") to the one full name that clearly leads the
registry, never when that word named two people in one of its articles. Two people who
share a surname keep their records; a surname read alone joins neither while both are
about as frequent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, NotRequired, TypedDict

from newswire.models import Entity
from newswire.nlp.entities.cross_article.identity import Identity, folded, sharing

__all__ = [
    "DAILY_RETENTION", "HOURLY_RETENTION", "MAX_TOP_ROWS", "MAX_VARIANTS", "RECENT_ARTICLES",
    "Record", "Trending", "answer", "is_surname_only", "new_record", "newest", "prune", "record",
    "stale", "top", "updates", "window_count", "with_sharing",
]

#: How long counts are kept: hourly buckets answer windows up to this, daily ones beyond.
HOURLY_RETENTION = timedelta(hours=72)
DAILY_RETENTION = timedelta(days=400)
#: Article ids remembered per entity, so a redelivered or revised article counts once.
RECENT_ARTICLES = 64
#: Most rows :func:`top` is asked for (``/entities/top``, ``newswire entities top``).
MAX_TOP_ROWS = 1000
#: Spellings and roles kept per entity, the most frequent ones.
MAX_VARIANTS = 32


class Record(TypedDict):
    """What the registry knows about one entity across articles (JSON-able)."""

    entity_id: str
    name: str
    type: str
    surname_only: bool
    # A one-word person: the persons of its articles that had its word, and in how many.
    shared_with: dict[str, int]
    names: dict[str, int]
    aliases: dict[str, int]
    roles: dict[str, int]
    articles: int
    mentions: int
    first_seen: str
    last_seen: str
    hourly: dict[str, int]
    daily: dict[str, int]
    recent_articles: list[str]
    #: When the registry last counted an article for it (the worker's clock, ISO 8601):
    #: what its retention goes by, since articles may be old. Absent in older records.
    counted_at: NotRequired[str]


class Trending(TypedDict):
    """One row of :func:`top`: an entity and its article count in the window."""

    entity_id: str
    name: str
    type: str
    count: int
    articles: int
    last_seen: str
    aliases: list[str]


def is_surname_only(entity: Entity) -> bool:
    """A person known by one word only: never joined with anyone across articles."""
    return entity.type == "PERSON" and len(entity.name.split()) == 1


def new_record(entity: Entity) -> Record:
    """An empty record for ``entity``, before any article is counted."""
    return Record(
        entity_id=entity.entity_id, name=entity.name, type=entity.type,
        surname_only=is_surname_only(entity), shared_with={}, names={}, aliases={}, roles={},
        articles=0,
        mentions=0, first_seen="", last_seen="", hourly={}, daily={}, recent_articles=[],
    )


def record(existing: Record | None, entity: Entity, article_id: str, at: datetime,
           shared_with: Sequence[str] = ()) -> Record:
    """The record after counting ``entity`` in article ``article_id`` seen at ``at``.

    ``shared_with``: the other persons of the article whose name has the one-word
    ``entity``'s word (:func:`~newswire.nlp.entities.cross_article.identity.sharing`). Pure:
    ``existing``
    is not changed. An article already counted is not counted again.
    """
    current = existing or new_record(entity)
    if current["entity_id"] != entity.entity_id:
        raise ValueError(f"record {current['entity_id']} cannot take entity {entity.entity_id}")
    if article_id in current["recent_articles"]:
        return current
    stamp = _utc(at)
    names = _bump(current["names"], [entity.name])
    updated = Record(
        entity_id=current["entity_id"], name=max(names, key=lambda n: (names[n], n)),
        type=current["type"], surname_only=current["surname_only"],
        shared_with=_bump(current.get("shared_with", {}), shared_with), names=names,
        aliases=_bump(current["aliases"], entity.aliases),
        roles=_bump(current["roles"], [entity.role] if entity.role else []),
        articles=current["articles"] + 1, mentions=current["mentions"] + entity.count,
        first_seen=min(filter(None, [current["first_seen"], stamp.isoformat()])),
        last_seen=max(current["last_seen"], stamp.isoformat()),
        hourly=_bump(current["hourly"], [_hour(stamp)], cap=None),
        daily=_bump(current["daily"], [_day(stamp)], cap=None),
        recent_articles=[*current["recent_articles"], article_id][-RECENT_ARTICLES:],
    )
    return prune(updated, stamp)


def with_sharing(entities: Iterable[Entity]) -> list[tuple[Entity, list[str]]]:
    """One article's entities, each with the other persons that share its word (for a
    one-word person; else none)."""
    entities = list(entities)
    persons = [e.name for e in entities if e.type == "PERSON"]
    return [(e, sharing(e.name, persons) if e.type == "PERSON" else []) for e in entities]


def updates(get: Callable[[str], Record | None], entities: Iterable[Entity], article_id: str,
            at: datetime) -> dict[str, Record]:
    """The records to write for one article, keyed by ``entity_id`` (``get`` reads a record)."""
    changed: dict[str, Record] = {}
    for entity, shared in with_sharing(entities):
        key = entity.entity_id
        before = changed.get(key) or get(key)
        after = record(before, entity, article_id, at, shared)
        if after is not before:
            changed[key] = after
    return changed


def prune(current: Record, now: datetime) -> Record:
    """``current`` without the buckets older than the retention (a new dict)."""
    now = _utc(now)
    oldest_hour, oldest_day = _hour(now - HOURLY_RETENTION), _day(now - DAILY_RETENTION)
    return {
        **current,
        "hourly": {k: v for k, v in current["hourly"].items() if k >= oldest_hour},
        "daily": {k: v for k, v in current["daily"].items() if k >= oldest_day},
    }


def stale(records: Iterable[Record], before: datetime) -> list[str]:
    """The ids of the entities for which no article was counted since ``before`` (records
    that do not say when, written before newswire 0.2.0, are kept)."""
    cut = _utc(before)
    return [r["entity_id"] for r in records
            if "counted_at" in r and _utc(datetime.fromisoformat(r["counted_at"])) < cut]


def window_count(current: Record, now: datetime, since: timedelta) -> int:
    """Articles mentioning the entity from ``now - since`` on, by the hour (or day if longer)."""
    start = _utc(now) - since
    if since <= HOURLY_RETENTION:
        first = _hour(start)
        return sum(v for k, v in current["hourly"].items() if k >= first)
    first = _day(start)
    return sum(v for k, v in current["daily"].items() if k >= first)


def top(records: Iterable[Record], now: datetime, since: timedelta = timedelta(hours=24),
        type_: str | None = None, limit: int = 10) -> list[Trending]:
    """The entities in most articles within the window, most first; ``type_`` filters.

    Records are read as identities: one row per name whatever its type, one-word persons
    added to the full name they stand for
    (:func:`~newswire.nlp.entities.cross_article.identity.folded`).
    """
    rows = []
    for identity in folded(records):
        if type_ and identity.type() != type_:
            continue
        every = [*identity.records, *identity.joined]
        if count := sum(window_count(r, now, since) for r in every):
            rows.append(_trending(identity, count))
    rows.sort(key=lambda r: (-r["count"], -r["articles"], r["name"]))
    return rows[:limit]


def answer(rows: list[Trending], records: Iterable[Record], since: timedelta,
           source: str) -> dict[str, Any]:
    """What ``/entities/top`` and ``newswire entities top --json`` answer: the rows, the
    window, that it is by published time, the newest published time seen, and the source."""
    return {"since": str(since), "window_by": "published_at", "newest": newest(records),
            "source": source, "entities": rows}


def newest(records: Iterable[Record]) -> str | None:
    """When the newest article of the registry was published (ISO 8601), if any."""
    return max((r["last_seen"] for r in records if r["last_seen"]), default=None)


def _trending(identity: Identity, count: int) -> Trending:
    every = [*identity.records, *identity.joined]
    aliases: dict[str, int] = {}
    for current in every:
        for alias, seen in [*current["aliases"].items(), *current["names"].items()]:
            aliases[alias] = aliases.get(alias, 0) + seen
    name = identity.name()
    ranked = sorted((a for a in aliases if a != name), key=lambda a: -aliases[a])
    main = max(identity.records, key=lambda r: r["articles"])
    return Trending(entity_id=main["entity_id"], name=name, type=identity.type(), count=count,
                    articles=sum(r["articles"] for r in every),
                    last_seen=max(r["last_seen"] for r in every), aliases=ranked[:5])


def _bump(counts: Mapping[str, int], keys: Iterable[str],
          cap: int | None = MAX_VARIANTS) -> dict[str, int]:
    """``counts`` plus one for each key, keeping the ``cap`` most frequent (a new dict)."""
    bumped = dict(counts)
    for key in keys:
        bumped[key] = bumped.get(key, 0) + 1
    if cap is not None and len(bumped) > cap:
        kept = sorted(bumped, key=lambda k: -bumped[k])[:cap]
        bumped = {k: bumped[k] for k in kept}
    return bumped


def _utc(at: datetime) -> datetime:
    """``at`` in UTC; a naive time is taken to be UTC already."""
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


def _hour(at: datetime) -> str:
    return at.strftime("%Y-%m-%dT%H")


def _day(at: datetime) -> str:
    return at.strftime("%Y-%m-%d")
