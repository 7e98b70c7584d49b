"""One unnamed person of a group, in French: ``« ... », résume l'un d'eux``, ``admet l'une
d'elles``, ``L'un d'eux ... affirme``.

A French report brings in a group (``les proches des résidents``, ``Plusieurs élus de la
majorité``, ``Plusieurs commerçants du bourg``) and then quotes one of them, unnamed: the
phrase as written is the speaker, one ``person`` with no entity, as English ``One of them``
(:mod:`.one_of`). The small French model tags ``un`` a pronoun and, after an incise's verb,
its object, so the incise had no subject and the quote no speaker. Only the stressed
pronouns ``eux``/``elles`` make the group here: ``l'un des projets`` is a thing.
Pure: spaCy tokens.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["is_one_of_them", "one_of_them_phrase"]

_ONE = frozenset(("un", "une"))
_THEM = frozenset(("eux", "elles"))
_OF = frozenset(("d'", "d’", "de"))
_THE = frozenset(("l'", "l’"))


def is_one_of_them(word: Token) -> bool:
    """Whether ``word`` is the ``un`` of ``l'un d'eux`` (``l'une d'elles``)."""
    return one_of_them_phrase(word) is not None


def one_of_them_phrase(word: Token) -> Span | None:
    """``l'un d'eux`` for its ``un``, else ``None``."""
    doc = word.doc
    if word.lower_ not in _ONE or word.i == 0 or doc[word.i - 1].lower_ not in _THE \
            or word.i + 2 >= len(doc):
        return None
    of, them = doc[word.i + 1], doc[word.i + 2]
    if of.lower_ not in _OF or them.lower_ not in _THEM:
        return None
    return doc[word.i - 1:word.i + 3]
