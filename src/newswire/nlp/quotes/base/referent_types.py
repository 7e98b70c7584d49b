"""What a referent is: the record of a person, organisation, group or document a doc names
(:class:`Referent`), what an entity type is as a speaker, and the article's entities by the
character offsets of their mentions (:class:`EntityIndex`).

Moved out of :mod:`~newswire.nlp.quotes.resolution.referents` (which finds the referents in a doc).
May import the models and :mod:`~newswire.nlp.quotes.base.gender`'s ``Gender``; never a module
that finds speakers or referents (they import this one).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from newswire.models import Entity, Field_, SpeakerKind
from newswire.nlp.quotes.base.gender import Gender

__all__ = [
    "ENTITY_KINDS",
    "EntityIndex",
    "QuotedFn",
    "Referent",
    "ReferentKind",
    "speaker_kind",
]

ReferentKind = Literal["person", "organization", "group", "document"]
QuotedFn = Callable[[int], bool]


#: What an entity type is as a speaker: a country or city speaks through its government.
ENTITY_KINDS: dict[str, ReferentKind] = {
    "PERSON": "person", "ORG": "organization", "GPE": "organization", "NORP": "group",
    "LAW": "document", "WORK_OF_ART": "document",
}


@dataclass(frozen=True)
class Referent:
    """A person, organisation, group or document named at ``start`` (a character of the doc)."""

    start: int
    name: str
    kind: ReferentKind
    subject: bool
    main: bool = False  # the subject of its sentence's main clause, not of an embedded one
    entity_id: str | None = None
    titles: frozenset[str] = frozenset()
    gender: Gender | None = None
    plural: bool = False
    noun: str = ""  # the head noun's lemma of an unnamed referent: "partner" in "a partner at"
    place: bool = False  # a country or city (GPE): it speaks as an organisation, yet is none
    several: bool = False  # an unnamed plural noun ("extremist groups"): never an "it"
    speaks: bool = False  # one unnamed person who says something: a later "she" may be them
    lone: bool = False  # a vox pop's lone first name ("Léa, 29 ans,"): only a pronoun recalls it


def speaker_kind(label: str) -> SpeakerKind:
    """The speaker kind of an entity type (``unknown`` for dates, products, events ...)."""
    return ENTITY_KINDS.get(label, "unknown")


class EntityIndex:
    """The article's entities by the character offsets of their mentions, per field."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        self.entities = tuple(entities)
        spans: dict[str, list[tuple[int, int, Entity]]] = {}
        for entity in entities:
            for mention in entity.mentions:
                spans.setdefault(mention.field, []).append((mention.start, mention.end, entity))
        self._spans = {field: sorted(found, key=lambda s: s[:2]) for field, found in spans.items()}
        self._starts = {field: [s for s, _, _ in found] for field, found in self._spans.items()}

    def at(self, field: Field_, char: int) -> Entity | None:
        """The entity with a mention holding character ``char`` of ``field``."""
        starts = self._starts.get(field, [])
        at = bisect.bisect_right(starts, char) - 1
        while at >= 0:
            start, end, entity = self._spans[field][at]
            if start <= char < end:
                return entity
            if char - start > 200:  # no mention is that long: stop looking back
                return None
            at -= 1
        return None

    def mentions(self, field: Field_) -> list[tuple[int, int, Entity]]:
        """Every mention of ``field``, in text order."""
        return self._spans.get(field, [])
