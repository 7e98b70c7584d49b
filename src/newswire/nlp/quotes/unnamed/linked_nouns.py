"""The word a source's noun phrase points on to: ``writers`` in ``a number of writers``,
``students`` in ``19 percent of students``, ``SNCF`` in ``la direction de la SNCF``, ``Beck``
for ``who`` in ``Beck, who said``.

Moved out of :mod:`~newswire.nlp.quotes.unnamed.phrases` (which says how a source's own phrase is
written).  May import the lexicons and the antecedent helpers (``time_antecedents``,
``maker_antecedents``); never ``phrases`` nor the speaker modules that import this one.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import NOUN_TAGS
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_fr import DE
from newswire.nlp.quotes.unnamed.maker_antecedents import past_maker
from newswire.nlp.quotes.unnamed.time_antecedents import past_time

__all__ = [
    "counted_noun",
    "english_of_object",
    "of_object",
    "organisation_of",
    "relative_antecedent",
]

_RELATIVE_CLAUSES = frozenset(("relcl", "acl:relcl"))  # the English label and UD's (French)
_SHARE_WORDS = frozenset(("number", "majority", "minority", "handful", "lot", "dozen", "dozens",
                          "group", "couple", "few", "half", "third", "quarter", "share",
                          "most", "many", "some", "several", "all", "none", "both", "each",
                          # sample36: "plusieurs centaines d'agriculteurs", "des milliers de"
                          "dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine",
                          "quarantaine", "cinquantaine", "centaine", "millier", "dizaines",
                          "centaines", "milliers", "majorité", "minorité", "plupart",
                          "moitié", "poignée"))


def counted_noun(head: Token, shares: frozenset[str] = _SHARE_WORDS) -> Token | None:
    """``writers`` in ``a number of writers`` (``most of the writers``): the noun a quantity
    word (one of ``shares``) is a share of."""
    if head.lemma_.lower() not in shares:
        return None
    noun = of_object(head)
    return noun if noun is not None and noun.pos_ in NOUN_TAGS else None


def of_object(head: Token) -> Token | None:
    """The object of ``head``'s ``of`` (``students`` in ``19 percent of students``), if any;
    in French the noun hung on ``head`` with its ``de`` (``centaines d'agriculteurs``)."""
    of = _of_preposition(head)
    if of is None:
        return next((c for c in head.rights if c.dep_ == "nmod" and any(
            g.dep_ == "case" and g.lower_ in DE for g in c.children)), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None)


def english_of_object(head: Token) -> Token | None:
    """The object of ``head``'s English ``of`` (``them`` in ``One of them``), if any."""
    of = _of_preposition(head)
    return None if of is None else next((c for c in of.children if c.dep_ == "pobj"), None)


def _of_preposition(head: Token) -> Token | None:
    return next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)


def organisation_of(head: Token) -> Token | None:
    """``SNCF`` in ``la direction de la SNCF`` (``the management of Boeing``): the
    organisation a common organisation noun is the part of, named after ``of``/``de``."""
    for child in head.rights:
        named = child
        if child.dep_ == "prep" and child.lower_ == "of":  # English: of -> its object
            named = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif child.dep_ != "nmod" or not any(c.dep_ == "case" for c in child.children):
            continue  # French (UD): the name hangs on the noun, "de" on the name
        if named.ent_type_ == "ORG":
            return named
    return None


def relative_antecedent(head: Token, lexicon: Lexicon) -> Token | None:
    """The noun a relative pronoun stands for: ``Beck`` for ``who`` in ``Beck, who said``."""
    clause = head.head
    if head.lower_ not in lexicon.relative_pronouns or clause.dep_ not in _RELATIVE_CLAUSES or (
            clause.head == clause):
        return None
    noun = past_time(clause.head)  # "a report on Monday, which found": the report
    noun = past_maker(noun, clause, lexicon)  # "a report from the auditor general that found"
    if noun.pos_ in NOUN_TAGS:
        return noun
    return _member_of(noun)


def _member_of(those: Token) -> Token | None:
    """``Lee is among those who say``, ``Lee is one of many who argue``: the subject of the
    ``be`` that puts them in the group speaks with it."""
    if those.dep_ != "pobj" or those.head.lower_ not in ("among", "of"):
        return None
    holder = those.head.head
    if holder.dep_ == "attr":  # "one of many": "one" hangs on "is"
        holder = holder.head
    if holder.lemma_ != "be":
        return None
    return next((c for c in holder.children if c.dep_ == "nsubj"), None)
