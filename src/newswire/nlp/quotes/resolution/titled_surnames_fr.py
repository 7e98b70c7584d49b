"""A French speaker written as a title and a surname (``Mme Thibodeau``, ``la Dre
Bouchard-Gill``, ``l'agent Pagé``) is the person the article named in full with that surname.

French news names a person in full once (``Mélissa Thibodeau``, ``Dre Nadia Bouchard-Gill``,
``l'agent Mathieu Pagé``) and then by an honorific, a title or a rank before the surname
alone: ``soupire Mme Thibodeau``, ``La Dre Bouchard-Gill assure``, ``a affirmé l'agent
Pagé``. When the model's span takes the title in (or finds no name and the speaker is the
phrase), the quote's speaker was written ``Mme Thibodeau`` or ``agent Pagé``, not the person:
of every desk (a Québec court report, a Paris social page, an Abidjan sports page). Such a
speaker is the one person of the article whose full name ends with that surname; with no
such person, a title before a full name (``Maître Ange-Olivier Koné``) is left out of it.
Pure: the events' parts only.
"""

from __future__ import annotations

from collections.abc import Sequence

from newswire.models import Entity, Quote
from newswire.nlp.quotes.lexicon import words

__all__ = ["titled_surnames"]

#: Honorifics, titles and ranks written before a surname, lower case and without a stop.
_TITLES = words("""
    m mme mlle dr dre pr me maître mgr docteur docteure professeur professeure agent agente
    sergent sergente caporal caporale lieutenant lieutenante capitaine inspecteur inspectrice
    enquêteur enquêteuse enquêtrice commandant commandante colonel juge
""")


def titled_surnames(quotes: Sequence[Quote], entities: Sequence[Entity]) -> list[Quote]:
    """``quotes``, each whose speaker is a title and a surname given the person of the
    article with that surname, if one; a title before a full name left out."""
    people = [e for e in entities if e.type == "PERSON" and " " in e.name
              and not _titled(e.name)]
    return [_untitled(quote, people) for quote in quotes]


def _titled(name: str) -> bool:
    first, _, rest = name.partition(" ")
    return first.lower().rstrip(".") in _TITLES and rest[:1].isupper()


def _untitled(quote: Quote, people: list[Entity]) -> Quote:
    speaker = quote.speaker
    if speaker is None or quote.speaker_kind not in ("person", "group") or not _titled(speaker):
        return quote
    rest = speaker.partition(" ")[2]
    found = {e.entity_id: e for e in people if e.name == rest or e.name.endswith(" " + rest)}
    if len(found) == 1:
        entity = next(iter(found.values()))
        return quote.model_copy(update={"speaker": entity.name, "speaker_id": entity.entity_id,
                                        "speaker_kind": "person"})
    if not found and quote.speaker_kind == "person" and " " in rest:
        return quote.model_copy(update={"speaker": rest})  # "Maître Ange-Olivier Koné"
    return quote
