"""A named speaker's mention made as whole as the entity's own mention at that place.

The quote stage points at its speaker with the parse's span (:func:`~newswire.nlp.quotes.base.
mention_spans.mention_range`), which is the small model's reading of the name; the entities
stage may have made that name whole since (Irish, Gaelic and Welsh particle surnames: the
model reads ``[Seán Mac] an tSaoi``, ``Rhun ap [Iorwerth]``, ``Cllr [Aoife Nic] an tSaoir``).
The speaker is then the whole name while its mention shows half of it, and a reader
highlighting the mention sees ``Seán Mac``. Where a mention of the speaker's own entity
overlaps the quote's mention and reaches past it, the quote's mention takes in that reach:
the same place, read whole. Only the mention moves: the speaker, its kind and id, and the
quote's span stay as they are; a mention that overlaps no mention of its entity (``he``,
``the minister``) is left alone. Pure: the events' parts only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newswire.models import Entity, Field_, Quote, Span

__all__ = ["whole_mentions"]


def whole_mentions(quotes: Sequence[Quote], entities: Sequence[Entity],
                   texts: Mapping[Field_, str]) -> list[Quote]:
    """``quotes``, each whose named speaker's mention is a piece of a mention of the
    speaker's entity given that whole mention's reach; ``texts``: each field's text."""
    by_id = {entity.entity_id: entity for entity in entities}
    return [_widened(quote, by_id, texts) for quote in quotes]


def _widened(quote: Quote, by_id: Mapping[str, Entity], texts: Mapping[Field_, str]) -> Quote:
    mention = quote.speaker_mention
    entity = by_id.get(quote.speaker_id) if quote.speaker_id else None
    if mention is None or entity is None or mention.field not in texts:
        return quote
    wider = next((m for m in entity.mentions if m.field == mention.field
                  and m.start < mention.end and mention.start < m.end
                  and (m.start < mention.start or m.end > mention.end)), None)
    if wider is None:
        return quote
    start, end = min(mention.start, wider.start), max(mention.end, wider.end)
    text = texts[mention.field]
    if end > len(text):
        return quote
    whole = Span(text=text[start:end], start=start, end=end, field=mention.field)
    return quote.model_copy(update={"speaker_mention": whole})
