"""Whether a noun's article is its language's definite or indefinite one: ``the senator``,
``la direction`` (definite: one the reader knows, a description that points back); ``a
judge``, ``une bénévole`` (indefinite: one brought in here, unnamed).

The articles are the lexicon's (:attr:`~.lexicon.Lexicon.definite`,
:attr:`~.lexicon.Lexicon.indefinite`); the parse hangs them on the noun as ``det`` in both
models.  The rules for unnamed sources, referents, French unnamed people and placed sources
read a noun's article here, once.  Pure: spaCy tokens and the lexicon only.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.lexicon import Lexicon

__all__ = ["has_definite_article", "has_indefinite_article"]


def has_definite_article(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a definite article (``the``, ``this``, ``le``, ``cette``) is ``noun``'s."""
    return any(c.dep_ == "det" and c.lower_ in lexicon.definite for c in noun.children)


def has_indefinite_article(noun: Token, lexicon: Lexicon) -> bool:
    """Whether an indefinite article (``a``, ``another``, ``un``, ``une``) is ``noun``'s."""
    return any(c.dep_ == "det" and c.lower_ in lexicon.indefinite for c in noun.children)
