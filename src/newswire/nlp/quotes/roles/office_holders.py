"""The holder of an office named after it, set off by commas: ``The director of Northside
Food Bank, Paul Grieve, said``, ``A spokesperson for the bureau, Geneviève Lalonde, said``
(the parse hangs the name on the noun after the office's ``of``/``for``/``at``), and the
name's last word when the parse heads it on the letters after it (``Aoife Brennan SC``).

Moved out of :mod:`~newswire.nlp.quotes.roles.appositions`, whose :func:`apposed_name` asks here.
May import the lexicons and the entity titles; never ``appositions`` (it imports this one).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.entities.roles.titles import POST_NOMINALS
from newswire.nlp.quotes.base.parse_labels import PERSON_LABELS
from newswire.nlp.quotes.lexicon_en import ENGLISH

__all__ = ["before_letters", "holder_named_after"]

#: Nouns of an office held for someone else, who speaks for them.
_SPOKESPEOPLE = frozenset(("spokesperson", "spokesman", "spokeswoman"))


def holder_named_after(head: Token) -> Token | None:
    """``The director of Northside Food Bank, Paul Grieve, said``, ``A lawyer for Harlow,
    Rebecca Osei, said``, ``A spokesperson for the bureau, Geneviève Lalonde, said``: the
    parse hangs the person's name, set off by commas, on the name or noun after the office's
    ``of``/``for``/``at``; it names whoever holds the office (one person: not ``officials of
    Acme, ...``).  A noun for a person there may be the one the name stands beside
    (``a lawyer for the victim, Jane Roe,``): left alone, unless the office is a
    spokesperson's and the noun is ``the`` office holder (``A spokesperson for the minister,
    Calum Whitford, said``: the minister is named by title, the spokesperson after a comma)."""
    if not _office_noun(head):
        return None
    preps = [p for p in head.rights if p.dep_ == "prep" and p.lower_ in ("of", "for", "at")]
    # The number read only for a noun with such a phrase: reading the morphology is the
    # dearest test here, and most nouns asked have none.
    if not preps or "Plur" in head.morph.get("Number", []):
        return None
    doc = head.doc
    for prep in preps:
        for owner in prep.children:
            if owner.dep_ != "pobj" or not (_names_no_person(owner)
                                            or _spokesperson_for_holder(head, owner)):
                continue
            named = next((c for c in owner.children
                          if c.dep_ in ("appos", "npadvmod") and c.pos_ == "PROPN"
                          and _may_be_person(c)), None)
            if named is None:
                continue
            before, after = named.left_edge.i - 1, named.right_edge.i + 1
            if doc[before].text == "," and after < len(doc) and doc[after].text == ",":
                return before_letters(named)
    return None


def _may_be_person(name: Token) -> bool:
    """A person's name by the model's label, by the letters after it (``Aoife Brennan SC``),
    or a name of two or three capitalised words the model left unlabelled (``Independent
    councillor for Tennyson, Marguerite Lau, said``)."""
    if name.ent_type_ in PERSON_LABELS or name.text in POST_NOMINALS:
        return True
    words = [t for t in name.subtree if not t.is_punct]
    return not any(t.ent_type_ for t in words) and 2 <= len(words) <= 3 and all(
        t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper() for t in words)


def _office_noun(head: Token) -> bool:
    """A common noun, or a role noun opening the sentence that the tagger read as a proper
    noun (``Counsel for Corrib Diagnostics, Aoife Brennan SC, told the court``)."""
    return head.pos_ == "NOUN" or (head.pos_ == "PROPN" and not head.ent_type_
                                   and head.lower_ in ENGLISH.role_nouns)


def before_letters(named: Token) -> Token:
    """The name's last word when the parse heads it on the letters after it (the model may
    type that name ORG with its letters)."""
    before = named.doc[named.i - 1] if named.i > 0 else named
    return before if named.text in POST_NOMINALS and before.pos_ == "PROPN" else named


def _names_no_person(owner: Token) -> bool:
    """Whether an office's ``for``/``of`` object is a name or a noun for no single person
    (``the bureau``, ``the family``), which a person's name set off after it cannot be."""
    if owner.pos_ == "PROPN":
        return True
    return owner.pos_ == "NOUN" and owner.lower_ not in ENGLISH.role_nouns \
        and owner.lemma_.lower() not in ENGLISH.role_nouns


def _spokesperson_for_holder(head: Token, owner: Token) -> bool:
    """``spokesperson for the minister``: a spokesperson's office, for the holder of an
    office the article names by title (``the minister``, ``the mayor``), not by name."""
    return head.lower_ in _SPOKESPEOPLE and owner.pos_ == "NOUN" \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in owner.children)
