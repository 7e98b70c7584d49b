"""Whether a possessive before a group's noun stays in its phrase: ``Her family said``,
``Its trustees say``, ``its authors`` (as the fresh gold writes them), where the group is
several people or a collective noun.  A single person's noun keeps dropping it (``His
father says``: ``father``), which the person rules resolve to whose father he is.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["drops_possessive"]

#: Singular nouns that stand for several people at once.
_COLLECTIVE = frozenset(("family", "staff", "jury", "relatives"))


def drops_possessive(word: Token, head: Token, kind: str) -> bool:
    """Whether ``word`` is a possessive (``his``, ``its``) the phrase of ``head`` leaves out:
    always, unless the source is a group of several people (``Her family``)."""
    if word.tag_ != "PRP$":
        return False
    several = head.tag_ in ("NNS", "NNPS") or head.lemma_.lower() in _COLLECTIVE
    return not (kind == "group" and several)
