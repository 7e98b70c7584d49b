"""How English usually writes a word: the shipped casing table (``data/casing.json.gz``).

Re-casing text in capitals reads it (``WIN`` is ``win``, ``NATO`` stays: :mod:`.recase`), and
so do the rules that ask whether a word is a common one English writes in lower case
(``Scores`` is no name) rather than a name: clusters, identities, titles, the quotes
package's written names.  Kept apart from :mod:`.recase` (which needs spaCy) so that those
readers, the cross-article registry's identities among them, import without spaCy.  Pure:
the standard library only.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = ["Casing", "casing"]


@dataclass(frozen=True)
class Casing:
    """How English words are usually written: lower case, capitals, else capitalised."""

    lower: frozenset[str]
    upper: frozenset[str]


@cache
def casing() -> Casing:
    """The shipped table, read once per process."""
    data = resources.files("newswire").joinpath("data/casing.json.gz").read_bytes()
    raw = json.loads(gzip.decompress(data))
    return Casing(frozenset(raw["lower"].split()), frozenset(raw["upper"].split()))
