"""Texts of names and numbers (results tables, standings, lists of prices) in Latin script.

Such a text holds too little of any language for the identifier to be sure ("Amica Wronki 3
Hutnik Krakow 0" reads as nothing in particular), yet the names in it are the article's
content. :func:`names_and_numbers` tells these texts apart from prose the identifier could
not place (paragraphs in several languages, a title alone), so the pipeline can read them
with the model of the configured default language instead of giving up on their entities.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["LATIN_SHARE", "MIN_NAMES", "NAMES_SHARE", "latin_share", "names_and_numbers"]

#: Share of words that must be names (capitalised) or numbers: lists of results and
#: standings in CoNLL eng.train are 0.69 and over (median 0.91), prose 0.1-0.4.
NAMES_SHARE = 0.6
#: Capitalised words a text needs: a title of three words is no table.
MIN_NAMES = 10
#: Share of letters that must be Latin: another script says the text is in some language.
LATIN_SHARE = 0.9
_TOKEN = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")


def names_and_numbers(text: str) -> bool:
    """Whether ``text`` is mostly names and numbers, in Latin script, with enough names."""
    tokens = _TOKEN.findall(text)
    lower = sum(1 for token in tokens if token[0].isalpha() and token[0].islower())
    names = sum(1 for token in tokens if token[0].isalpha() and token[0].isupper())
    if names < MIN_NAMES or lower > (1 - NAMES_SHARE) * len(tokens):
        return False
    return latin_share(text) >= LATIN_SHARE


def latin_share(text: str) -> float:
    """The share of ``text``'s letters that are Latin (0 when it has none)."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    latin = sum(1 for ch in letters if unicodedata.name(ch, "").startswith("LATIN"))
    return latin / len(letters)
