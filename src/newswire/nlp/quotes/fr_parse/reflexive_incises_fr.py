"""The subject of a reflexive incise: ``« ... », s'indigne Sébastien Hurtaux``.

French reports a quote with a pronominal verb as often as with ``dit``: ``s'indigne``,
``s'interroge``, ``s'est emporté``, ``s'est réjoui``. ``fr_core_news_sm`` reads the verb as
a conjunct of the quotation and gives it a subject it finds there (``« On nous explique ...
», s'indigne X``: ``On``), or makes the reflexive ``s'`` its subject, and hangs the name
after it as an oblique (``Sébastien`` a ``case``, ``Hurtaux`` an ``obl:mod``) or loses it
behind the auxiliary of ``s'est emporté``. Every cue rule then took ``On`` or ``s'`` for the
speaker, and the quote had none. Right after the quotation's closing mark and its comma,
the noun phrase after such a verb is its subject, whatever the verb (as
:func:`.after._reflexive_incise` reads it when no other cue is found first).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newswire.nlp.quotes.base.parse_labels import FRENCH_SUBJECT_DEPS
from newswire.nlp.quotes.fr_parse.incise_openings_fr import after_closing_comma
from newswire.nlp.quotes.lexicon_fr import INVERTED_PERSONS, REFLEXIVES
from newswire.nlp.quotes.resolution.speaker_heads import noun_after

__all__ = ["subject_reflexive_incises"]

#: ``être`` between the reflexive and its participle: ``s'est emporté``, ``se sont dits``.
_BEING = frozenset(("est", "sont", "était", "étaient", "serait"))


def subject_reflexive_incises(doc: Doc) -> None:
    """Make the noun phrase after each reflexive incise's verb the verb's subject."""
    for token in doc:
        verb = _incise_verb(token)
        if verb is None or any(c.lower_ in INVERTED_PERSONS for c in verb.children):
            continue  # "s'interroge-t-il": the inversion rule gave the pronoun already
        subject = noun_after(verb)
        if subject is None or subject.is_ancestor(verb) or subject.head == subject:
            continue
        for child in verb.children:  # a word of the quotation, or the "s'" itself
            if child.dep_ in FRENCH_SUBJECT_DEPS:
                child.dep_ = "dep"
        if token.dep_ in FRENCH_SUBJECT_DEPS:
            token.dep_ = "expl:comp"
        verb.pos_ = "VERB"
        subject.head, subject.dep_ = verb, "nsubj"


def _incise_verb(reflexive: Token) -> Token | None:
    """The verb of ``», s'indigne`` or ``», s'est emporté``: a reflexive right after a
    closing mark and its comma, its verb after it (past ``est``)."""
    doc = reflexive.doc
    at = reflexive.i
    if reflexive.lower_ not in REFLEXIVES or not after_closing_comma(doc, at) \
            or at + 1 >= len(doc):
        return None
    verb = doc[at + 1]
    if verb.lower_ in _BEING and at + 2 < len(doc):
        verb = doc[at + 2]
    return verb if verb.is_alpha and verb.is_lower else None
