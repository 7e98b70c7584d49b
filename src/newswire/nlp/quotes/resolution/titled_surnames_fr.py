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

from collections.abc import Mapping, Sequence

from newswire.models import Entity, Field_, Quote
from newswire.nlp.quotes.base.gender import name_gender
from newswire.nlp.quotes.lexicon import words
from newswire.nlp.quotes.lexicon_fr import FRENCH

__all__ = ["titled_surnames"]

#: Honorifics, titles and ranks written before a surname, lower case and without a stop.
_TITLES = words("""
    m mme mlle dr dre pr me maître mgr docteur docteure professeur professeure agent agente
    sergent sergente caporal caporale lieutenant lieutenante capitaine inspecteur inspectrice
    enquêteur enquêteuse enquêtrice commandant commandante colonel juge
""")


#: Characters read before a mention for its honorific (``Mademoiselle``).
_HONORIFIC_REACH = 14
#: The gender an honorific or a feminine title says.
_GENDERS = {"m": "m", "monsieur": "m", "mme": "f", "madame": "f", "mlle": "f", "dre": "f",
            "docteure": "f", "professeure": "f", "agente": "f", "sergente": "f",
            "caporale": "f", "lieutenante": "f", "inspectrice": "f", "enquêteuse": "f",
            "enquêtrice": "f", "commandante": "f"}


def titled_surnames(quotes: Sequence[Quote], entities: Sequence[Entity],
                    texts: Mapping[Field_, str]) -> list[Quote]:
    """``quotes``, each whose speaker is a title and a surname given the person of the
    article with that surname, if one; a title before a full name left out."""
    people = [e for e in entities if e.type == "PERSON" and " " in e.name
              and not _titled(e.name)]
    return [_untitled(quote, people, texts) for quote in quotes]


def _titled(name: str) -> bool:
    """Whether ``name`` opens with an honorific, title or rank before a capitalised word."""
    first, _, rest = name.partition(" ")
    return first.lower().rstrip(".") in _TITLES and rest[:1].isupper()


def _untitled(quote: Quote, people: list[Entity], texts: Mapping[Field_, str]) -> Quote:
    """``quote``, its titled speaker (``Mme Thibodeau``) given the one person of ``people``
    with that surname and no other gender than the title says, else without a title before
    a full name; an untitled speaker read for an honorific of the other gender before it."""
    speaker = quote.speaker
    if speaker is None or quote.speaker_kind not in ("person", "group"):
        return quote
    if not _titled(speaker):
        return _other_gender(quote, speaker, texts)
    title, _, rest = speaker.partition(" ")
    said = _GENDERS.get(title.lower().rstrip("."))
    # "a soufflé Mme Tremblay, sa mère" is not the son named Kevin Tremblay (review53)
    found = {e.entity_id: e for e in people if (e.name == rest or e.name.endswith(" " + rest))
             and (said is None or name_gender(e.name, lexicon=FRENCH) in (None, said))}
    if len(found) == 1:
        entity = next(iter(found.values()))
        return quote.model_copy(update={"speaker": entity.name, "speaker_id": entity.entity_id,
                                        "speaker_kind": "person"})
    if not found and quote.speaker_kind == "person" and " " in rest:
        return quote.model_copy(update={"speaker": rest})  # "Maître Ange-Olivier Koné"
    return quote


def _other_gender(quote: Quote, speaker: str, texts: Mapping[Field_, str]) -> Quote:
    """``« … », a soufflé Mme Tremblay, sa mère`` after ``Kevin Tremblay, 19 ans, est
    mort``: the grouping of names gave the mother's mention to the son's entity; an
    honorific just before the mention that says the other gender than the name is someone
    else of that surname, who speaks as written (review53)."""
    mention = quote.speaker_mention
    if mention is None or mention.field not in texts or " " in mention.text \
            or " " not in speaker:  # the grouping's full name only
        return quote
    before = texts[mention.field][max(0, mention.start - _HONORIFIC_REACH):mention.start]
    preceding = before.split()
    said = _GENDERS.get(preceding[-1].lower().rstrip(".")) \
        if preceding and before.endswith(" ") else None
    if said is None or name_gender(speaker, lexicon=FRENCH) in (None, said):
        return quote
    return quote.model_copy(update={"speaker": f"{preceding[-1]} {mention.text}",
                                    "speaker_id": None})
