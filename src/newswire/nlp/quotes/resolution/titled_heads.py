"""``Minister for Housing Ciarán Mulvey said``: the parse heads the subject on ``Minister``
and hangs the name on ``for``; the person named there speaks, not an unnamed minister.
Likewise for titles joined by ``and`` before one name (``President and CEO John Smith
said``, ``NDP Leader and Premier Rosalind Achebe said``): the parse heads the subject on the
first title and makes the name its conjunct.
A later ``she`` reaches that person as the subject (:func:`titled_subject`), never the bare
title. (Letters after a name, ``Helen Price KC``, are :mod:`.person_of`'s.)
A name of another kind the model ran into a person's (``ici Creuse Mathieu Lavaud``: the
radio's place glued before him) is the entities stage's person, who starts later.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newswire.nlp.entities.roles.titles import ROLES
from newswire.nlp.quotes.base.mention_spans import tagged_range
from newswire.nlp.quotes.base.parse_labels import (
    DETERMINER_DEPS,
    ENGLISH_SUBJECT_DEPS,
    NOUN_TAGS,
    PERSON_LABELS,
)
from newswire.nlp.quotes.lexicon import Lexicon

__all__ = ["is_person_word", "named_head", "titled_subject"]


def named_head(head: Token, lexicon: Lexicon, is_person: Callable[[Token], bool]) -> Token:
    """The name's word ``head`` stands in for (``is_person``: whether a word is of a
    person's name the article knows), else ``head`` itself: a capitalised title heading the
    subject (``Minister for Health Mary Quinlan``), or a capitalised court or office whose
    ``of`` phrase ends in a titled name (``Court of King's Bench Justice Lena Sobieski``)."""
    glued = _person_after_glued_name(head, is_person)
    if glued is not None:
        return glued
    titled = head.pos_ == "PROPN" and head.lemma_.lower() in lexicon.role_nouns
    if not titled and not (head.pos_ in NOUN_TAGS and head.text[:1].isupper()
                           and "Plur" not in head.morph.get("Number", [])):
        return head  # not "Supporters of Republican Donald Trump say"
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
            name = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if name is not None and not is_person(name):
                name = _portfolio_holder(name, is_person) or name
            # The tagger reads a surname it does not know as a common noun
            # ("Superintendent of Police Roshan Jayakody"): a word of a person's name
            # the entities stage knows is the name all the same.
            if name is not None and name.pos_ in ("PROPN", "NOUN") and is_person(name) and (
                    titled or _title_before(name, lexicon)):
                return _apposed_person(name, is_person, set_off=True) or name
    if not titled:
        return head
    return _apposed_person(head, is_person) or _coordinated_name(head, is_person)


def _portfolio_holder(portfolio: Token, is_person: Callable[[Token], bool]) -> Token | None:
    """``MSP for Banffshire and Buchan Coast Lorna Gillanders-Reid said``, ``Minister of
    State for Ports, Shipping and Waterways Shri Haricharan Vashisth said``: the parse
    coordinates the portfolio's words with the name after them; the person among the
    conjuncts whose name follows a portfolio word directly (not ``and Mary Smith``: two
    people)."""
    for conjunct in portfolio.conjuncts:
        if conjunct.i < portfolio.i or not is_person(conjunct):
            continue
        first = conjunct
        while first.i > 0 and is_person(first.doc[first.i - 1]):
            first = first.doc[first.i - 1]
        before = first.doc[first.i - 1] if first.i > 0 else None
        if before is not None and before.text[:1].isupper() and before.lower_ not in _TITLE_JOINS:
            return conjunct
    return None


def _person_after_glued_name(head: Token, is_person: Callable[[Token], bool]) -> Token | None:
    """``ici Creuse Mathieu Lavaud``: the model's person's name opens with a word the entities
    stage gave to another name (``Creuse``, a place); the stage's person later in that run."""
    if head.ent_type_ not in PERSON_LABELS or is_person(head):
        return None
    end = tagged_range(head)[1]
    return next((t for t in head.doc[head.i + 1:end] if is_person(t)), None)


def _apposed_person(title: Token, is_person: Callable[[Token], bool], *,
                    set_off: bool = False) -> Token | None:
    """``The local MP, Tom Whitcombe, said``: a capitalised role the parse reads as a proper
    noun, with a person's name set off in apposition to it; the person, not the role (a
    common noun's apposition is :func:`.appositions.apposed_name`'s). The name may also
    follow the title directly, when the parse made it an apposition all the same
    (``Associate Professor Raymond Koh of the university said``), unless ``set_off``: then
    ``title`` is the office's place, which the model may read as a person's name (``The
    Liberal Democrat MP for Westmorland, Fiona Aske, posted``), and the holder is set off."""
    return next((c for c in title.rights if c.dep_ == "appos" and is_person(c)
                 and (title.doc[c.left_edge.i - 1].text == ","
                      or (c.left_edge.i == title.i + 1 and not set_off))), None)


#: Words that may join two titles of one person: ``President and CEO``, ``Chair & CEO``.
_TITLE_JOINS = frozenset(("and", "&"))


def _coordinated_name(title: Token, is_person: Callable[[Token], bool]) -> Token:
    """The name a bare title's ``and`` joins it to, with only more titles between (``CEO``,
    ``Liberal Leader``): ``President and CEO John Smith`` is one person, John Smith; else
    ``title``. Not after a determiner (``the president and John Smith``: two people) nor
    across a comma or another person's name."""
    if any(c.dep_ in DETERMINER_DEPS for c in title.children):
        return title
    doc = title.doc
    for name in title.conjuncts:
        if name.i < title.i or not is_person(name):
            continue
        first = min(t.i for t in name.subtree if is_person(t) or t == name)
        between = doc[title.i + 1:first]
        if len(between) and between[0].lower_ in _TITLE_JOINS and all(
                w.lower_ in _TITLE_JOINS or (w.text[:1].isupper() and not is_person(w))
                for w in between):
            return name
    return title
def _title_before(name: Token, lexicon: Lexicon) -> bool:
    """Whether a person's title is one of the name's words (``Justice`` of ``Justice Lena
    Sobieski``; not a party's word, ``Republican``)."""
    return any(c.dep_ == "compound" and c.i < name.i and c.text in ROLES
               and c.lower_ in lexicon.role_nouns and not is_person_word(c)
               for c in name.children)


def is_person_word(token: Token) -> bool:
    """Whether the model tagged ``token`` as a word of a person's name."""
    return token.ent_type_ in PERSON_LABELS


def titled_subject(name: Token, lexicon: Lexicon) -> bool:
    """Whether the word of a person's name ``name`` is the one a titled subject stands in
    for: ``Harcourt`` in ``Commissioner of Competition Louise Harcourt said``, ``Koh`` in
    ``Associate Professor Raymond Koh of the university said`` (the name apposed), ``Aske``
    in ``The MP for Westmorland, Fiona Aske, posted`` (apposed to the office's place)."""
    office = name.head if name.dep_ in ("conj", "appos") else name.head.head
    if name.dep_ == "appos" and name.head.dep_ == "pobj":
        office = name.head.head.head
    return name.dep_ in ("pobj", "conj", "appos") and office.dep_ in ENGLISH_SUBJECT_DEPS \
        and named_head(office, lexicon, is_person_word) == name
