"""A French regional office of a national body speaks with its region: the article's
``l’Agence régionale de santé (ARS) Nouvelle-Aquitaine`` is the speaker of ``L’agence
précise ...`` and ``Selon l’ARS, ...``, not ``Agence régionale de santé``.

French public bodies with one office per region or département (agences régionales de
santé, chambres régionales des comptes, directions départementales, conseils
départementaux) are named by their sort, then the place, often with the acronym in brackets
between and no preposition.  The model's entity stops at the sort, so every quote resolved to
it, by name, by ``l’agence``, ``elle`` or the acronym, spoke as the one national body, a name
no reader can place (:mod:`.regional_names_fr` keeps the place in a phrase speaker; this does
it for the entity); and when the model made the place an entity of its own, a quote whose
subject is the whole name spoke as the place.  The name as the article prints it with its
place is the speaker, found once per article; a sort the article places in two regions, or
in none it knows, stays as it was.  A construction of a kind of press, not of one writer:
every regional desk names these offices so.

The name's shape is the one :func:`~.regional_names_fr.regional_end` reads on a phrase's tokens
(sort, bracketed acronym, ``de``, a run of place words): this pass runs on the quotes once they
are made, with the tokens gone, so it reads the body's text by pattern; keep the two in step.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from newswire.models import Entity, Quote
from newswire.nlp.entities.words.aliases import table
from newswire.nlp.quotes.base.parse_labels import PLACE_LABELS

__all__ = ["with_regional_offices"]

#: A sort of office with one per region or département: the name holds its adjective.
_REGIONAL = re.compile(r"\b(?:régional|régionale|régionaux|départemental|départementale)\b",
                       re.IGNORECASE)
#: What may stand between the sort and its place: an acronym in brackets, then ``de``.
_BETWEEN = r"(?:\s*\(\s*[A-ZÉ][A-Za-zÉ-]+\s*\))?\s+(?:(?:de|du|d['’])\s*)?"
#: A place's name: capitalised words, hyphened or linked (``Centre-Val de Loire``,
#: ``Provence-Alpes-Côte d’Azur``).
_PLACE = (r"([A-ZÉÈÎÔÂ][\w’'-]*(?:(?:\s(?:de|du|des|et|la)\s|\s|\sd['’]|\sl['’])"
          r"[A-ZÉÈÎÔÂ][\w’'-]*)*)")
#: France's regions, which name most such offices and which the model often leaves untagged
#: (``d'Ile-de-France``), compared without accents.
_REGIONS = frozenset((
    "auvergne-rhone-alpes", "bourgogne-franche-comte", "bretagne", "centre-val de loire",
    "corse", "grand est", "hauts-de-france", "ile-de-france", "normandie",
    "nouvelle-aquitaine", "occitanie", "pays de la loire", "provence-alpes-cote d'azur",
    "guadeloupe", "martinique", "guyane", "la reunion", "reunion", "mayotte"))
#: Entities a place's words never are (``l'ARS Jean Dupuis``).
_NO_PLACE_TYPES = frozenset(("PERSON",))


def with_regional_offices(quotes: list[Quote], entities: Sequence[Entity], body: str
                          ) -> list[Quote]:
    """The quotes with each regional office's sort name (``Agence régionale de santé``), or
    its place read alone inside its printed name, replaced by that printed name."""
    sorts = {q.speaker for q in quotes if q.speaker_kind == "organization" and q.speaker
             and _REGIONAL.search(q.speaker)}
    if not sorts:
        return quotes
    places = _place_names(entities)
    offices: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    for sort in sorts:
        placed = _placed(sort, entities, body, places)
        if placed is not None:
            offices[sort] = placed
    if not offices:
        return quotes
    ids = {e.name: e.entity_id for e in entities if e.name in offices}
    return [_as_office(q, offices, ids) for q in quotes]


def _as_office(quote: Quote, offices: dict[str, tuple[str, list[tuple[int, int]]]],
               ids: dict[str, str]) -> Quote:
    """The quote spoken by the office its speaker is the sort of, or whose printed name its
    speaker's mention lies in (the place the model read alone)."""
    if quote.speaker_kind != "organization":
        return quote
    if quote.speaker in offices:
        return quote.model_copy(update={"speaker": offices[quote.speaker][0]})
    mention = quote.speaker_mention
    if mention is None or mention.field != "body":
        return quote
    for sort, (name, spans) in offices.items():
        if any(start <= mention.start and mention.end <= end for start, end in spans):
            return quote.model_copy(update={"speaker": name, "speaker_id": ids.get(sort)})
    return quote


def _place_names(entities: Sequence[Entity]) -> frozenset[str]:
    """The article's names that may be places (every form, lower case): the model types a
    region an organisation as often as a place (``Nouvelle-Aquitaine``)."""
    return frozenset(form.lower() for e in entities if e.type not in _NO_PLACE_TYPES
                     for form in (e.name, *e.aliases))


def _placed(sort: str, entities: Sequence[Entity], body: str, places: frozenset[str]
            ) -> tuple[str, list[tuple[int, int]]] | None:
    """The sort's one printed name with a place after it (its own or its acronym's) and
    where the body prints it, or None when the article gives it no place or several."""
    acronyms = [a for e in entities if e.name == sort for a in e.aliases
                if a.isupper() and a.isalpha() and len(a) >= 2]
    found: dict[str, str] = {}
    spans: list[tuple[int, int]] = []
    for name in (sort, *acronyms):
        # The sort in any case ("l'agence régionale de santé"), the acronym as written.
        written = f"(?i:{re.escape(name)})" if name == sort else re.escape(name)
        pattern = re.compile(r"(?<!\w)(" + written + _BETWEEN + _PLACE + r")")
        for match in pattern.finditer(body):
            place = _known_place(match.group(2), places)
            if place is not None:
                end = match.start(2) + len(place)
                found.setdefault(place.lower(), body[match.start(1):end])
                spans.append((match.start(1), end))
    if len(found) != 1:
        return None
    return next(iter(found.values())), spans


def _known_place(words: str, places: frozenset[str]) -> str | None:
    """The longest run of ``words`` from their start that names a place the article or the
    alias table knows (``Nouvelle-Aquitaine`` of ``Nouvelle-Aquitaine Jean``)."""
    parts = words.split(" ")
    for n in range(len(parts), 0, -1):
        candidate = " ".join(parts[:n])
        if candidate.lower() in places or _plain(candidate) in _REGIONS:
            return candidate
        known = table().lookup(candidate)
        if known is not None and known.type in PLACE_LABELS:
            return candidate
    return None


def _plain(words: str) -> str:
    """``Île-de-France`` as ``ile-de-france``: lower case, no accents, straight apostrophes."""
    decomposed = unicodedata.normalize("NFD", words.lower().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
