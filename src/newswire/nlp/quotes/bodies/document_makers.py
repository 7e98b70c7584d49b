"""A document an organisation named by name made speaks as that organisation: ``A report by
the Wales Audit Office found``, ``a review by the nonpartisan Legislative Analyst's Office``,
``A report published by the Health and Safety Executive``.

The fresh sets' gold takes the maker alone as right wherever a document names it, but
writes the document's phrase in many ways (``A 2023 report by``, ``a separate report by``,
``a report published last month by``), so the phrase newswire cut often matched none of
them.  Only a maker the entities stage names as an organisation, right after the noun or
after one participle of making (``published``, ``released``, ``prepared``): ``a review by
the province's chief coroner`` or ``a study commissioned by irrigators`` keep their phrase,
and ``an internal audit seen by The Independent`` is no newspaper's (who saw a document did
not write it).  English only (the parse's language, not the lexicon's): the French gold
names a document by its whole phrase.

Lives here: :func:`named_maker`, read by :func:`~.common_nouns.common_noun_speaker`.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_en import MAKER_PREPOSITIONS
from newswire.nlp.quotes.unnamed.phrases import phrase_kind

__all__ = ["named_maker"]

#: Participles (lemmas) that say who made a document: its ``by`` names the maker. Not
#: :data:`.made_documents._MAKING_VERBS` (which make a noun a thing made): who commissioned,
#: obtained, filed, leaked or circulated a document did not write it.
_MAKING = frozenset(("publish", "release", "issue", "produce", "prepare", "conduct", "compile",
                     "write", "post", "author", "carry"))


def named_maker(head: Token, lexicon: Lexicon) -> Token | None:
    """The organisation's name that makes the document ``head`` heads, if the text names
    one: ``report by the Wales Audit Office``, ``report published by Audit Scotland``."""
    if head.doc.lang_ != "en" or phrase_kind(head, lexicon) != "document":
        return None
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in MAKER_PREPOSITIONS:
            return _organisation(child)
        if child.dep_ == "acl":  # "seen by The Independent": no maker
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            making = child.tag_ == "VBN" and child.lemma_.lower() in _MAKING
            return _organisation(agent) if making and agent is not None else None
    return None


def _organisation(preposition: Token) -> Token | None:
    """The object of ``by`` / ``from`` when it is one organisation's name."""
    maker = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if maker is None or maker.pos_ != "PROPN" or maker.ent_type_ != "ORG" \
            or any(c.dep_ in ("conj", "cc") for c in maker.children):
        return None
    return maker
