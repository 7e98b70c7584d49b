"""Which word may head a speaker, and the speaker found by position when the parse gives a
verb of saying no subject.

:func:`can_speak` turns away numbers, dates, amounts and datelines (``1:50 p.m. said``) but
keeps an age (``the 46-year-old``); :func:`adjacent_speaker` takes the noun just before the
verb (``..., her adviser, Jake Sullivan, said:``) or, inverted, just after it
(:func:`noun_after`: ``“...,” added another New Hampshire Democrat``); :func:`named_subject`
steps a subject back past an aside the parse took for it (``Warren (D-MA) said``).
Read off the words, tags and entity labels around the verb. It imports no cue module (the
cues in :mod:`~newswire.nlp.quotes.speech.cues` build on it): of the quotes package only the word
helpers ``asides``, ``counted_members``, ``datelines``, ``mark_sets``, ``members`` and ``phrases``.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import (
    DETERMINER_DEPS,
    NOMINAL_TAGS,
    NOUN_TAGS,
    PLACE_LABELS,
)
from newswire.nlp.quotes.layouts.datelines import in_dateline
from newswire.nlp.quotes.marked.mark_sets import MARK_TOKENS
from newswire.nlp.quotes.resolution.asides import aside_owner
from newswire.nlp.quotes.unnamed.counted_members import counted_member
from newswire.nlp.quotes.unnamed.members import is_one_of, member_group
from newswire.nlp.quotes.unnamed.one_person import is_person_noun
from newswire.nlp.quotes.unnamed.phrases import phrase_kind
from newswire.nlp.quotes.unnamed.shares import is_share

__all__ = ["adjacent_speaker", "can_speak", "is_age", "named_subject", "noun_after"]

# Numbers, times and amounts are never speakers, whatever the parse says ("1:50 p.m. said").
_NOT_SPEAKER_ENTS = frozenset(
    ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"))
_ASIDE_TOKENS = 4
_NOUN_PHRASE_POS = frozenset(("DET", "ADJ", "NUM", "PROPN", "NOUN", "PUNCT"))
_NOT_SPEAKER_POS = frozenset(("NUM", "SYM", "PUNCT", "SPACE", "X"))
_MODIFIER_DEPS = frozenset(("amod", "compound", "nummod", "det", "poss"))


def adjacent_speaker(verb: Token) -> Token | None:
    """When the parse found no subject: the noun just before the verb, or the one just after.

    ``..., her adviser, Jake Sullivan, said:``, ``Continued Stone:`` and ``“...,” added
    another New Hampshire Democrat``.  A word before a closing quote mark is never taken.
    """
    doc = verb.doc
    shared = _first_verbs_subject(verb)  # "X declares an emergency, says Ottawa's help ..."
    if shared is not None:
        return shared
    owner = aside_owner(verb)  # "Levine, who has given money to Rubio, said": not Rubio
    if owner is not None and can_speak(owner):
        return _before_aside(owner)
    before = verb.i - 1
    while before >= max(verb.sent.start, verb.i - _ASIDE_TOKENS) \
            and _between_name_and_verb(doc[before], verb):
        if doc[before].text in MARK_TOKENS:
            return noun_after(verb)  # "“...,” said the boy": the quote's words never speak
        before -= 1
    naming = doc[before].pos_ in NOMINAL_TAGS or is_age(doc[before])  # "the 43-year-old asked"
    if before >= verb.sent.start and naming and can_speak(doc[before]):
        return _before_aside(doc[before])
    if before > verb.sent.start and _mistagged_name(doc[before]):
        return doc[before]  # ", Early described it as": the tagger read the name as an adverb
    return noun_after(verb)


def _between_name_and_verb(token: Token, verb: Token) -> bool:
    """Whether ``token`` is what may sit between a name and its ``verb``, stepped over:
    ``Ramos, 58, told``, ``Kasich (R-OH), said``, and in French the verb's own auxiliary
    (``la Dre Marie-Carmelle Désir, a annoncé``; not English ``to``: ``refusal to call``)."""
    return token.is_punct or token.like_num or token.is_space or (
        token.doc.lang_ == "fr" and token.dep_.startswith("aux") and token.head == verb)


def _first_verbs_subject(verb: Token) -> Token | None:
    """``Kâpiskaw Cree Nation declares state of emergency over youth suicides, says Ottawa's
    help 'stuck in a queue'``: a second verb, after a comma, shares the first's subject (a
    headline's most often; the rule does not ask which field it reads); the parse hangs the
    first clause on the verb of saying as a complement before it, what is said being the
    complement after it.  Not when a quote mark comes before the verb (``“...,” says``: the
    words before are what is said)."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "," or any(
            t.text in MARK_TOKENS for t in doc[verb.sent.start:verb.i]):
        return None
    before = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if len(before) != 1 or not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    subject = next((c for c in before[0].children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and can_speak(subject) else None


def noun_after(verb: Token) -> Token | None:
    """The head of the noun phrase right after an inverted verb: ``said the 46-year-old``."""
    doc = verb.doc
    for token in doc[verb.i + 1:min(verb.i + 1 + _ASIDE_TOKENS, verb.sent.end)]:
        if token.dep_ in _MODIFIER_DEPS and token.head.i > token.i:
            continue  # "said retired neurosurgeon Ben Carson": a participle read as a verb
        if token.dep_ == "case" and token.head.ent_type_ in PLACE_LABELS:
            continue  # "opined Cleveland's Plain Dealer": a place's "'s"
        if token.i == verb.i + 1 and _mistagged_name(token):
            return token  # "said Skelly, explaining": the tagger read the name as an adverb
        if is_one_of(token):
            return member_group(token)
        if token.pos_ in NOUN_TAGS and can_speak(token):
            head = token
            while (head.head.i > head.i and head.head.pos_ in NOUN_TAGS
                   and head.head.i < verb.sent.end):
                head = head.head
            return None if _object_not_source(head, verb) else member_group(head)
        if token.pos_ not in _NOUN_PHRASE_POS or token.text in MARK_TOKENS:
            return None
    return None


def _mistagged_name(token: Token) -> bool:
    """A capitalised word the tagger did not read as a noun: ``Skelly`` tagged ADV."""
    return (token.is_alpha and token.text.istitle() and not token.is_stop
            and token.pos_ not in ("PROPN", "NOUN", "PRON", "DET"))


def can_speak(token: Token) -> bool:
    """Whether ``token`` may head a speaker: not a number, date, amount or dateline (a share
    of those polled is some of them: ``47 percent said``; ``One said`` after ``Two staffers``
    is one of them)."""
    if is_one_of(token) or is_share(token) or counted_member(token) is not None:
        return True
    return (token.pos_ not in _NOT_SPEAKER_POS
            and (token.ent_type_ not in _NOT_SPEAKER_ENTS or is_age(token))
            and not in_dateline(token))


def _object_not_source(head: Token, verb: Token) -> bool:
    """``Fed holds rates steady, signals patience``: the verb's bare object, a thing, not who
    spoke (``asked the boy``, ``says a report`` still speak, however parsed)."""
    # English labels only: French parses an inverted subject as "obj" (a déclaré le ministre).
    return (head.dep_ == "dobj" and head.head == verb and head.pos_ == "NOUN"
            and not any(c.dep_ in DETERMINER_DEPS for c in head.children)
            and phrase_kind(head) is None and not is_person_noun(head))


def is_age(token: Token) -> bool:
    """``old`` in ``the 46-year-old``: a person described by age."""
    doc = token.doc
    return (token.lower_ == "old" and token.i >= 2
            and doc[token.i - 2].lower_ in ("year", "years"))


def named_subject(subject: Token) -> Token | None:
    """The subject as a speaker, past an aside the parse took for it."""
    if not can_speak(subject):
        return None
    return _before_aside(member_group(subject))


def _before_aside(token: Token) -> Token:
    """The name before a parenthesis the parse took as subject: ``Warren (D-MA) said``."""
    doc = token.doc
    i = token.i - 1
    while i >= max(token.i - _ASIDE_TOKENS, 0) and doc[i].text not in ("(", ")"):
        i -= 1
    if i > 0 and doc[i].text == "(" and doc[i - 1].pos_ == "PROPN" and can_speak(doc[i - 1]):
        return doc[i - 1]
    return token
