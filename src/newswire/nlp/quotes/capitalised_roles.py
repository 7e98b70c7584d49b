"""Role words the tagger took for names: ``the Vermont Democrat`` is a description of a
person, not the name ``Democrat``; so is ``Counsel for Corrib Diagnostics`` opening a
sentence (the tagger reads the capital as a name's), whose holder a name set off after it
may give (``Counsel for Corrib Diagnostics, Aoife Brennan SC, told the court``); and a bare
one heading a subject (``Counsel said``, a deck's ``Chief says``: :mod:`.bare_titles`)."""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_en import ENGLISH
from newswire.nlp.quotes.parse_labels import PERSON_LABELS, SUBJECT_DEPS

__all__ = ["is_bare_title", "is_capitalised_role"]

#: What may hang on a bare title: ``A West Australian Senator``, ``Defence counsel``.
_MODIFIERS = frozenset(("det", "amod", "compound", "punct"))


def is_capitalised_role(head: Token, lexicon: Lexicon = ENGLISH) -> bool:
    """A definite singular role word the tagger took for a name (``the Vermont Democrat``),
    or one opening its sentence with the office it holds (``Counsel for the HSE``)."""
    if head.pos_ != "PROPN" or head.tag_ != "NNP" or head.lemma_.lower() not in \
            lexicon.role_nouns:
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or (
        bool(head.is_sent_start) and not head.ent_type_ and any(
            c.dep_ == "prep" and c.lower_ in ("for", "of") for c in head.children))


def is_bare_title(head: Token, lexicon: Lexicon) -> bool:
    """Whether ``head`` is a capitalised singular role noun, the subject, with no name of
    its own beside it and no determiner but an indefinite one."""
    lemma = head.lemma_.lower()
    if head.dep_ not in SUBJECT_DEPS or head.tag_ != "NNP" or not head.text.istitle() \
            or lemma not in lexicon.role_nouns or head.ent_type_ in PERSON_LABELS:
        return False
    doc = head.doc
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if after is not None and after.pos_ == "PROPN":
        return False  # "Chief Raymond Nanaquawetung", "Senator Albury": a title of a name
    return all(c.i < head.i and c.dep_ in _MODIFIERS and c.ent_type_ not in PERSON_LABELS
               and (c.dep_ != "det" or c.lower_ in lexicon.indefinite)
               for c in head.children)
