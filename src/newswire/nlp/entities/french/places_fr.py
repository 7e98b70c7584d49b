"""One-word French names the model reads as people though the sentence says place or time.

``fr_core_news_sm`` labels many towns, villages and stadiums PER when it does not know them
(``le viticulteur de Frontenac``, ``une infirmière ... de Mokolo``, ``sage-femme depuis
quinze ans à Thiers``, ``vers Bordeaux, Pauillac ou Arcachon``, ``la rue Villon``), and a
capitalised day or month opening a sentence (``Mardi, l'accusé ...``). The quotes stage then
gives a pronoun or a role to that "person". A lone word that stands where a place stands at
every one of its mentions, and is no first name, is a place (:func:`lone_place`); a day or a
month is no name at all (:func:`calendar_word`).

French news names people by their surname alone too (``Trump``, ``Poutine``, ``Mbappé``),
and after ``de`` as often as places (``les partisans de Trump``): one mention that stands
where a person's does (``a lancé Trump``, ``M. Thiers``, ``Gérard Muller``) keeps the
name a person's, and so does ``de`` after a person's kin or counsel (``la fille de Moreau``,
``l'avocat de Dupont``), which no place has. The gazetteer of :mod:`.places` holds cities
only (not Thiers, Arcachon), so it cannot confirm these places.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newswire.nlp.entities.words.firstnames import is_any_first_name

__all__ = ["calendar_word", "lone_place"]

_CALENDAR_WORDS = frozenset((
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier",
    "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre"))
#: Words a place's name follows: a preposition of place, or a street's or a building's noun
#: (a street named after a person, ``rue Villon``, is a place).
_PLACE_WORDS = frozenset(("à", "de", "d'", "d’", "vers", "rue", "avenue", "boulevard", "place",
                          "quai", "stade"))
#: Nouns of a person's kin or counsel, before ``de`` and a name: the name is a person's
#: (``la fille de Moreau``, ``l'avocat de Dupont``, ``l'entourage de Zelensky``).
_KIN_WORDS = frozenset((
    "femme", "mari", "épouse", "époux", "compagne", "compagnon", "veuve", "veuf", "fille",
    "filles", "fils", "père", "mère", "frère", "frères", "sœur", "sœurs", "parents", "proche",
    "proches", "famille", "entourage", "avocat", "avocate", "avocats", "défense",
    "partisans", "soutiens", "porte-parole", "successeur", "prédécesseur"))


def calendar_word(span: SpacySpan) -> bool:
    """``Mardi`` or ``Janvier`` alone: a day or a month, which names no one."""
    return len(span) == 1 and span[0].lower_ in _CALENDAR_WORDS


def lone_place(span: SpacySpan) -> bool:
    """Whether a one-word span the model read as a person is a place: no first name, and
    every mention of the word in the doc stands after ``à``, ``de``, ``vers`` or a street's
    noun, or joined to a place (``Pauillac ou Arcachon``). One mention elsewhere (``a lancé
    Trump``, ``M. Thiers``, ``Gérard Muller``), outside another type's name, makes it a
    person's name."""
    if len(span) != 1 or _first_name(span[0].text):
        return False
    word = span[0]
    return all(_where_a_place_stands(token) for token in word.doc
               if token.text == word.text and not _inside_another_name(token))


def _inside_another_name(token: Token) -> bool:
    """Inside a longer name the model gives another type (``communauté de communes Thiers
    Dore``, LOC): that mention says nothing of the word alone. A one-word mention of another
    type still counts (``M. Ouellette``, read LOC, is a person)."""
    if token.ent_type_ in ("", "PER"):
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.ent_iob_ == "I" or (after is not None and after.ent_iob_ == "I")


def _where_a_place_stands(word: Token) -> bool:
    before = word.doc[word.i - 1] if word.i else None
    if before is not None and before.lower_ in _PLACE_WORDS:
        return not _kin_before(before)
    return word.dep_ == "conj" and word.head.ent_type_ in ("LOC", "GPE")


def _kin_before(preposition: Token) -> bool:
    """``la fille de``, ``l'avocat de``: a person's kin or counsel before ``de`` (a noun:
    ``les communes proches de Frontenac`` is near a place)."""
    if preposition.i == 0 or preposition.lower_ not in ("de", "d'", "d’"):
        return False
    noun = preposition.doc[preposition.i - 1]
    return noun.lower_ in _KIN_WORDS and noun.pos_ != "ADJ"


def _first_name(text: str) -> bool:
    """``Kévin``, ``Jean-Marc``: a first name, alone or hyphenated of first names."""
    return all(is_any_first_name(part) for part in text.split("-"))
