"""When the wider gazetteer (``data/places.json.gz``: pycountry, GeoNames) overrules the model.

Its names are many and often people's or companies' too ("Bush" is a town in Egypt, "Toyota"
a city in Japan), so it decides only a split vote: a name the model read as a person or an
organisation at some mentions and as something else at others. Measured on PolNeAR train
(political news), overruling a unanimous vote turned Bush, Kennedy and "dos Santos" into
places; on CoNLL train (sports results), it helped little more than the split vote does.
The words around a mention (:func:`place_cue`: "Surrey council", "Lincoln, Nebraska", "the
town of Kaolack"; :func:`preposition_before` against a person's vote: "in Grozny") count as
a place's vote, so such a unanimous vote becomes a split one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newswire.models import EntityType
from newswire.nlp.entities.aliases import table
from newswire.nlp.entities.firstnames import is_first_name
from newswire.nlp.entities.names import normalise, words

if TYPE_CHECKING:
    from newswire.nlp.entities.mentions import Mention

__all__ = [
    "CONFUSIONS", "confusable", "overrules", "place_cue", "place_noun_after", "preposition_before",
    "spelled",
]

#: Types the wider gazetteer may overrule; not LOC, which the model gives regions rightly
#: ("the South", "Long Island", which Cameroon's and the Bahamas' regions would make GPE).
CONFUSIONS = frozenset({"GPE", "FAC", "PERSON", "ORG"})

#: Nouns of a place's institutions and people, written right after its name ("Surrey
#: council", "Kamloops fire crews", "Winnipeg's mayor"): a person or a company has none
#: ("the Bush administration", "the Toyota plant").
_PLACE_NOUNS = ("council", "councillors?", "councilors?", "police", "residents", "mayor",
                "city hall", "fire", "firefighters", "school board", "school district",
                "hospital", "airport", "neighbou?rhoods?", "city")
_PLACE_NOUN_AFTER = re.compile(r"(?:['’]s)?[ \t]+(?:" + "|".join(_PLACE_NOUNS) + r")\b")
#: A company named after a place is "X-based" nowhere ("an Edmonton-based firm").
_BASED_AFTER = re.compile(r"-based\b")
#: The state or province a city's name is followed by ("Moncton, N.B.", "Dayton, Ohio"):
#: up to three capitalised words, or the usual abbreviations, then no more of a name.
_REGION_AFTER = re.compile(r",[ \t]+((?:[A-Z][\w.]*[ \t]?){1,3}?)(?=[ \t]*(?:[,.;:)\n(]|$|-[ \t]))")
#: The usual abbreviations of US states and Canadian provinces ("N.B.", "Calif."), dotted.
_REGION_ABBREVIATIONS = frozenset({
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.",
    "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.",
    "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.",
    "S.C.", "S.D.", "Tenn.", "Va.", "Vt.", "Wash.", "Wis.", "W.Va.", "Wyo.", "D.C.", "Alta.",
    "B.C.", "Man.", "N.B.", "N.L.", "N.S.", "Ont.", "P.E.I.", "Que.", "Sask.",
})
#: Words before a name that make it a place ("the Chechen capital Grozny", "the town of
#: Doboj", "Serb-held Doboj").
_PLACE_BEFORE = re.compile(r"(?:\bcapital(?:[ \t]+of)?|\b(?:town|city|village|suburb|"
                           r"outskirts|province|port)[ \t]+of|-held)[ \t]+$")
#: A preposition of place before a name, no possessive after it ("talks in Dayton", "a
#: village near Grozny"; not "faith in Bush's plan"). Not "to" or "from", which persons
#: and companies take as often ("sold to Toyota", "an M.F.A. from Columbia").
_PREPOSITION_BEFORE = re.compile(r"(?:^|[ \t(])(?:in|near|outside)[ \t]+$")
_POSSESSIVE_AFTER = re.compile(r"['’]")


def place_noun_after(text: str, end: int) -> bool:
    """Whether a noun of a place's institutions or people follows the name ending at ``end``."""
    return bool(_PLACE_NOUN_AFTER.match(text, end))


def place_cue(text: str, start: int, end: int) -> bool:
    """Whether the words around the name at ``[start, end)`` make it a place: a place's noun
    after it (:func:`place_noun_after`), "-based", its state or province after a comma
    ("Moncton, N.B."), or "capital", "town of", "-held" before it."""
    return (place_noun_after(text, end) or bool(_BASED_AFTER.match(text, end))
            or _region_after(text, end)
            or bool(_PLACE_BEFORE.search(text, max(0, start - 20), start)))


def preposition_before(text: str, start: int, end: int) -> bool:
    """Whether "in", "near" or "outside" stands before the name at ``[start, end)``, with no
    possessive after it: a place's preposition, but a company's too ("shares in Toyota")."""
    return bool(_PREPOSITION_BEFORE.search(text, max(0, start - 10), start)
                and not _POSSESSIVE_AFTER.match(text, end))


def _region_after(text: str, end: int) -> bool:
    found = _REGION_AFTER.match(text, end)
    if not found:
        return False
    region = found.group(1).strip()
    return region in _REGION_ABBREVIATIONS or normalise(region) in table().regions


def overrules(name: str, voted: EntityType | None, mentions: Sequence[Mention], *,
              titled: bool, full_names: frozenset[str]) -> bool:
    """Whether ``name``, a place of the wider gazetteer, is a GPE though the model voted
    ``voted`` over ``mentions``; ``titled``: a title stood before it; ``full_names``: the
    article's persons' names of two words or more, normalised."""
    key = normalise(name)
    if key not in table().gazetteer or not confusable(key, voted, mentions):
        return False
    if voted not in ("PERSON", "ORG"):
        return True
    every = all(m.label == voted for m in mentions if m.label) and not _place_noun(key, mentions)
    if voted == "ORG":
        return not every  # "Toyota said", read so at every mention, is the company
    # "in Grozny" is a place's, where a person's name seldom stands ("shares in Toyota" is
    # a company's): it counts against a person's vote only.
    every = every and not any(m.place_in for m in mentions)
    return not ((every and not _region_of_words(key)) or titled
                or _named_person(key, full_names))


def confusable(key: str, voted: EntityType | None, mentions: Sequence[Mention]) -> bool:
    """Whether the model's ``voted`` may be overruled: one of :data:`CONFUSIONS`, or a
    product's followed by a place's noun ("Winnipeg police said": PRODUCT)."""
    return (voted is None or voted in CONFUSIONS
            or (voted == "PRODUCT" and _place_noun(key, mentions)))


def _place_noun(key: str, mentions: Sequence[Mention]) -> bool:
    """A mention the words around make a place's (:func:`place_cue`: "Surrey council
    approved") votes for a place, unless a first name opens the name ("Eugene police" is
    rare, "Eugene's family" is not)."""
    parts = words(key)
    return bool(parts) and not is_first_name(parts[0]) and any(m.place_noun for m in mentions)


def _region_of_words(key: str) -> bool:
    """A country's or province's name of two words or more is no person's ("Nova Scotia's
    Michelle Thompson"); a city's may be ("Benito Juarez", a borough of Mexico City)."""
    return " " in key and key in table().regions


def _named_person(key: str, full_names: frozenset[str]) -> bool:
    """A first name opens it ("Eugene"), or another person's full name in the article ends
    with its last word ("Hamilton" beside "Lewis Hamilton")."""
    parts = words(key)
    last = key.rsplit(" ", 1)[-1]
    return bool(parts and (is_first_name(parts[0]) or any(
        other != key and other.rsplit(" ", 1)[-1] == last for other in full_names)))


def spelled(written: str) -> str:
    """A name written in capitals as the gazetteer spells it, when it has the same letters
    ("BANGOR" -> "Bangor"; "BUSH" is no "Būsh")."""
    found = table().gazetteer.get(normalise(written), written)
    return found if found.upper() == written.upper() else written
