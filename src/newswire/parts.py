"""The values nested inside newswire's events: spans, entities, quotes, boilerplate, the
page's metadata and the dateline, with the closed vocabularies (``Literal`` types) they use.

Each is a frozen :class:`Part` that rejects unknown fields, like the events that carry them
(:mod:`newswire.models`, which re-exports every name here: the wire schema is imported from
there).
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "Boilerplate", "CueKind", "Dateline", "Entity", "EntityType", "Field_", "Link", "LinkKind",
    "PageMetadata", "Part", "Quote", "QuoteKind", "RemovedLine", "Skipped", "Span",
    "SpeakerKind", "Step",
]

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
#: Steps of the enrichment that can be left out for an article (``skipped``).
Step = Literal["entities", "quotes", "speakers"]


class Part(BaseModel):
    """A nested value of an event: frozen and strict like the event itself."""

    model_config = ConfigDict(frozen=True, extra="forbid")


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
