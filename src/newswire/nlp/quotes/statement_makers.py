"""``the statement said`` after ``In a statement, the commission said``: the one who made it.

News names a statement's maker once (``X said in a statement``, ``X issued a statement``,
``a statement from X``, ``X's statement``) and then lets ``the statement`` speak for it. The
fresh gold writes the maker there (or lists it beside the phrase), so a bare ``the
statement`` is the maker of the last statement named before, when the text names one.
Pure: spaCy tokens and the quotes package only.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.descriptions import DESCRIPTION_WINDOW, Context
from newswire.nlp.quotes.named import NOBODY, Speaker

__all__ = ["statement_maker"]

#: Nouns for what a body or a person puts out in its own name.
_STATEMENT_NOUNS = frozenset(("statement",))
#: Prepositions that name a statement's maker after it: ``a statement from the ministry``.
_MAKER_PREPOSITIONS = frozenset(("by", "from"))
#: Kinds a maker may be: a statement speaks for an organisation or a person, never a group.
_MAKER_KINDS = frozenset(("organization", "person"))
#: Unnamed people who speak for a body: ``a spokesperson for the Department of Health``.
_SPOKES_NOUNS = frozenset(("spokesperson", "spokeswoman", "spokesman", "representative",
                           "official", "spokespeople", "representatives", "officials"))
#: Prepositions that name the body such a person speaks for.
_FOR_BODY = frozenset(("for", "of"))


def statement_maker(ctx: Context, head: Token, depth: int) -> Speaker:
    """The maker of the statement last named before a bare ``the statement`` (nothing but
    its article before the noun), else nobody."""
    if head.lemma_.lower() not in _STATEMENT_NOUNS or any(
            c.dep_ != "det" for c in head.lefts) or any(
            c.dep_ == "prep" and c.lower_ in _MAKER_PREPOSITIONS for c in head.rights):
        return NOBODY
    doc = head.doc
    first = doc.char_span(max(0, head.idx - DESCRIPTION_WINDOW), head.idx,
                          alignment_mode="expand")
    start = first.start if first is not None else 0
    for earlier in reversed(doc[start:head.i]):
        if earlier.lemma_.lower() not in _STATEMENT_NOUNS:
            continue
        maker = _maker_of(earlier)
        if maker is None and earlier.dep_ == "nsubj":
            continue  # ``the statement said`` again: the same statement, look past it
        if maker is None:
            return NOBODY  # the nearest statement is someone's reaction to it, not theirs
        speaker = _body_spoken_for(ctx, maker, depth) or ctx.resolve(maker, depth + 1)
        return speaker if speaker.name and speaker.kind in _MAKER_KINDS else NOBODY
    return NOBODY


def _body_spoken_for(ctx: Context, maker: Token, depth: int) -> Speaker | None:
    """The organisation an unnamed spokesperson speaks for (``a spokesperson for the
    Department of Health``): the statement is the body's, as the gold writes it."""
    spokes = maker.lemma_.lower() in _SPOKES_NOUNS or maker.lower_ in _SPOKES_NOUNS
    if maker.pos_ != "NOUN" or maker.ent_type_ or not spokes or any(
            c.dep_ == "appos" for c in maker.children):
        return None  # a named spokesperson (``a spokesperson, Jane Roe,``) speaks as herself
    for prep in (c for c in maker.rights if c.dep_ == "prep" and c.lower_ in _FOR_BODY):
        for body in (c for c in prep.children if c.dep_ == "pobj"):
            if any(c.dep_ == "conj" for c in body.children):
                return None  # "North Cumbria and Borders Hospitals": the parse split the name
            speaker = ctx.resolve(body, depth + 1)
            if speaker.name and speaker.kind == "organization":
                return speaker
    return None


#: Verbs whose subject puts a statement out (``issued a statement``). Small on purpose: a
#: statement is also rejected, questioned, read aloud or answered, and those subjects react
#: to it rather than make it. ``put`` counts only with ``out``.
_ISSUING_VERBS = frozenset(("issue", "release", "publish", "post", "put", "send", "make",
                            "share", "circulate", "give"))


def _maker_of(statement: Token) -> Token | None:
    """Who made ``statement``: its owner, the name after ``by``/``from``, or the subject of
    the verb that puts it out (``issued a statement``), or of the verb ``in a statement``
    hangs on (``said in a statement``)."""
    for child in statement.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in _MAKER_PREPOSITIONS:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    verb = statement.head
    if statement.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "in":
        verb = verb.head
    elif statement.dep_ != "dobj" or verb.lemma_.lower() not in _ISSUING_VERBS or (
            verb.lemma_.lower() == "put" and not any(
                c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)):
        return None
    # The subject nearest the verb: a parse may make a name set off before it a second one.
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return min(subjects, key=lambda c: abs(verb.i - c.i)) if subjects else None
