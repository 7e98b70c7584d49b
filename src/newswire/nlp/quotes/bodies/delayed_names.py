"""An organisation the lead describes and the next sentence names: the delayed lede.

News often opens on a description and names the body a sentence later: ``A Toronto company
that recycles batteries says it has raised $40 million. ¶ Cyclica Metals chief executive
Priya Raman said ...``; ``Nurses at 12 hospitals have voted to strike, their union announced.
¶ The Fédération ... said``.  The description in the article's first sentence, with no
organisation of its sort named before it, is the organisation the next sentence names
first, when that one is named there for the first time and its name shows no other sort.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import VERB_TAGS
from newswire.nlp.quotes.base.referent_types import Referent
from newswire.nlp.quotes.bodies.orgsorts import name_sort, wanted_sort
from newswire.nlp.quotes.resolution.salience import Trail

__all__ = ["named_after_lead"]



def named_after_lead(head: Token, trail: Trail) -> Referent | None:
    """The organisation the sentence after the lead names first, for the lead's description
    ``head`` (``company``, ``union``); None outside the lead or when it does not fit."""
    doc = head.doc
    sort = wanted_sort(head)
    if sort is None or sort in ("city", "country") or head.sent.end >= len(doc) \
            or any(t.pos_ in VERB_TAGS for t in doc[:head.sent.start]):
        return None  # not the first sentence (a dateline alone may come before it)
    following = doc[head.sent.end].sent
    named = trail.before(following.end_char, following.end_char - following.start_char,
                         lambda r: r.kind == "organization" and not r.place
                         and r.entity_id is not None)
    if not named or name_sort(named[0]) not in (None, sort):
        return None
    first = named[0]
    if trail.before(head.idx, head.idx + 1, lambda r: r.name == first.name):
        return None  # named before the description: not the one introduced here
    return first
