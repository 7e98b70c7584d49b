"""English descriptions that bring in a new, unnamed person rather than point back to one
named before: ``The daughter of one victim``, ``The leader of a national supporters' union,
who did not want to be named,``, ``the head teacher, who
asked not to be named``.

A definite description (``the senator``, ``the 46-year-old``) usually points back to the
person last named (:mod:`.descriptions`). Three constructions of English news writing say it
does not: the noun takes an ``of`` phrase counting someone not met before (``the daughter of
one victim``, ``the mother of another patient``: the article is definite because the phrase
makes the person unique, not because the reader met them); a
relative clause or aside says the person is not named (``who asked not to be named``,
``who cannot be named for legal reasons``, ``speaking on condition of anonymity``); or an
ordinal counts a new one in a series (``The third midwife who spoke to ...``). Such a person
is nobody the article names, so the description stays their source phrase. Pure: spaCy
tokens only.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

__all__ = ["brings_in_new_person"]

#: Determiners of an ``of`` phrase's noun that count someone not met before: ``one``,
#: ``another`` (``the daughter of one victim``). Not ``a``/``an``: ``The son of a bus driver
#: said`` is an epithet for the person just named (review56's F3), as ``the mother of two`` is.
_INDEFINITE = frozenset(("one", "another"))
#: Ordinals counting a new one in a series (``first`` left out: ``the first minister``; no
#: ``other``: ``the other candidate`` is one of two named before).
_ORDINALS = frozenset(("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                       "ninth", "tenth"))
#: What a relative clause or aside on the noun says when the person's name is withheld:
#: ``asked not to be named``, ``cannot be identified``, ``declined to be named``, ``spoke on
#: condition of anonymity``, ``whose name was withheld``; never an appointment (``who is
#: expected to be named in the new role``) or another anonymity (``end anonymity for online
#: abusers``: review56's F4).
_UNNAMED = re.compile(
    r"\b(?:not|n['’]t|cannot|declined|refused)\s+(?:to\s+)?(?:be\s+)?(?:named|identified)\b"
    r"|\b(?:want|wish|like)\s+to\s+be\s+(?:named|identified)\b"
    r"|\bconditions?\s+of\s+anonymity\b|\b(?:requested|granted|asked\s+for)\s+anonymity\b"
    r"|\bname\s+not\s+be\b|\bnames?\s+(?:was|were|is|are|be)\s+(?:being\s+)?withheld\b",
    re.IGNORECASE)
#: How far after the noun an aside set off by commas may say so (tokens).
_ASIDE_WINDOW = 25


def brings_in_new_person(head: Token) -> bool:
    """Whether the English description headed by ``head`` brings in a new, unnamed person
    (an indefinite ``of`` phrase, an ordinal, or a clause saying they are not named), so it
    never stands for the person named before."""
    if head.doc.lang_ != "en":
        return False
    if any(child.dep_ == "amod" and child.lower_ in _ORDINALS and child.i < head.i
           for child in head.children):
        return True
    return _indefinite_of(head) or _said_unnamed(head)


def _indefinite_of(head: Token) -> bool:
    """``the daughter of one victim``, ``the president of a parts maker``: an ``of`` phrase
    whose noun is indefinite or counted."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i < head.i:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            if any(c.dep_ in ("det", "nummod") and c.lower_ in _INDEFINITE
                   for c in noun.children if c.i < noun.i):
                return True
    return False


def _said_unnamed(head: Token) -> bool:
    """``the head teacher, who asked not to be named,``: a relative clause on the noun, or
    the aside right after it, saying the person is not named."""
    for child in head.children:
        if child.dep_ in ("relcl", "acl", "advcl") and child.i > head.i:
            words = head.doc[child.left_edge.i:child.right_edge.i + 1].text
            if _UNNAMED.search(words):
                return True
    after = head.doc[head.i + 1:min(len(head.doc), head.i + 1 + _ASIDE_WINDOW)]
    if after and after[0].text == ",":
        aside = []
        for token in after[1:]:
            if token.text == "," or token.is_sent_end:
                break
            aside.append(token.text)
        return _UNNAMED.search(" ".join(aside)) is not None
    return False
