"""A name the French model glued to the medium or body words were said to: ``a confié à
l'AFP Laëtitia Roumagnac``, ``a raconté au Nouvelliste Marie-Ange Pierre-Louis``.

An incise puts whom it was said to between the verb and the speaker, and the small model
reads ``AFP Laëtitia Roumagnac`` as one name (a MISC, dropped, or a person named after the
paper). After ``à``/``au``/``aux`` (``à l'``), a span whose second word is a known first name
(or follows an agency's capital letters) and whose first is not one is the addressee's word
and then a person: the person starts at the second word.
"""

from __future__ import annotations

from spacy.tokens import Span

from newswire.nlp.entities.firstnames import first_name_gender
from newswire.nlp.entities.orgnames_fr import unaccented

__all__ = ["person_after_addressee"]

#: Words before the addressee: ``à l'AFP``, ``au Nouvelliste``, ``aux Échos``.
_TO = frozenset(("à", "au", "aux"))
_ARTICLES = frozenset(("l'", "l’", "la", "le", "les"))


def person_after_addressee(span: Span) -> bool:
    """Whether ``span`` opens with the word of a medium or body it follows ``à``/``au``
    (``AFP``, ``Nouvelliste``) and goes on with a person's first name and another word (after
    an agency's capital letters, any two capitalised words: ``Laëtitia`` is in no list)."""
    doc = span.doc
    if len(span) < 3 or not span[1].is_title or not span[2].text[:1].isupper() \
            or _first_name(span[0].text):
        return False
    if not (_first_name(span[1].text) or span[0].is_upper):
        return False  # "AFP" + two names: an agency's letters, whatever the first name
    before = span.start - 1
    if before >= 0 and doc[before].lower_ in _ARTICLES:
        before -= 1
    return before >= 0 and doc[before].lower_ in _TO


def _first_name(word: str) -> bool:
    """A known first name, or a compound one opening with it (``Marie-Ange``)."""
    return first_name_gender(unaccented(word.split("-", maxsplit=1)[0])) is not None
