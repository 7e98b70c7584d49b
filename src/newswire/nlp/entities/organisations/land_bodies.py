"""Public bodies named by their field and the land they serve: ``Creative Scotland``,
``Ambulance Victoria``, ``Colleges Ontario``, ``Transport Scotland``, ``Cricket Australia``.

British, Irish, Canadian, Australian and New Zealand copy names national and state bodies
so: one to three words English writes in lower case (the field: arts, ambulances, colleges,
transport, a sport), then a country or a first-level region. The small model reads the two
capitalised words as a first name and a surname; no person's name is made so (a person's
first word is a first name, and a surname after a common word is rarely a country or a
province). A name that is itself a place (``Northern Ireland``, ``New South Wales``) or
opens with a word placing it in its land (``Northern Ontario``, ``rural Alberta``) is no
body. Pure: the shipped word tables only.
"""

from __future__ import annotations

from newswire.nlp.entities.words.aliases import table
from newswire.nlp.entities.words.casing import casing
from newswire.nlp.entities.words.firstnames import is_first_name
from newswire.nlp.entities.words.names import normalise

__all__ = ["is_land_body"]

#: Words that place a part of a land (``Northern Ontario``, ``Greater Sydney``): a place,
#: never a body.
_PLACING = frozenset((
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "central", "upper", "lower", "new", "greater", "inner", "outer", "old", "mid", "far",
    "rural", "urban", "downtown", "coastal", "all", "across", "in", "of", "the", "and",
))
#: Lands English also writes as surnames or first names (``Denzel Washington``, ``Michael
#: Jordan``, ``Georgia``): after a word the tables miss as a first name (``Chase``,
#: ``Faith``) they may end a person's name.
_SURNAME_LANDS = frozenset(("washington", "jordan", "israel", "chad", "georgia", "kent"))


def is_land_body(parts: list[str]) -> bool:
    """Whether a name's words are a field's common words and a land after them
    (``Creative Scotland``): a public body's name, not a person's."""
    if not 2 <= len(parts) <= 4:
        return False
    *field, land = parts
    if normalise(land) not in table().regions or land.casefold() in _SURNAME_LANDS \
            or normalise(" ".join(parts)) in table().gazetteer:
        return False
    return all(w[:1].isupper() and not w.isupper() and w.casefold() in casing().lower
               and w.casefold() not in _PLACING and not is_first_name(w) for w in field)
