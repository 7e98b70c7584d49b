"""``the chief`` is the Chief, not the Deputy Chief: a description names the holder of the office
itself before the holder of a lesser, former or higher one that shares its noun.

A title is a set of words (:mod:`.titles`): ``Deputy Chief Sarah Moonias`` holds ``deputy``
and ``chief``, so ``the chief`` would find her as readily as ``Chief Wesley Kakegamic``.
The words below make another office of the same noun (``deputy mayor``, ``vice-president``,
``former premier``, ``Grand Chief``); they count only when the description lacks them (``the
former mayor`` still finds the former mayor).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newswire.models import Entity, Field_
from newswire.nlp.quotes.referents import EntityIndex, Referent

__all__ = ["OTHER_OFFICE_WORDS", "office_entity", "same_office"]

OTHER_OFFICE_WORDS = frozenset((
    "deputy", "vice", "assistant", "associate", "former", "ex", "grand"))


def same_office(head: Token, people: Sequence[Referent]) -> list[Referent]:
    """The ``people`` whose titles make no other office of ``head``'s noun; all if none do."""
    own = {c.lower_.rstrip(".-") for c in head.children if c.dep_ in ("amod", "compound")}
    holders = [r for r in people if not (r.titles & OTHER_OFFICE_WORDS) - own]
    return holders or list(people)


def office_entity(head: Token, entities: EntityIndex, field: Field_) -> Entity | None:
    """``the Parliamentary Budget Officer`` when no person holds that title: the office, an
    organisation of several words the entities stage found there, not the person last named
    (``the Wisconsin Republican`` is no organisation: it stays a description)."""
    entity = entities.at(field, head.idx)
    if entity is None or entity.type != "ORG" or " " not in entity.name:
        return None
    return entity
