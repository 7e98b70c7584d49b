"""A word that describes the one named, taken into the name by the model.

News writes a common noun before a name, capitalised when it opens the sentence or as a
tag: "Chipmaker Veltrix said", "Frenchman Jean Alesi came fourth", "Midfielder Paulo
Sousa". The small model reads the pair as one name (``Chipmaker Veltrix`` beside
``Veltrix``) or mistypes it; the word goes, and it says what the rest is: a company after
an industry's noun, a person after a person's noun. Nouns that are also surnames or
brands ("Singer", "Bowler", "Brewer", "Turk") are left alone; an adjective of nationality
goes only before a full name the model read as a person's ("Belgian Bruno Thiry", not
"American Airlines").
"""

from __future__ import annotations

import re

from newswire.nlp.entities.companies import OPENS_NAMES, ORG_NOUNS, word_set

__all__ = ["descriptor", "is_nationality"]

#: Nouns of an industry (:data:`.companies.ORG_NOUNS`, less those opening names: "Bank
#: Leumi", "Daily Mail"): what follows is a company.
_COMPANY_NOUNS = frozenset(n.capitalize() for n in ORG_NOUNS - OPENS_NAMES)
#: Nouns only people are: what follows is a person.
_PERSON_NOUNS = word_set("""
    Frenchman Frenchwoman Englishman Englishwoman Dutchman Dutchwoman Irishman Irishwoman
    Scotsman Scotswoman Welshman Welshwoman Spaniard Briton Swede
    Kiwi Aussie Compatriot Countryman Countrywoman Midfielder Striker Defender Goalkeeper
    Goaltender Goalie Winger Quarterback Pitcher Outfielder Infielder Batsman
    Sprinter Teenager Veteran Rookie Actor Actress Rapper Novelist Filmmaker
    Comedian Businessman Businesswoman Billionaire Entrepreneur Activist Journalist Columnist
    Photographer Designer Left-back Right-back Full-back Centre-back Playmaker
""")
#: Adjectives of nationality: left out only before a name the model read as a person's
#: ("Belgian Bruno Thiry", "American Kimberly Po"); "American Airlines" keeps its own.
_NATIONALITIES = word_set("""
    American Canadian Mexican Brazilian Argentine Chilean Colombian Peruvian Venezuelan Cuban
    British English Scottish Welsh Irish French German Dutch Belgian Swiss Austrian Italian
    Spanish Portuguese Swedish Norwegian Danish Finnish Icelandic Polish Czech Slovak
    Hungarian Romanian Bulgarian Greek Turkish Russian Ukrainian Serbian Croatian Bosnian
    Slovenian Albanian Estonian Latvian Lithuanian Israeli Palestinian Lebanese Syrian
    Jordanian Iraqi Iranian Saudi Egyptian Moroccan Algerian Tunisian Libyan Nigerian
    Kenyan Ethiopian Ghanaian Ugandan Zimbabwean Chinese Japanese Korean Taiwanese
    Vietnamese Thai Indonesian Malaysian Filipino Indian Pakistani Afghan Bangladeshi
    Australian Zealander Kazakh Georgian Armenian Sudanese Somali Congolese Rwandan
""")
#: Two or three words as a person's are written ("Bruno Thiry"; not "People's Party").
_PERSONS_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}$")
#: The rest of the span: capitalised words only ("Jean Alesi", "Veltrix").
_NAME_REST = re.compile(r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|da|van|von|der|le|la))*$")


def descriptor(text: str, start: int, end: int, label: str) -> tuple[int, str]:
    """Where the name starts in ``text[start:end]`` once a leading describing word is left
    out, and the type it then has; ``(start, label)`` when it opens with none."""
    first, _, rest = text[start:end].partition(" ")
    if not rest or not _NAME_REST.match(rest):
        return start, label
    if first in _COMPANY_NOUNS or (first.endswith("maker") and first[:1].isupper()):
        return start + len(first) + 1, "ORG"
    if first in _PERSON_NOUNS:
        return start + len(first) + 1, "PERSON"
    if label == "PERSON" and first in _NATIONALITIES and _PERSONS_NAME.match(rest):
        return start + len(first) + 1, label
    return start, label


def is_nationality(name: str) -> bool:
    """Whether ``name`` is one adjective of nationality ("Romanian" of "the Romanian health
    ministry", which the model reads as an organisation once its lower-case words go)."""
    return name in _NATIONALITIES
