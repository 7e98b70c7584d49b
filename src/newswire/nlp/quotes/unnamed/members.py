"""A member of a group speaks for the group: ``one of two witnesses`` is the witnesses',
``One of them said`` the group ``them`` stands for. Reads a spaCy parse only."""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.unnamed.linked_nouns import counted_noun

__all__ = ["is_one_of", "member_group"]

_ONE = frozenset(("one",))
_GROUP_PRONOUNS = frozenset(("them", "those"))


def member_group(token: Token) -> Token:
    """``one of two witnesses`` speaks for the witnesses: the group, when ``token`` is ``one``;
    ``One of them said`` for the group ``them`` stands for."""
    if not is_one_of(token):
        return token
    group = counted_noun(token, _ONE) or _of_group_pronoun(token)
    return token if group is None else group


def _of_group_pronoun(one: Token) -> Token | None:
    """``them`` in ``one of them``: a plural pronoun, resolved as the group it stands for;
    not when a name is set off after it (``One of them, Leonard Piche, told``)."""
    if any(c.dep_ == "appos" for c in one.children):
        return None
    of = next(c for c in one.children if c.dep_ == "prep" and c.lower_ == "of")
    return next((c for c in of.children if c.dep_ == "pobj" and c.lower_ in _GROUP_PRONOUNS),
                None)


def is_one_of(token: Token) -> bool:
    """``one of two witnesses``: a member of a group, not a number."""
    return token.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of"
                                         for c in token.children)
