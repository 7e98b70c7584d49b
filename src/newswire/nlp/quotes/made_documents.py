"""A thing someone made or published is a document: ``figures compiled by the union``,
``data released by the ministry``, ``numbers published by Statistics Canada``.

Plural nouns of things (``figures``, ``numbers``, ``data``) are no document nouns by
themselves (``Republican figures`` are people), but a participle of making or publishing
with its maker (``by ...``) says the noun is a thing made; as a source it speaks as a
document, and its phrase ends at its noun (the maker is said apart: PolNeAR's resolved
files take ``Federal Election Commission records`` for ``... records compiled by the Center
for Responsive Politics``).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["is_made_thing"]

#: Verbs of making, gathering or publishing a record (lemmas).
_MAKING_VERBS = frozenset((
    "compile", "collect", "gather", "release", "publish", "produce", "prepare", "issue",
    "conduct", "commission", "obtain", "file", "post", "circulate", "leak", "draft", "write",
))


def is_made_thing(head: Token) -> bool:
    """Whether ``head`` carries a past participle of making with its maker (``compiled by``)."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _MAKING_VERBS
               and any(a.dep_ == "agent" for a in c.children) for c in head.children)
