"""State learned across articles: publisher templates per source, the entity registry.

Both tables are keyed by something other than the article id (source, entity_id), so the
enrich agent does not write them directly: it sends small update messages, keyed by that
key, to internal topics; one agent per table applies them on the partition that owns the
key. The tables are GlobalTables, so every worker reads all of them (the enrich agent needs
any source's templates; ``/entities/top`` needs every entity). Their changelogs make them
survive restarts.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import faust
from faust.types import StreamT, TableT

from newswire.models import EnrichedArticle, Entity
from newswire.nlp import registry
from newswire.nlp.boilerplate import Cleaned, article_fingerprints
from newswire.nlp.templates import TemplateStats
from newswire.settings import Settings

TEMPLATE_UPDATES = "newswire.template-updates"
REGISTRY_UPDATES = "newswire.registry-updates"


@dataclass
class Learning:
    """The learned-state tables and the topics that feed them."""

    settings: Settings
    templates: TableT[str, dict[str, Any]]
    entities: TableT[str, registry.Record]
    template_updates: faust.TopicT
    registry_updates: faust.TopicT

    def learned(self, source: str | None) -> frozenset[str]:
        """Fingerprints of the lines learned as templates of ``source``."""
        if not source:
            return frozenset()
        stats = TemplateStats.from_json(self.templates.get(source))
        return stats.learned(self.settings.template_min_articles, self.settings.template_min_share)

    def updates(self, article: EnrichedArticle) -> Iterator[tuple[faust.TopicT, bytes, bytes]]:
        """Messages (topic, key, value) that fold ``article`` into both tables."""
        if article.source:
            cleaned = Cleaned(article.title, article.body, article.boilerplate, article.author)
            fingerprints = sorted(article_fingerprints(cleaned))
            value: dict[str, Any] = {"article_id": article.id, "fingerprints": fingerprints}
            yield self.template_updates, article.source.encode(), _json(value)
        at = (article.published_at or article.processed_at).isoformat()
        for entity in article.entities:
            value = {"article_id": article.id, "at": at, "entity": entity.model_dump(mode="json")}
            yield self.registry_updates, entity.entity_id.encode(), _json(value)


def register_learning(app: faust.App, settings: Settings) -> Learning:
    """Declare the tables, internal topics and the two agents that apply updates."""
    def topic(name: str) -> faust.TopicT:
        return app.topic(settings.topic(name), partitions=settings.partitions,
                         key_serializer="raw", value_serializer="raw", internal=True)

    def table(name: str) -> TableT[Any, Any]:
        return app.GlobalTable(name, default=None, partitions=settings.partitions)

    learning = Learning(settings, table("templates"), table("entities"),
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
            update = json.loads(event.value)
            entity = Entity.model_validate(update["entity"])
            current = learning.entities.get(entity.entity_id)
            learning.entities[entity.entity_id] = registry.record(
                current, entity, update["article_id"], datetime.fromisoformat(update["at"]))

    return learning


def _json(value: dict[str, Any]) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
