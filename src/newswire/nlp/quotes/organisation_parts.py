"""``Unison’s Kirklees branch said``: a part of a named organisation speaks as itself.

A branch, chapter or wing of an organisation is an organisation of its own in news
(``the union's Leeds branch``, ``the party's youth wing``); the name it holds is its owner's,
so reading the name alone gives the owner (``Unison’s Kirklees``, the entity's words).  The
speaker is the phrase as written, without its article.  Pure: spaCy tokens only.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.named import Speaker

__all__ = ["organisation_part"]

#: Nouns for a part of an organisation that speaks in its own name.
_PARTS = frozenset(("branch", "chapter", "wing", "subsidiary", "affiliate", "division"))


def organisation_part(head: Token) -> Speaker | None:
    """The phrase of a part of an organisation owned by a name (``Unison’s Kirklees branch``,
    ``the Unite union's Leeds branch``), else ``None`` (``its branch`` names no one)."""
    if head.lemma_.lower() not in _PARTS or head.tag_ != "NN":
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None or not any(t.pos_ == "PROPN" for t in owner.subtree):
        return None
    start = head.left_edge.i
    if head.doc[start].dep_ == "det":
        start += 1
    return Speaker(head.doc[start:head.i + 1].text, None, "organization")
