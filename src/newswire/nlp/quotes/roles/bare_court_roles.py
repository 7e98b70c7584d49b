"""Court roles English court copy writes bare, with no article, for the barrister it named
before: ``Michael Bowman SC, defending, said his client was "a broken man". Counsel said Mr
Mulvihill had no previous convictions``; ``"My client denies these allegations," counsel told
court`` after ``Defence counsel Upul Samarakoon-Dias``.

A construction of court reporting in British, Irish, South Asian and African English (the
barrister is ``counsel``, with no article, once named): it is the barrister named before, by
a senior counsel's letters after the name (``SC``, ``QC``, ``KC``, ``BL``, ``SAN``) or the
word ``counsel`` right before it, not an unnamed source, nor the last person named (the
accused, the victim, a witness: ``the Gormley family``). Only ``counsel``: any other bare
singular role noun is no one in particular (a headline's ``Minister says``); with nobody so
named before, the phrase stays as it was.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newswire.nlp.doc_texts import text_of
from newswire.nlp.quotes.base.referent_types import Referent
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_fr import FRENCH
from newswire.nlp.quotes.roles.description_context import DESCRIPTION_WINDOW, Context

__all__ = ["barrister_before", "is_bare_court_role"]

_BARE_COURT_ROLES = frozenset(("counsel",))
#: Words that make it no bare one: ``the counsel``, ``his counsel``, ``two``, the party it
#: speaks for (``Counsel for the HSE said``: a description of its own, whoever it is), and a
#: modifier naming which (``Junior counsel said`` after ``Senior counsel Remy Farrell``: another
#: barrister; review55's F10).
_DETERMINING = frozenset(("det", "poss", "nummod", "prep", "appos", "amod", "compound", "nmod"))
#: A referent starts at its name's first word or its head (the last): a barrister's letters
#: after the name's capitalised words: ``Michael Bowman SC``, ``Ogunbiyi, SAN``.
_LETTERS_AFTER = re.compile(r"(?:[A-Z][\w'’.]*(?:\s+|-)){0,4}[\w'’.]+,?\s+(?:SC|QC|KC|BL|SAN)\b")
#: The word ``counsel`` before the name's words: ``Defence counsel Upul Samarakoon-``,
#: ``counsel to INEC, Mr Ibrahim Yusuf-``, ``Senior counsel for the accused, Brian ``.
_COUNSEL_BEFORE = re.compile(
    r"\bcounsel(?:\s+(?:to|for)\s+[\w\s'’-]{1,40})?,?\s+(?:[A-Z][\w'’.]*(?:\s+|-))*$",
    re.IGNORECASE)


def is_bare_court_role(head: Token, lexicon: Lexicon) -> bool:
    """``counsel told court``, ``Counsel said``: a court role with no determiner and no party
    after it, in English (the cheap question, the word, first)."""
    return head.lower_ in _BARE_COURT_ROLES and lexicon is not FRENCH \
        and not any(c.dep_ in _DETERMINING for c in head.children)


def barrister_before(ctx: Context, head: Token) -> Referent | None:
    """The last person named before ``head`` as a barrister (letters after, ``counsel``
    before), else ``None``."""
    text = text_of(head.doc)
    people = ctx.before(head, DESCRIPTION_WINDOW, lambda r: r.kind == "person" and (
        _LETTERS_AFTER.match(text, r.start) is not None
        or _COUNSEL_BEFORE.search(text, max(0, r.start - 60), r.start) is not None))
    return people[-1] if people else None
