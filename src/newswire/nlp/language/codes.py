"""Language codes as inputs write them, made into ISO 639-1 (``fr-FR``, ``fra``, ``FR`` -> ``fr``).

Parsing is langcodes' (BCP 47, ISO 639-2/3 aliases, deprecated codes such as ``iw``); what is
not a language (``xx``, ``french``, ``123``, an empty string) is ``None``, never an exception.
"""

from __future__ import annotations

import langcodes

__all__ = ["UNDETERMINED", "iso639_1"]

#: The code of a text whose language cannot be told (ISO 639-2 "undetermined").
UNDETERMINED = "und"
_LONGEST_TAG = 64


def iso639_1(value: str | None) -> str | None:
    """The two-letter code ``value`` names, or ``None`` when it names no language."""
    if not value:
        return None
    tag = value.strip().replace("_", "-")
    if not tag or len(tag) > _LONGEST_TAG or not langcodes.tag_is_valid(tag):
        return None
    try:
        language = langcodes.Language.get(tag).language
    except (ValueError, LookupError):
        return None
    if not language or language == UNDETERMINED:
        return None
    if len(language) == 2:
        return language
    # langcodes prefers the newer three-letter code for a few ("tl" -> "fil"): keep the input's.
    primary = tag.split("-", 1)[0].lower()
    return primary if len(primary) == 2 else None
