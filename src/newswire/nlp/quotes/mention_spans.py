"""Token ranges of speaker mentions: the entity a token is in, or a noun and its modifiers.

Read off the parse and the IOB tags only (never ``doc.ents``, which builds every entity of
the doc on each call); imports spaCy alone.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["entity_range", "flat_name_end", "mention_range"]

_MENTION_DEPS = frozenset(("compound", "amod", "det", "nmod", "flat"))
_DASHES = frozenset(("—", "–", "-", "--"))


def flat_name_end(head: Token) -> int:
    """Just past the name ``head`` opens: Universal Dependencies (French) hang the rest of a
    name on its first word (``Élisabeth`` <- ``Borne``, ``flat:name``)."""
    end = head.i + 1
    doc = head.doc
    while end < len(doc) and doc[end].dep_ == "flat:name" and doc[end].head.i >= head.i:
        end += 1
    return end


def mention_range(head: Token) -> tuple[int, int]:
    """Token range of the words naming the speaker: the entity, or the head and its modifiers."""
    if head.ent_type_ and head.pos_ != "PRON":
        return entity_range(head)
    start = head.i
    for child in reversed(list(head.lefts)):
        hyphen = child.text == "-"  # secretary-general is three tokens
        if (child.dep_ not in _MENTION_DEPS and not hyphen) or child.i != start - 1:
            break
        start = child.i
    return start, flat_name_end(head)


def entity_range(token: Token) -> tuple[int, int]:
    """Token range of the entity ``token`` is in, read off the IOB tags around it
    (``doc.ents`` builds every entity of the doc: per quote, quadratic in a long article)."""
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    # "OTTAWA — Shopify Inc.": the model ran a dateline into the name; a spaced dash ends it.
    for i in range(token.i - 1, start - 1, -1):
        if doc[i].text in _DASHES and i > 0 and doc[i - 1].whitespace_:
            return i + 1, end
    return start, end
