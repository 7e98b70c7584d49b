"""A French name's gender from the words set beside it, when its first name says none.

``Thibault``, ``Rachid``, ``Farida`` or ``Ousmane`` are in no table of first names, so a
``il``/``elle`` could go to that person whatever their gender. French grammar says it
elsewhere: the article of the role the name is set beside (``Le procureur de la République
de Verdun, Thibault Garnier``, ``la secrétaire générale, Ndèye Coumba Sène``) or a noun or
adjective after the name that agrees with it (``Marie-Claude Thouvenin, 71 ans, veuve``,
``Farida Hammoudi Bouzid, hydrologue et enseignante``). :func:`role_genders` reads each
person's name of two words or more in the article and keeps the surnames whose words agree.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newswire.nlp.quotes.gender import Gender, gender_of
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_fr import FRENCH

__all__ = ["role_genders"]

#: Articles and demonstratives that say a singular noun's gender (``l'`` says none).
_ARTICLE_GENDERS: dict[str, Gender] = {"le": "m", "un": "m", "ce": "m", "cet": "m",
                                       "la": "f", "une": "f", "cette": "f"}


#: Nouns of a woman or a man whose lemma is their own (``veuve`` is no form of ``veuf``).
_KIN_GENDERS: dict[str, Gender] = {"veuve": "f", "mère": "f", "épouse": "f", "fille": "f",
                                   "sœur": "f", "femme": "f", "veuf": "m", "père": "m",
                                   "mari": "m", "fils": "m", "frère": "m", "homme": "m"}


def role_genders(docs: Sequence[Doc], lexicon: Lexicon) -> dict[str, Gender]:
    """Surname (lower case) -> gender, from the words set beside a French person's full name
    anywhere in the article; a surname whose mentions disagree gets none."""
    if lexicon is not FRENCH:
        return {}
    seen: dict[str, set[Gender]] = {}
    for doc in docs:
        for span in doc.ents:
            if span.label_ == "PERSON" and len(span) > 1:
                gender = _beside_gender(span, lexicon)
                if gender is not None:
                    seen.setdefault(span[-1].lower_, set()).add(gender)
    return {surname: genders.pop() for surname, genders in seen.items() if len(genders) == 1}


def _beside_gender(span: SpacySpan, lexicon: Lexicon) -> Gender | None:
    """The gender the role before the name (its head when set off by a comma) or the nouns
    and adjectives set after it agree on, if one."""
    found = {gender for noun in _roles_beside(span)
             if (gender := _noun_gender(noun, lexicon)) is not None}
    return found.pop() if len(found) == 1 else None


def _roles_beside(span: SpacySpan) -> list[Token]:
    """The role the name is set beside by a comma (``Le procureur ..., Thibault Garnier``),
    and the word right after the comma that follows the name, past an age (``Thouvenin, 71
    ans, veuve``)."""
    roles = []
    root = span.root
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < span.start:
        roles.append(root.head)
    after = _set_off_after(span.doc, span.end)
    if after is not None:
        roles.append(after)
    if root.dep_ in ("nsubj", "nsubj:pass") and root.head.pos_ in ("ADJ", "VERB") and any(
            c.lemma_ == "être" for c in root.head.children
            if c.dep_ in ("cop", "aux", "aux:pass")):
        roles.append(root.head)  # "Marie Kaci est arrivée", "X est seule"
    return roles


def _set_off_after(doc: Doc, end: int) -> Token | None:
    """The noun or adjective opening what a comma sets off after a name (its article
    skipped), past ``NN ans,``; else ``None``."""
    i = end
    if i + 3 < len(doc) and doc[i].text == "," and doc[i + 1].like_num \
            and doc[i + 2].lower_ == "ans" and doc[i + 3].text == ",":
        i += 3
    if i + 1 >= len(doc) or doc[i].text != ",":
        return None
    word = doc[i + 1]
    if word.lower_ in _ARTICLE_GENDERS and i + 2 < len(doc):
        word = doc[i + 2]
    return word if word.pos_ in ("NOUN", "ADJ") else None


def _noun_gender(noun: Token, lexicon: Lexicon) -> Gender | None:
    """The article's gender (``le``, ``la``, ``un``, ``une``), else the word's own when the
    lexicon gives it one (``présidente``) or it is a feminine form of its lemma
    (``veuve``, ``enseignante``)."""
    before = noun.doc[noun.i - 1].lower_ if noun.i else ""
    article = _ARTICLE_GENDERS.get(before) or next(
        (_ARTICLE_GENDERS[c.lower_] for c in noun.children
         if c.dep_ == "det" and c.lower_ in _ARTICLE_GENDERS), None)
    if article is not None and "Plur" not in noun.morph.get("Number", []):
        return article
    known = _KIN_GENDERS.get(noun.lower_) or gender_of([noun.lower_], lexicon)
    if known is not None:
        return known
    feminine = noun.morph.get("Gender", []) == ["Fem"] and noun.lower_ != noun.lemma_.lower()
    return "f" if feminine and "Plur" not in noun.morph.get("Number", []) else None
