"""``the chief`` is the Chief, not the Deputy Chief: a description names the holder of the office
itself before the holder of a lesser, former or higher one that shares its noun.

A title is a set of words (:mod:`.titles`): ``Deputy Chief Sarah Moonias`` holds ``deputy``
and ``chief``, so ``the chief`` would find her as readily as ``Chief Wesley Kakegamic``.
The words below make another office of the same noun (``deputy mayor``, ``vice-president``,
``former premier``, ``Grand Chief``, ``Regional Chief``, ``National Chief``); they count only
when the description lacks them (``the former mayor`` still finds the former mayor).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.models import Entity, Field_
from newswire.nlp.quotes.base.referent_types import EntityIndex

__all__ = ["OTHER_OFFICE_WORDS", "office_entity"]

#: Words that make a title another office than its noun alone: the shadow chancellor is not
#: ``the chancellor``, Vice President Biden not ``the president``, the Grand Chief not ``the
#: chief`` (:func:`.role_holders.titled` reads them).
OTHER_OFFICE_WORDS = frozenset((
    "shadow", "deputy", "vice", "assistant", "associate", "lieutenant", "former", "ex",
    "grand", "regional", "national"))


def office_entity(head: Token, entities: EntityIndex, field: Field_) -> Entity | None:
    """``the Parliamentary Budget Officer`` when no person holds that title: the office, an
    organisation of several words the entities stage found there, not the person last named
    (``the Wisconsin Republican`` is no organisation: it stays a description)."""
    entity = entities.at(field, head.idx)
    if entity is None or entity.type != "ORG" or " " not in entity.name:
        return None
    return entity
