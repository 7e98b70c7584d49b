"""The words the quote machinery reads, per language, looked up from a doc's language.

Cues, speakers and gender read their words (verbs of saying, pronouns, titles...) through
:func:`lexicon_of`, so one set of rules serves every language that has a lexicon:
English (:mod:`.lexicon_en`, the words the rules were written with) and French
(:mod:`.lexicon_fr`). A doc in any other language reads the English one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from newswire.nlp.quotes.gender import Gender


@dataclass(frozen=True)
class Lexicon:
    """The words of one language that cues, speakers and gender depend on."""

    speech_verbs: frozenset[str]  # lemmas
    according: tuple[tuple[str, ...], ...]  # "according to", "selon": the speaker follows
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    pronoun_gender: Mapping[str, Gender]
    relative_pronouns: frozenset[str]
    definite: frozenset[str]  # "the": only a definite description points back to a name
    org_nouns: frozenset[str]  # "the company" speaks for the organisation last named
    female_words: frozenset[str]
    male_words: frozenset[str]
    speech_forms: frozenset[str] = frozenset()  # inflected forms, where lemmas are unreliable
    incise: re.Pattern[str] | None = None  # ", a-t-il dit": where a line of dialogue stops


@cache
def _lexicons() -> dict[str, Lexicon]:
    # Imported here: the English lexicon is made of the constants of the modules that call us.
    from newswire.nlp.quotes.lexicon_en import ENGLISH
    from newswire.nlp.quotes.lexicon_fr import FRENCH

    return {"en": ENGLISH, "fr": FRENCH}


def lexicon_for(language: str) -> Lexicon:
    """The lexicon of ``language`` (ISO 639-1), English when there is none."""
    lexicons = _lexicons()
    return lexicons.get(language, lexicons["en"])


def lexicon_of(doc: Doc) -> Lexicon:
    """The lexicon of the language ``doc`` was analysed in."""
    return lexicon_for(doc.lang_)
