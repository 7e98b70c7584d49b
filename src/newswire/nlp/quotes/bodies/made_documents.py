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

__all__ = ["copied_document", "is_made_thing"]

#: Nouns of a document's copy or part: the source is the document itself.
_COPIES = frozenset(("copy", "copies", "draft", "version", "excerpt", "excerpts"))

#: Verbs of making, gathering or publishing a record (lemmas).
_MAKING_VERBS = frozenset((
    "compile", "collect", "gather", "release", "publish", "produce", "prepare", "issue",
    "conduct", "commission", "obtain", "file", "post", "circulate", "leak", "draft", "write",
))


def is_made_thing(head: Token) -> bool:
    """Whether ``head`` carries a past participle of making with its maker (``compiled by``)."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _MAKING_VERBS
               and any(a.dep_ == "agent" for a in c.children) for c in head.children)


def copied_document(head: Token, document_nouns: frozenset[str]) -> Token | None:
    """``According to a copy of the selection policy``: the document a copy or draft is of
    (a document noun after ``of``), else none."""
    if head.lower_ not in _COPIES:
        return None
    return next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"
                 and (o.lower_ in document_nouns or o.lemma_.lower() in document_nouns)), None)
