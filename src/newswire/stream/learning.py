"""State learned across articles: publisher templates per source, the entity registry.

Both tables are keyed by something other than the article id (source, entity_id), so the
enrich agent does not write them directly: it sends update messages to internal topics,
routed by that key (template updates keyed by source; entity updates gathered per batch
into one message per group of entities, see :func:`registry_key`). One agent per table
applies them on the partition that owns the key, so one worker updates a given row. The
tables are GlobalTables, so every worker reads all of them (the enrich agent needs any
source's templates; ``/entities/top`` needs every entity). Their changelogs make them
survive restarts.

The registry's knowledge (majority types, full names of partial names) goes back to the
pipeline with each job, as learned templates do: :meth:`Learning.knowledge` condenses the
table, again at most every :data:`KNOWLEDGE_REFRESH_S` seconds.
"""

from __future__ import annotations

import json
import time
import zlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, NamedTuple

import faust
from faust.types import StreamT, TableT

from newswire.kafka.registry import REGISTRY_TABLE
from newswire.models import EnrichedArticle, Entity
from newswire.nlp.boilerplate.clean import Cleaned, article_fingerprints
from newswire.nlp.boilerplate.templates import TemplateStats
from newswire.nlp.entities.cross_article import identity, registry
from newswire.settings import Settings
from newswire.stream.dedupe import sweep_interval_s

__all__ = [
    "KNOWLEDGE_LOOP_SHARE", "KNOWLEDGE_REFRESH_S", "REGISTRY_UPDATES", "TEMPLATE_UPDATES",
    "UPDATES_PER_MESSAGE", "Learning", "Update", "register_learning", "registry_key",
]

#: Internal topic names, completed per app by :meth:`Settings.internal_topic`.
TEMPLATE_UPDATES = "template-updates"
REGISTRY_UPDATES = "registry-updates"
#: Entity updates per registry message (an update without mentions is well under 1 kB).
UPDATES_PER_MESSAGE = 200
#: Longest the knowledge handed to the pipeline lags the registry table, in seconds...
KNOWLEDGE_REFRESH_S = 5.0
#: ... unless condensing the table takes longer than this share of the time between two.
KNOWLEDGE_LOOP_SHARE = 0.05


class Update(NamedTuple):
    """One message for an internal topic."""

    topic: faust.TopicT
    key: bytes
    value: bytes


@dataclass
class Learning:
    """The learned-state tables and the topics that feed them."""

    settings: Settings
    templates: TableT[str, dict[str, Any]]
    entities: TableT[str, registry.Record]
    template_updates: faust.TopicT
    registry_updates: faust.TopicT
    _known: identity.Knowledge = field(default=identity.EMPTY, init=False)
    _known_until: float = field(default=float("-inf"), init=False)
    _swept: dict[bytes, float] = field(default_factory=dict, init=False)

    def learned(self, source: str | None) -> frozenset[str]:
        """Fingerprints of the lines learned as templates of ``source``."""
        if not source:
            return frozenset()
        stats = TemplateStats.from_json(self.templates.get(source))
        return stats.learned(self.settings.template_min_articles, self.settings.template_min_share)

    def knowledge(self) -> identity.Knowledge:
        """What the registry knows across articles, condensed for the pipeline.

        Condensing reads the whole table on the event loop, so it is redone at most every
        :data:`KNOWLEDGE_REFRESH_S` seconds, and less often when the table is so large that
        it would take more than :data:`KNOWLEDGE_LOOP_SHARE` of the loop.
        """
        began = time.monotonic()
        if began >= self._known_until:
            self._known = identity.knowledge(self.entities.values())
            took = time.monotonic() - began
            self._known_until = began + max(KNOWLEDGE_REFRESH_S, took / KNOWLEDGE_LOOP_SHARE)
        return self._known

    def forget_stale(self, key: bytes, now: float) -> list[str]:
        """Drop the registry's entities of update key ``key`` for which no article was counted
        in ``NEWSWIRE_REGISTRY_DAYS`` (at most once per sweep interval and key).

        Called by the agent that applies updates, while it handles a message of ``key``:
        every entity of that key was written from that message's partition, so deleting it
        in that message's context writes its tombstone to the right changelog partition, and
        every worker's copy of the GlobalTable drops it.
        """
        days = self.settings.registry_days
        if now - self._swept.get(key, float("-inf")) < sweep_interval_s(days):
            return []
        self._swept[key] = now
        self._date_undated(key, now)
        before = datetime.fromtimestamp(now - days * 86_400, UTC)
        partitions = self.settings.partitions
        gone = [entity_id for entity_id in registry.stale(self.entities.values(), before)
                if registry_key(entity_id, partitions) == key]
        for entity_id in gone:
            del self.entities[entity_id]
        return gone

    def _date_undated(self, key: bytes, now: float) -> None:
        """Give the entities of ``key`` counted before newswire 0.2.0 (no ``counted_at``) the
        time of the first sweep that sees them, so they expire one retention later."""
        counted_at = datetime.fromtimestamp(now, UTC).isoformat()
        partitions = self.settings.partitions
        undated = [record for record in self.entities.values() if "counted_at" not in record
                   and registry_key(record["entity_id"], partitions) == key]
        for record in undated:
            dated = record.copy()
            dated["counted_at"] = counted_at
            self.entities[record["entity_id"]] = dated

    def updates(self, articles: Iterable[EnrichedArticle]) -> Iterator[Update]:
        """Messages that fold ``articles`` into both tables.

        One template update per article with a source, keyed by source. Entity updates are
        many (one per entity per article), so they travel in a few messages per batch: one
        per group of entities (:func:`registry_key`), each with every update of that group.
        """
        by_key: dict[bytes, list[dict[str, Any]]] = defaultdict(list)
        for article in articles:
            if article.source:
                yield self._template_update(article)
            at = (article.published_at or article.processed_at).isoformat()
            for entity, shared in registry.with_sharing(article.entities):
                by_key[registry_key(entity.entity_id, self.settings.partitions)].append({
                    "article_id": article.id, "at": at, "shared_with": shared,
                    # The registry counts mentions but never reads their offsets.
                    "entity": entity.model_dump(mode="json", exclude={"mentions"}),
                })
        for key, items in sorted(by_key.items()):
            for start in range(0, len(items), UPDATES_PER_MESSAGE):
                value = _json({"updates": items[start:start + UPDATES_PER_MESSAGE]})
                yield Update(self.registry_updates, key, value)

    def _template_update(self, article: EnrichedArticle) -> Update:
        cleaned = Cleaned(article.title, article.body, article.boilerplate, article.author)
        fingerprints = sorted(article_fingerprints(cleaned))
        value = {"article_id": article.id, "fingerprints": fingerprints}
        return Update(self.template_updates, (article.source or "").encode(), _json(value))


def registry_key(entity_id: str, groups: int) -> bytes:
    """The key of the registry-updates messages that carry ``entity_id``: one of ``groups``
    keys, the same in every worker, so one partition (and one worker) gets all updates of an
    entity, in order, whatever the topic's partition count."""
    return f"registry-{zlib.crc32(entity_id.encode('utf-8')) % groups}".encode()


def register_learning(app: faust.App, settings: Settings) -> Learning:
    """Declare the tables, internal topics and the two agents that apply updates."""
    def topic(name: str) -> faust.TopicT:
        return app.topic(settings.topic(settings.internal_topic(name)),
                         partitions=settings.partitions, key_serializer="raw",
                         value_serializer="raw", internal=True)

    def table(name: str) -> TableT[Any, Any]:
        return app.GlobalTable(name, default=None, partitions=settings.partitions)

    learning = Learning(settings, table("templates"), table(REGISTRY_TABLE),
                        topic(TEMPLATE_UPDATES), topic(REGISTRY_UPDATES))

    @app.agent(learning.template_updates, name="learn-templates")
    async def learn_templates(stream: StreamT[bytes]) -> None:
        async for event in stream.events():
            update = json.loads(event.value)
            source = event.key.decode()
            stats = TemplateStats.from_json(learning.templates.get(source))
            stats = stats.observe(frozenset(update["fingerprints"]),
                                  settings.template_half_life_articles)
            learning.templates[source] = stats.to_json()

    @app.agent(learning.registry_updates, name="update-registry")
    async def update_registry(stream: StreamT[bytes]) -> None:
        async for event in stream.events():
            learning.forget_stale(event.key, time.time())
            payload = json.loads(event.value)
            for update in payload["updates"]:
                entity = Entity.model_validate(update["entity"])
                current = learning.entities.get(entity.entity_id)
                counted = registry.record(
                    current, entity, update["article_id"], datetime.fromisoformat(update["at"]),
                    shared_with=update.get("shared_with", ()))
                # The retention goes by this, not by the article's date (archives are old).
                counted["counted_at"] = datetime.now(UTC).isoformat()
                learning.entities[entity.entity_id] = counted

    return learning


def _json(value: dict[str, Any]) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
