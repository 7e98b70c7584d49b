"""One-word French names the model reads as people though the sentence says place or time.

``fr_core_news_sm`` labels many towns, villages and stadiums PER when it does not know them
(``le viticulteur de Frontenac``, ``une infirmière ... de Mokolo``, ``sage-femme depuis
quinze ans à Thiers``, ``vers Bordeaux, Pauillac ou Arcachon``, ``la rue Villon``), and a
capitalised day or month opening a sentence (``Mardi, l'accusé ...``). The quotes stage then
gives a pronoun or a role to that "person". French news names a person with a first name,
an honorific or a title at least once, so a lone word the article never writes so, standing
where a place stands, is a place (:func:`lone_place`); a day or a month is no name at all
(:func:`calendar_word`).
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newswire.nlp.entities.firstnames import first_name_gender
from newswire.nlp.entities.orgnames_fr import unaccented

__all__ = ["calendar_word", "lone_place"]

_CALENDAR_WORDS = frozenset((
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier",
    "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre"))
#: Words a place's name follows: a preposition of place, or a street's or a building's noun
#: (a street named after a person, ``rue Villon``, is a place).
_PLACE_WORDS = frozenset(("à", "de", "d'", "d’", "vers", "rue", "avenue", "boulevard", "place",
                          "quai", "stade"))
#: Words before a surname that make it a person's (``M. Thiers``, ``le Dr Mokolo``).
_PERSON_WORDS = frozenset(("M.", "MM.", "Mme", "Mmes", "Mlle", "Me", "Dr", "Dre", "Pr",
                           "Monsieur", "Madame", "Mademoiselle", "Mgr"))


def calendar_word(span: SpacySpan) -> bool:
    """``Mardi`` or ``Janvier`` alone: a day or a month, which names no one."""
    return len(span) == 1 and span[0].lower_ in _CALENDAR_WORDS


def lone_place(span: SpacySpan) -> bool:
    """Whether a one-word span the model read as a person is a place: after ``à``, ``de``,
    ``vers`` or a street's noun, or joined to a place (``Pauillac ou Arcachon``); not a first
    name, and the article's doc never writes it after an honorific or a title, nor as a
    part of a longer person's name (``l'avocat de Muller`` beside ``Gérard Muller``)."""
    if len(span) != 1:
        return False
    word = span[0]
    return (_where_a_place_stands(word) and not _first_name(word.text)
            and not _named_as_person(word))


def _where_a_place_stands(word: Token) -> bool:
    before = word.doc[word.i - 1] if word.i else None
    if before is not None and before.lower_ in _PLACE_WORDS:
        return True
    return word.dep_ == "conj" and word.head.ent_type_ in ("LOC", "GPE")


def _first_name(text: str) -> bool:
    """``Kévin``, ``Jean-Marc``: a first name, alone or hyphenated of first names."""
    return all(first_name_gender(unaccented(part)) is not None for part in text.split("-"))


def _named_as_person(word: Token) -> bool:
    doc = word.doc
    for other in doc.ents:
        if other.label_ in ("PER", "PERSON") and len(other) > 1 and word.text in (
                other[0].text, other[-1].text):
            return True
    return any(token.text == word.text and token.i > 0
               and doc[token.i - 1].text in _PERSON_WORDS for token in doc)
