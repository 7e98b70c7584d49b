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

__all__ = ["is_made_thing", "maker_end"]

#: Verbs of making, gathering or publishing a record (lemmas).
_MAKING_VERBS = frozenset((
    "compile", "collect", "gather", "release", "publish", "produce", "prepare", "issue",
    "conduct", "commission", "obtain", "file", "post", "circulate", "leak", "draft", "write",
))

#: Prepositions naming who made a document: ``a report from the auditor general``.
_MAKER_PREPS = frozenset(("from", "by"))


def is_made_thing(head: Token) -> bool:
    """Whether ``head`` carries a past participle of making with its maker (``compiled by``)."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _MAKING_VERBS
               and any(a.dep_ == "agent" for a in c.children) for c in head.children)


def maker_end(head: Token) -> int:
    """Just past a document's phrase: its noun, and the maker a ``from``/``by`` phrase right
    after it names (``a 2025 survey by the society``: the survey alone says nobody's); a
    maker the parse joins only through a participle (``compiled by``) stays out."""
    end = head.i + 1
    maker = next((c for c in head.rights if c.dep_ == "prep" and c.i == end
                  and c.lower_ in _MAKER_PREPS
                  and any(o.dep_ == "pobj" for o in c.children)), None)
    if maker is None:
        return end
    commas = [t.i for t in maker.subtree if t.text == ","]
    return commas[0] if commas else maker.right_edge.i + 1
