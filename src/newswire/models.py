"""The wire schema: what newswire reads from and publishes to Kafka.

The input (:class:`RawArticle`) and the events live here; the values nested inside events
(spans, entities, quotes, ...) live in :mod:`newswire.parts` and are re-exported here, so
that the whole schema is imported from this module. Events are frozen, reject unknown
fields and carry ``schema_version``; the input model keeps whatever extra fields a feed
sends. Decode with ``Model.model_validate_json``, encode with ``model_dump_json``;
``newswire schema`` prints the JSON Schema generated from these classes.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any, Literal

from pydantic import AwareDatetime, Base64Bytes, BaseModel, ConfigDict, Field

from newswire.parts import (
    Boilerplate,
    CueKind,
    Dateline,
    Entity,
    EntityType,
    Field_,
    Link,
    LinkKind,
    PageMetadata,
    Part,
    Quote,
    QuoteKind,
    RemovedLine,
    Skipped,
    Span,
    SpeakerKind,
    Step,
)

__all__ = [
    "SCHEMA_VERSION", "ArticleRef", "Boilerplate", "CueKind", "DateSource", "Dateline",
    "DeadLetter", "EnrichedArticle", "Entity", "EntityEvent", "EntityType", "Event", "Field_",
    "Link", "LinkKind", "PageKind", "PageMetadata", "Part", "Quote", "QuoteEvent", "QuoteKind",
    "RawArticle", "RemovedLine", "Skipped", "Span", "SpeakerKind", "Step", "TitleSource",
    "stable_hash",
]

SCHEMA_VERSION: Literal[3] = 3

PageKind = Literal[
    "article", "listing", "collection", "forum", "product", "documentation", "service",
]
#: Where a value came from: the producer's input, the feed item, the page, the text's headline.
DateSource = Literal["input", "feed", "page"]
TitleSource = Literal["input", "page", "headline"]


def stable_hash(*parts: str | None, size: int = 16) -> str:
    """A short hex digest of ``parts``, stable across processes and Python versions."""
    digest = hashlib.sha256("\x1f".join(p or "" for p in parts).encode("utf-8"))
    return digest.hexdigest()[:size]


class Event(BaseModel):
    """Base of everything newswire publishes: frozen, strict about fields, versioned."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    schema_version: Literal[3] = SCHEMA_VERSION
    event_id: str = Field(
        description="Deterministic id: the same input and pipeline give the same id"
    )


class RawArticle(BaseModel):
    """An article as producers send it; unknown fields are kept in ``model_extra``."""

    model_config = ConfigDict(extra="allow", str_strip_whitespace=False)

    id: str | None = Field(default=None, max_length=512)
    url: str | None = None
    source: str | None = None
    title: str | None = None
    text: str | None = None
    html: str | None = None
    author: str | None = None
    published_at: datetime | None = None
    language: str | None = None

    def content(self) -> str:
        """The text the article id and content hash are computed from."""
        return "\x1e".join([self.title or "", self.text or "", self.html or ""])

    def content_hash(self) -> str:
        """Hash of the content, so a changed article under the same id is a new revision."""
        return stable_hash(self.content(), size=32)

    def article_id(self) -> str:
        """The given id, else a stable hash of (source, url), else of the content."""
        if self.id:
            return self.id
        if self.url:
            return stable_hash("url", self.source, self.url)
        return stable_hash("content", self.content())


class EnrichedArticle(Event):
    """One per article on ``articles.enriched``."""

    id: str
    revision: int = Field(default=1, ge=1)
    content_hash: str
    source: str | None = None
    url: str | None = Field(
        default=None,
        description="The input's url; else, for a web page sent without one, the page's "
        "canonical URL (then equal to page.canonical_url)",
    )
    title: str
    body: str
    author: str | None = Field(
        default=None,
        description="One name: the input's author, else the page's first author (every "
        "byline the page gives is in page.authors), else a plain text's 'By ...' line",
    )
    published_at: datetime | None = Field(
        default=None,
        description="When it was published: the input's, the feed item's or the page's (see "
        "published_at_source); dates in the future, before 1990 or at the epoch are dropped",
    )
    published_at_source: DateSource | None = Field(
        default=None,
        description="Where published_at came from: 'input' (the producer), 'feed' (the feed "
        "crawler's item), 'page' (the web page's metadata)",
    )
    title_source: TitleSource | None = Field(
        default=None,
        description="Where title came from: 'input', 'page' (the web page's headline) or "
        "'headline' (a headline-like first line of plain text)",
    )
    language: str | None = Field(
        default=None, description="ISO 639-1 code of the text, 'und' when it cannot be told"
    )
    language_confidence: float | None = Field(default=None, ge=0, le=1)
    language_claimed: str | None = Field(
        default=None,
        description="The language the input (or, without one, the page) claimed, kept when "
        "the text says otherwise or when the claim is not a language code",
    )
    page_kind: PageKind | None = Field(
        default=None,
        description="What kind of web page it is (article, listing, collection, forum, "
        "product, documentation, service); null when the page does not tell or is not HTML",
    )
    page: PageMetadata | None = Field(
        default=None,
        description="What the web page says about itself (JSON-LD, OpenGraph, meta tags, its "
        "text); null for articles sent as text",
    )
    dateline: Dateline | None = Field(
        default=None,
        description="The wire dateline opening the story; it stays in the body (or title) "
        "and its place is one of the entities",
    )
    skipped: list[Skipped] = Field(default_factory=list)
    boilerplate: Boilerplate = Field(default_factory=Boilerplate)
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    extra: dict[str, Any] = Field(
        default_factory=dict, description="Input fields newswire does not know"
    )
    pipeline_version: str
    processed_at: AwareDatetime


class ArticleRef(Event):
    """Fields every per-entity and per-quote event repeats from its article."""

    article_id: str
    article_event_id: str
    title: str
    url: str | None = None
    source: str | None = None
    published_at: datetime | None = None
    language: str | None = Field(default=None, description="The article's language")
    pipeline_version: str


class EntityEvent(ArticleRef):
    """One per entity per article on ``articles.entities``."""

    entity: Entity


class QuoteEvent(ArticleRef):
    """One per quote on ``articles.quotes``."""

    quote: Quote


class DeadLetter(Event):
    """An input that could not be enriched, with the original bytes, on ``articles.dlq``."""

    reason: str
    error_type: str
    original: Base64Bytes
    key: str | None = None
    topic: str | None = None
    partition: int | None = None
    offset: int | None = None
    failed_at: AwareDatetime
