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

    text: str = Field(description="The words of the span, as they stand in the field")
    start: int = Field(ge=0, description="Offset of the span's first character in the field")
    end: int = Field(ge=0, description="Offset just after the span's last character")
    field: Field_ = Field(description="Which text of the article the offsets refer to")


class Link(Part):
    """A link removed with boilerplate, kept as data."""

    url: str = Field(description="The link's URL, absolute when the page's URL is known")
    label: str = Field(description="The words of the link's line or anchor without the URLs "
                       "(the line itself when it has none), at most 300 characters")
    kind: LinkKind = Field(default="other", description="What the link is for, by its host, "
                           "path and label")


class RemovedLine(Part):
    """A boilerplate line taken out of the article, and why."""

    text: str = Field(description="The line as it stood in the input")
    why: Literal["rule", "learned"] = Field(
        default="rule", description="'rule' (a line rule or a page region recognised it) or "
        "'learned' (a template learned from the publisher's other articles)")
    rule: str = Field(description="The rule that matched, e.g. 'subscribe', 'social', 'template'")


class Boilerplate(Part):
    """Everything stripped from the article, kept as data."""

    removed_lines: list[RemovedLine] = Field(
        default_factory=list, description="Lines taken out of the body, in input order")
    links: list[Link] = Field(default_factory=list, description="Links taken out with them")
    source_hint: str | None = Field(
        default=None, description="The publisher a removed line names ('Source: ...')")


class Entity(Part):
    """One named entity of an article with all its mentions."""

    entity_id: str = Field(description="Stable id from type and normalised name")
    name: str = Field(description="Canonical name: the longest full form in the article")
    type: EntityType = Field(description="spaCy's label, French labels mapped to it")
    role: str | None = Field(default=None, description="A title the article gives the "
                             "person, e.g. 'Secretary-General'")
    aliases: list[str] = Field(default_factory=list, description="Other names of it in the "
                               "article")
    mentions: list[Span] = Field(default_factory=list, description="Every place it is named")
    count: int = Field(ge=0, description="How many mentions")
    salience: float = Field(ge=0, le=1, description="How central it is to the article "
                            "(mentions, the title, the first sentences)")


class Quote(Part):
    """A quotation or reported speech, with who said it."""

    quote_id: str = Field(description="Stable id of the quote within its article")
    text: str = Field(description="The words quoted or reported: a quote's without its "
                      "quotation marks; a reported clause's whole, with the quotation marks "
                      "and words of a partial quote it holds")
    start: int = Field(ge=0, description="Offset of the quote's first character in the field")
    end: int = Field(ge=0, description="Offset just after the quote's last character")
    field: Field_ = Field(description="Which text of the article the offsets refer to")
    kind: QuoteKind = Field(description="'direct' (a whole quoted sentence), 'partial' (quoted "
                            "words inside the writer's sentence), 'headline' (a quote in the "
                            "title) or 'indirect' (reported; a reported clause may hold "
                            "partial quotes, each also a quote of its own: spans may overlap)")
    cue_kind: CueKind = Field(
        default="speech",
        description="What the cue reports: 'speech' (said, wrote, according to; every direct "
        "quote), 'belief' (what the source thinks, wants, hopes, plans, or appears or is "
        "expected to do), 'stance' (whom or what it supports, opposes, endorses, calls for) "
        "or 'finding' (what a poll, study or record shows or found); all but 'speech' are "
        "indirect",
    )
    cue: Span | None = Field(default=None, description="The words that report it ('said', "
                             "'according to')")
    speaker: str | None = Field(
        default=None,
        description="Who said it: a person's or organisation's canonical name, or the phrase "
        "of an unnamed group or document ('officials', 'lawsuit'); never a pronoun",
    )
    speaker_id: str | None = Field(default=None, description="entity_id of the speaker")
    speaker_mention: Span | None = Field(default=None, description="Where the text points to "
                                         "the speaker ('he', 'the alliance', a name)")
    speaker_kind: SpeakerKind = Field(
        default="unknown",
        description="What the speaker is: a person (named, or one unnamed person such as "
        "'the mayor' or 'a council spokesperson', whose speaker is that phrase), an "
        "organisation, an unnamed group ('officials', 'the family'), a document ('the "
        "lawsuit'), or unknown",
    )
    unclosed: bool = Field(default=False, description="The quotation mark was never closed "
                           "(the quote runs to the end of its paragraph)")
    group_id: str | None = Field(default=None, description="Shared by the parts of a split quote")
    sentence: Span | None = Field(default=None, description="The sentence holding the quote; "
                                  "of one over 2,000 characters, the words within 500 of it")


class PageMetadata(Part):
    """What a web page says about itself (JSON-LD, OpenGraph, meta tags, its text)."""

    title: str | None = Field(default=None, description="The page's headline")
    authors: list[str] = Field(default_factory=list, description="Every byline, in page order")
    published_at: datetime | None = Field(default=None, description="When the page says it "
                                          "was published, in UTC; implausible dates dropped")
    modified_at: datetime | None = Field(default=None, description="When the page says it was "
                                         "last updated, in UTC")
    site_name: str | None = Field(default=None, description="The publication's name")
    canonical_url: str | None = Field(default=None, description="The page's rel=canonical URL "
                                      "(absolute http(s))")
    language: str | None = Field(default=None, description="The page's own language hint")
    description: str | None = Field(default=None, description="The page's own summary")


class Dateline(Span):
    """The dateline that opens a wire story (``BUCHAREST, Romania (AP) —``), kept in the text."""

    place: str | None = Field(default=None, description="The place it names, e.g. 'Bucharest'")


class Skipped(Part):
    """A step of the enrichment left out for this article, and why."""

    step: Step = Field(description="The step not run")
    reason: str = Field(description="Why, e.g. 'no entity model for de'")
