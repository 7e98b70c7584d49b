"""The wire schema: what newswire reads from and publishes to Kafka.

Events are frozen, reject unknown fields and carry ``schema_version``; the input model
(:class:`RawArticle`) keeps whatever extra fields a feed sends. Decode with
``Model.model_validate_json``, encode with ``model_dump_json``; ``newswire schema`` prints
the JSON Schema generated from these classes.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any, Literal

from pydantic import AwareDatetime, Base64Bytes, BaseModel, ConfigDict, Field

SCHEMA_VERSION: Literal[3] = 3

Field_ = Literal["title", "body"]
EntityType = Literal[
    "PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW",
    "LANGUAGE",
]
QuoteKind = Literal["direct", "partial", "headline", "indirect"]
#: What the cue reports: words said, or a belief, a stance or a finding put to a source.
CueKind = Literal["speech", "belief", "stance", "finding"]
LinkKind = Literal["social", "subscribe", "survey", "tracking", "video", "other"]
SpeakerKind = Literal["person", "organization", "group", "document", "unknown"]
PageKind = Literal[
    "article", "listing", "collection", "forum", "product", "documentation", "service",
]
#: Where a value came from: the producer's input, the feed item, the page, the text's headline.
DateSource = Literal["input", "feed", "page"]
TitleSource = Literal["input", "page", "headline"]
#: Steps of the enrichment that can be left out for an article (``skipped``).
Step = Literal["entities", "quotes", "speakers"]


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


class Part(BaseModel):
    """A nested value of an event: frozen and strict like the event itself."""

    model_config = ConfigDict(frozen=True, extra="forbid")


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


class Span(Part):
    """A piece of ``title`` or ``body``: ``getattr(article, field)[start:end] == text``."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    field: Field_


class Link(Part):
    """A link removed with boilerplate, kept as data."""

    url: str
    label: str = Field(description="The words of the link's line or anchor without the URLs "
                       "(the line itself when it has none), at most 300 characters")
    kind: LinkKind = "other"


class RemovedLine(Part):
    """A boilerplate line taken out of the article, and why."""

    text: str
    why: Literal["rule", "learned"] = "rule"
    rule: str = Field(description="The rule that matched, e.g. 'subscribe', 'social', 'template'")


class Boilerplate(Part):
    """Everything stripped from the article, kept as data."""

    removed_lines: list[RemovedLine] = Field(default_factory=list)
    links: list[Link] = Field(default_factory=list)
    source_hint: str | None = None


class Entity(Part):
    """One named entity of an article with all its mentions."""

    entity_id: str = Field(description="Stable id from type and normalised name")
    name: str = Field(description="Canonical name: the longest full form in the article")
    type: EntityType
    role: str | None = None
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)
    count: int = Field(ge=0)
    salience: float = Field(ge=0, le=1)


class Quote(Part):
    """A quotation or reported speech, with who said it."""

    quote_id: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    field: Field_
    kind: QuoteKind
    cue_kind: CueKind = Field(
        default="speech",
        description="What the cue reports: 'speech' (said, wrote, according to; every direct "
        "quote), 'belief' (what the source thinks, wants, hopes, plans, or appears or is "
        "expected to do), 'stance' (whom or what it supports, opposes, endorses, calls for) "
        "or 'finding' (what a poll, study or record shows or found); all but 'speech' are "
        "indirect",
    )
    cue: Span | None = None
    speaker: str | None = Field(
        default=None,
        description="Who said it: a person's or organisation's canonical name, or the phrase "
        "of an unnamed group or document ('officials', 'lawsuit'); never a pronoun",
    )
    speaker_id: str | None = Field(default=None, description="entity_id of the speaker")
    speaker_mention: Span | None = None
    speaker_kind: SpeakerKind = Field(
        default="unknown",
        description="What the speaker is: a named person or organisation, an unnamed group "
        "('officials'), a document ('the lawsuit'), or unknown",
    )
    unclosed: bool = False
    group_id: str | None = Field(default=None, description="Shared by the parts of a split quote")
    sentence: Span | None = None


class PageMetadata(Part):
    """What a web page says about itself (JSON-LD, OpenGraph, meta tags, its text)."""

    title: str | None = None
    authors: list[str] = Field(default_factory=list)
    published_at: datetime | None = None
    modified_at: datetime | None = None
    site_name: str | None = None
    canonical_url: str | None = None
    language: str | None = Field(default=None, description="The page's own language hint")
    description: str | None = None


class Dateline(Span):
    """The dateline that opens a wire story (``BUCHAREST, Romania (AP) —``), kept in the text."""

    place: str | None = Field(default=None, description="The place it names, e.g. 'Bucharest'")


class Skipped(Part):
    """A step of the enrichment left out for this article, and why."""

    step: Step
    reason: str


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
