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
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import AwareDatetime, Base64Bytes, BaseModel, ConfigDict, Field, field_validator

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
    "MAX_ID_CHARS", "SCHEMA_VERSION", "ArticleRef", "Boilerplate", "CueKind", "DateSource",
    "Dateline", "DeadLetter", "EnrichedArticle", "Entity", "EntityEvent", "EntityType", "Event",
    "Field_", "Link", "LinkKind", "PageKind", "PageMetadata", "Part", "Quote", "QuoteEvent",
    "QuoteKind", "RawArticle", "RemovedLine", "Skipped", "Span", "SpeakerKind", "Step",
    "TitleSource", "enriched_event_id", "stable_hash",
]

SCHEMA_VERSION: Literal[3] = 3
#: Longest article id (a RawArticle's ``id``, or the message key that stands for it).
MAX_ID_CHARS = 512

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


def enriched_event_id(article_id: str, content_hash: str, replaces: str, version: str) -> str:
    """The ``event_id`` of an enriched article: its content and the content it replaced
    (``replaces``, "" for a first revision). The same content enriched again (a replay, a
    redelivery, the same archive replayed twice) keeps its id, and a revision that brings
    back earlier content (A, B, then A again) gets its own, so that a consumer dropping
    duplicates by id keeps that revision. The revision's number is left out: replaying an
    archive of A, B, A once more numbers B and A 4 and 5, which are no news."""
    return stable_hash("enriched", article_id, content_hash, replaces, version, size=32)


class Event(BaseModel):
    """Base of everything newswire publishes: frozen, strict about fields, versioned."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    schema_version: Literal[3] = Field(
        default=SCHEMA_VERSION, description="Version of this schema; raised when an older "
        "consumer's strict model would reject the event")
    event_id: str = Field(
        description="Deterministic id: the same input and pipeline give the same id"
    )


class RawArticle(BaseModel):
    """An article as producers send it; unknown fields are kept in ``model_extra``."""

    model_config = ConfigDict(extra="allow", str_strip_whitespace=False)

    id: str | None = Field(default=None, max_length=MAX_ID_CHARS,
                           description="The article's id; else the message key, else a hash "
                           "of (source, url) or content")
    url: str | None = Field(default=None, description="Where it was published")
    source: str | None = Field(default=None, description="The publisher")
    title: str | None = Field(default=None, description="The headline; without one, a "
                              "headline-like first line of text, or the page's, becomes it")
    text: str | None = Field(default=None, description="The article as plain text")
    html: str | None = Field(default=None, description="The article as a web page")
    author: str | None = Field(default=None, description="Who wrote it")
    published_at: AwareDatetime | None = Field(
        default=None, description="When it was published (without an offset: UTC)")
    language: str | None = Field(default=None, description="Its language as the producer "
                                 "claims it (ISO 639-1); checked against the text")

    @field_validator("published_at", mode="before")
    @classmethod
    def _naive_is_utc(cls, value: object) -> object:
        """A date without an offset is taken as UTC, so what goes on to articles.raw carries
        one (the schema's ``date-time`` is RFC 3339, which requires it)."""
        if isinstance(value, str) and value.strip():
            try:
                value = datetime.fromisoformat(value.strip())
            except ValueError:
                return value  # pydantic's own parsing says what is wrong with it
        if isinstance(value, datetime) and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value

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

    id: str = Field(description="The article id (also the message key)")
    revision: int = Field(default=1, ge=1, description="1, then one more each time changed "
                          "content comes under the same id")
    content_hash: str = Field(description="Hash of the input's title, text and html")
    source: str | None = Field(default=None, description="The input's source")
    url: str | None = Field(
        default=None,
        description="The input's url; else, for a web page sent without one, the page's "
        "canonical URL (then equal to page.canonical_url)",
    )
    title: str = Field(description="The headline ('' when there is none; see title_source)")
    body: str = Field(description="The clean text: the article without its boilerplate")
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
    language_confidence: float | None = Field(
        default=None, ge=0, le=1, description="The identifier's averaged probability; null "
        "when a text of names and numbers was read with the first language's model")
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
    skipped: list[Skipped] = Field(default_factory=list, description="Steps not run and why: "
                                   "empty entities with entities skipped is 'not analysed'")
    boilerplate: Boilerplate = Field(default_factory=Boilerplate, description="What was "
                                     "stripped from the article, kept as data")
    entities: list[Entity] = Field(default_factory=list, description="Named entities, each "
                                   "with its mentions")
    quotes: list[Quote] = Field(default_factory=list, description="Quotes and reported "
                                "speech, each with its speaker")
    extra: dict[str, Any] = Field(
        default_factory=dict, description="Input fields newswire does not know"
    )
    pipeline_version: str = Field(description="The newswire version that enriched it")
    processed_at: AwareDatetime = Field(description="When it was enriched")


class ArticleRef(Event):
    """Fields every per-entity and per-quote event repeats from its article."""

    article_id: str = Field(description="The article's id (also the message key)")
    article_event_id: str = Field(description="event_id of the article's EnrichedArticle")
    title: str = Field(description="The article's title")
    url: str | None = Field(default=None, description="The article's url")
    source: str | None = Field(default=None, description="The article's source")
    published_at: datetime | None = Field(default=None, description="The article's "
                                          "published_at")
    language: str | None = Field(default=None, description="The article's language")
    pipeline_version: str = Field(description="The newswire version that enriched it")


class EntityEvent(ArticleRef):
    """One per entity per article on ``articles.entities``."""

    entity: Entity = Field(description="The entity, as in the article's entities")


class QuoteEvent(ArticleRef):
    """One per quote on ``articles.quotes``."""

    quote: Quote = Field(description="The quote, as in the article's quotes")


class DeadLetter(Event):
    """An input that could not be enriched, with the original bytes, on ``articles.dlq``."""

    reason: str = Field(description="What was wrong, in words")
    error_type: str = Field(description="The error's class, e.g. 'DecodeError', "
                            "'EmptyArticleError', 'TooLargeError'")
    original: Base64Bytes = Field(description="The message's bytes as received (base64), cut "
                                  "to max_article_bytes, and the reason says so, when larger")
    key: str | None = Field(default=None, description="The message's key read as UTF-8 "
                            "(U+FFFD for bytes that are not); the dead letter's own Kafka "
                            "key is the original key, byte for byte")
    topic: str | None = Field(default=None, description="Where the message was read; null "
                              "(and partition and offset too) for an archive record that "
                              "`newswire replay` dead-lettered instead of producing it")
    partition: int | None = Field(default=None, description="Its partition")
    offset: int | None = Field(default=None, description="Its offset")
    failed_at: AwareDatetime = Field(description="When it failed")
