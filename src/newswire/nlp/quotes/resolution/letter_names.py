"""A speaker's name written in capitals: an organisation's letters (``CUPE said``,
``SEIU-West said``), never a person's name.

Moved out of :mod:`newswire.nlp.quotes.resolution.referents` (a module near the size limit);
the referents, the named speakers and the French acronym nouns ask it.
"""

from __future__ import annotations

__all__ = ["is_acronym", "is_acronym_led"]


def is_acronym(name: str) -> bool:
    """``CUPE``, ``NDP``: one word of capitals, two letters or more."""
    return " " not in name and len(name) > 1 and name.isupper() and name.isalpha()


def is_acronym_led(name: str) -> bool:
    """``SEIU-West``, ``UFCW-Canada``: one word opening with three capitals or more and a
    hyphen, as a union local or a national branch writes its name."""
    first, hyphen, _ = name.partition("-")
    return bool(hyphen) and " " not in name and len(first) > 2 and is_acronym(first)
