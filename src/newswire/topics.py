"""Topic names and the model each topic carries: the contract with consumers."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from newswire.models import DeadLetter, EnrichedArticle, EntityEvent, QuoteEvent, RawArticle

__all__ = ["DLQ", "ENRICHED", "ENTITIES", "MODELS", "QUOTES", "RAW", "json_schema"]

RAW = "articles.raw"
ENRICHED = "articles.enriched"
ENTITIES = "articles.entities"
QUOTES = "articles.quotes"
DLQ = "articles.dlq"

MODELS: dict[str, type[BaseModel]] = {
    RAW: RawArticle,
    ENRICHED: EnrichedArticle,
    ENTITIES: EntityEvent,
    QUOTES: QuoteEvent,
    DLQ: DeadLetter,
}


def json_schema(topic: str) -> dict[str, Any]:
    """The JSON Schema of the values on ``topic`` (its unprefixed name)."""
    schema = MODELS[topic].model_json_schema(mode="serialization")
    schema["$id"] = f"https://newswire.invalid/schema/{topic}.json"
    schema["x-topic"] = topic
    return schema
