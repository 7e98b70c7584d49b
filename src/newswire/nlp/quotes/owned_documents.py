"""A document its owner names (``The agency's most recent monthly data``, ``Its latest
survey``, ``the Highway Patrol's annual crime reports``) speaks for that owner.

The fresh gold writes the owner of such a document beside its phrase (``also``) almost every
time, and the phrase itself only as written, owner and all, which newswire does not rebuild
(``Its most recent survey`` came out ``survey``).  So the owner is the answer both readings
accept, when it is one named organisation; an owner that is no one named (``the
authority's own assessment`` with no authority named) or a person keeps the document's
phrase.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.descriptions import Context
from newswire.nlp.quotes.named import NOBODY, Speaker

__all__ = ["document_owner"]

#: Owners that speak for the document they hold: an organisation only.  A person's
#: document (``Clinton's plan``, ``his budget``) stays the document: with persons too, two
#: more PolNeAR dev documents turned wrong (aggregate seen only; kinds36).
_NAMED_KINDS = frozenset(("organization",))


def document_owner(ctx: Context, owner: Token, depth: int) -> Speaker:
    """The named organisation owning a document, else nobody."""
    speaker = ctx.resolve(owner, depth + 1)
    if speaker.kind in _NAMED_KINDS and speaker.entity_id is not None:
        return speaker
    return NOBODY
