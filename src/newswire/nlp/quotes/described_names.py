"""A name the model left untyped, told an organisation by what the sentence says of it:
``Unison, which represents library workers, said``; ``Airlines for America, the trade
group for major U.S. carriers, said``.

A word of the language (``Unison``) or a name ending in a place (``... for America``) is no
kind by itself, and such a speaker was nobody.  A ``which`` clause set off after the name
(never ``who``: that is a person's) or an apposition headed by an organisation noun
(``the trade group``, ``the union``) says it is an organisation.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.lexicon import Lexicon

__all__ = ["organisation_label"]

_THING_RELATIVES = frozenset(("which",))


def organisation_label(head: Token, lexicon: Lexicon) -> str:
    """``ORG`` when the name ``head`` heads is described as an organisation, else ``""``."""
    for child in head.rights:
        if child.dep_ == "appos" and child.lemma_.lower() in lexicon.org_nouns:
            return "ORG"
        if child.dep_ == "relcl" and any(
                c.lower_ in _THING_RELATIVES and c.dep_ in ("nsubj", "nsubjpass")
                for c in child.children):
            return "ORG"
    return ""
