"""A French body's region or place written after its sort: ``l'agence régionale de santé
Nouvelle-Aquitaine``, ``l'agence régionale de santé (ARS) Centre-Val de Loire``, ``la chambre
d'agriculture Bretagne``, ``l'Agence régionale de santé (ARS) de Guadeloupe``.

French public bodies with one office per region or département are named by their sort and
then the place, often with no preposition and with the acronym in brackets between.  The
parse hangs the place on the noun without ``de`` (or after the brackets), so the source's
phrase stopped before it (:func:`~.phrases.source_phrase`) and every regional office read as
the one national body (``agence régionale de santé``).  The place belongs to the name, and so
does a bracketed acronym inside it: the phrase is the body's name as the article prints it.
A bracketed acronym with no place after it still ends the phrase (``phrase_ends_fr``).

The same name is read again, by a pattern over the body's text, for an organisation entity
(:mod:`.regional_offices_fr`): a place word one reading takes, the other should take too.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newswire.nlp.entities.words.aliases import table
from newswire.nlp.quotes.base.parse_labels import PERSON_LABELS, PLACE_LABELS

__all__ = ["regional_end"]

#: Words that open a place after a body's name (``de Guadeloupe``, ``d'Occitanie``).
_OF = frozenset(("de", "du", "d'", "d’"))
#: Lower-case words inside a place's name (``Centre-Val de Loire``, ``Côte d’Azur``).
_PLACE_LINKS = frozenset(("de", "du", "des", "d'", "d’", "la", "l'", "l’", "-", "et"))


def regional_end(head: Token, end: int) -> int:
    """Just past the place closing the name of the body whose phrase, headed by ``head``,
    ends at ``end``: ``end`` itself when no place follows."""
    doc = head.doc
    start = _after_acronym(doc, end)
    if start < len(doc) and doc[start].lower_ in _OF:
        start += 1
    place_end = _place_run_end(doc, start)
    if place_end == start or not _hangs_on(doc[start], head) \
            or not any(_is_place(t) for t in doc[start:place_end]):
        return end
    return place_end


def _after_acronym(doc: Doc, end: int) -> int:
    """Past ``(ARS)`` at ``end``, or ``end`` when no bracketed acronym is there."""
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        letters = doc[end + 1].text.replace("-", "")
        if len(letters) >= 2 and letters.isalpha() and letters.isupper():
            return end + 3
    return end


def _place_run_end(doc: Doc, start: int) -> int:
    """Just past the capitalised words from ``start``, with the links inside a name."""
    i = start
    # A person's name after the place ("de Bordeaux Jean Dupuis") is no part of it.
    while i < len(doc) and doc[i].ent_type_ not in PERSON_LABELS:
        if _capitalised(doc[i]):
            i += 1
        elif doc[i].lower_ in _PLACE_LINKS and i > start and i + 1 < len(doc) \
                and _capitalised(doc[i + 1]):
            i += 2
        else:
            break
    return i


def _capitalised(token: Token) -> bool:
    """``Loire``, ``Centre-Val``: a word opening with a capital, hyphenated or not."""
    return token.text[:1].isupper() and (token.is_alpha or "-" in token.text)


def _is_place(token: Token) -> bool:
    """A word the model read as a place, or a place's name the alias table knows."""
    if token.ent_type_ in PLACE_LABELS:
        return True
    known = table().lookup(token.text)
    return known is not None and known.type == "GPE"


def _hangs_on(token: Token, head: Token) -> bool:
    """Whether the parse hangs ``token`` inside ``head``'s phrase (not a new clause)."""
    return token.head == head or head in token.ancestors
