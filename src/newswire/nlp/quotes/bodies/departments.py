"""Federal departments named as a list of what they cover: ``Fisheries and Oceans Canada``,
``Immigration, Refugees and Citizenship Canada``, ``Environment and Climate Change Canada``.

The model often reads such a name as a common noun and a shorter name (``Fisheries`` and
``Oceans Canada``), or not at all; as a speaker it is the whole run of capitalised words,
commas and ``and`` that ends in ``Canada``.  A place, a person or a nationality in the run
(any entity but an organisation) makes it a list of several (``Ontario and Canada``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

import numpy as np
from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from newswire.models import Entity
from newswire.nlp.quotes.base.doc_keeps import kept

__all__ = ["department_name", "department_of", "listed_body"]

_ENDING = "Canada"
_JOINERS = frozenset((",", "and", "-"))
_IN_A_DEPARTMENT = frozenset(("", "ORG"))  # the entity types a department's words may have
_IN_A_BODY = _IN_A_DEPARTMENT | {"PERSON"}
#: Where a doc keeps the indices of its ``Canada`` words and body nouns (``Doc.user_data``).
_WORDS_KEY = "newswire.department_words"
_MAX_WORDS = 9  # "Crown-Indigenous Relations and Northern Affairs Canada" is 8 tokens
#: Nouns of government bodies named by a list of what they cover (``Department for ...``).
_BODY_NOUNS = frozenset(("Department", "Ministry", "Office", "Secretariat", "Agency",
                         "Commission", "Committee"))


def department_name(head: Token) -> Span | None:
    """The department name ``head`` is a word of, if it is such a list ending in ``Canada``
    or one after a body noun and ``of``/``for`` (:func:`listed_body`)."""
    return _ending_in_canada(head) or listed_body(head)


def listed_body(head: Token) -> Span | None:
    """``Department for Culture, Media and Sport``, ``Ministry of the Environment,
    Conservation and Parks``: a body noun, ``of``/``for``, and a list of what it covers
    with a comma and ``and``, which the model cuts at the comma (``Media``); the name runs
    to the last capitalised word after the ``and``."""
    doc = head.doc
    nouns = kept(doc, _WORDS_KEY, _department_words)[1]
    if bisect_right(nouns, head.i) == bisect_left(nouns, head.i - _MAX_WORDS):
        return None  # most words: no body noun just before, whatever the sentence
    sentence = head.sent
    for noun in doc[max(sentence.start, head.i - _MAX_WORDS):head.i + 1]:
        if noun.text not in _BODY_NOUNS or noun.i + 2 >= sentence.end \
                or doc[noun.i + 1].lower_ not in ("of", "for"):
            continue
        start = noun.i + 2 + (doc[noun.i + 2].lower_ == "the")
        end = start
        # The model may read a covered word as a person's name (``Parks``), never a place.
        while end < sentence.end and _fits(doc[end]) and doc[end].ent_type_ in _IN_A_BODY:
            end += 1
        words = doc[start:end]
        joined = [t.i for t in words if t.lower_ == "and"]
        if not joined or not any(t.text == "," for t in doc[start:joined[-1]]) \
                or joined[-1] + 1 >= end or not noun.i <= head.i < end:
            continue
        return doc[noun.i:end]
    return None


def _ending_in_canada(head: Token) -> Span | None:
    doc = head.doc
    canadas = kept(doc, _WORDS_KEY, _department_words)[0]
    if not canadas or canadas[-1] < head.i:
        return None  # no ``Canada`` from here on (most words)
    end = _walk_to_canada(doc, head.i)
    sentence = head.sent  # read only now: most walks stop before ``Canada``
    if doc[end].text != _ENDING or end >= sentence.end:
        return None  # a word that is no department's first, or the sentence ends first
    start = head.i
    while (start > sentence.start and _fits(doc[start - 1])
           and doc[start - 1].ent_type_ in _IN_A_DEPARTMENT):  # not "On Monday, Fisheries"
        start -= 1
    # ", and Fisheries ...", "The Fisheries ...": no joiner nor article first.
    while start < head.i and (doc[start].text in _JOINERS or doc[start].pos_ == "DET"):
        start += 1
    run = doc[start:end + 1]
    words = [t for t in run if t.text not in _JOINERS]
    if len(run) > _MAX_WORDS or len(words) < 3 or not any(t.lower_ == "and" for t in run):
        return None
    if any(t.ent_type_ not in _IN_A_DEPARTMENT for t in words[:-1]):
        return None  # "Ontario and Canada", "On Monday, Fisheries ...": not one department
    return run


def _department_words(doc: Doc) -> tuple[list[int], list[int]]:
    """Indices of the words ``Canada`` and of the body nouns in ``doc``, read once a doc
    as an array (kept in ``Doc.user_data``): every entity and subject asks."""
    orths = doc.to_array(ORTH) if len(doc) else np.zeros(0, dtype=np.uint64)
    strings = doc.vocab.strings
    bodies = np.array([strings[noun] for noun in _BODY_NOUNS], dtype=np.uint64)
    return ((orths == strings[_ENDING]).nonzero()[0].tolist(),
            np.isin(orths, bodies).nonzero()[0].tolist())


def _walk_to_canada(doc: Doc, start: int) -> int:
    """Where the words from ``start`` stop: at ``Canada``, before a word that is no
    department's, or at the doc's last word (the caller tells them apart)."""
    end = start
    while end < len(doc) - 1 and doc[end].text != _ENDING and _fits(doc[end + 1]):
        end += 1
    return end


def _fits(token: Token) -> bool:
    """A word of a department's name: a capitalised word, a comma, ``and``, or the hyphen
    inside a word (``Crown-Indigenous``), not a spaced dash."""
    if token.text == "-":
        return not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_
    return token.text in _JOINERS or (token.text[:1].isupper() and token.is_alpha)


def department_of(head: Token, entity_at: Callable[[Token], Entity | None]
                  ) -> tuple[str, str | None] | None:
    """The name and entity id of the department ``head`` is a word of (``Fisheries and
    Oceans Canada``, not ``Fisheries and``); ``entity_at``: the article's entity at a word."""
    department = department_name(head) if head.ent_type_ in ("", "ORG") else None
    if department is None:
        return None
    inside = (entity_at(t) for t in department)
    return department.text, next((e.entity_id for e in inside if e is not None), None)
