"""A quote inside what someone's words say: ``his warning that Britain would go to the “back
of the queue”``, ``her remark that “there’s a special place in hell ...”``, ``The senator’s
answer was that “the family ...”``.

The quote's clause is the that-clause of a noun of saying (the lexicon's utterance and speech
nouns: ``remark``, ``statement``, ``claim``, ``warning``) that has a possessor (or a ``by``
or ``from`` holder: ``a claim by Trump that``), or of the verb ``be`` whose subject is such a
noun; the possessor is the speaker, not the subject of the
sentence around it (``Obama leaves behind a backlash ..., particularly his warning that
Britain ...`` was the United Kingdom's; ``Warren ... recalling his claim that`` Warren's).
The climb from the quote stops at a verb of saying: ``his claim that Trump said “...”`` is
Trump's, the nearer cue's.  A time between the noun and its clause (``his statement on
Wednesday that``), where the parse hangs the clause on the verb, is read past.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import CONTENT_CLAUSE_DEPS, NOUN_TAGS, TIME_LABELS
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_en import MAKER_PREPOSITIONS
from newswire.nlp.quotes.speech.cues import Cue, quote_top
from newswire.nlp.quotes.speech.saying import is_speech_verb

__all__ = ["owned_utterance"]

_MAX_CLIMB = 8
_TIME_LINKS = frozenset(("on", "in", "at", "during"))


def owned_utterance(inside: list[Token], lexicon: Lexicon) -> Cue | None:
    """The noun of saying whose that-clause holds the quote, with its possessor as speaker."""
    token = quote_top(inside)
    for _ in range(_MAX_CLIMB):
        if token is None or token.head == token or is_speech_verb(token, lexicon):
            return None
        mark = _that_mark(token) if token.dep_ in CONTENT_CLAUSE_DEPS else None
        if mark is not None:
            noun = _saying_noun(token.head, lexicon) or _saying_noun_before(mark, lexicon)
            if noun is not None:
                owner = _owner(noun)
                return Cue(noun.i, noun.i + 1, owner) if owner is not None else None
        token = token.head
    return None


def _that_mark(clause: Token) -> Token | None:
    return next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)


def _saying_noun_before(mark: Token, lexicon: Lexicon) -> Token | None:
    """``his statement on Wednesday that ...``: the parse hangs the clause on the verb when a
    time stands between; the noun of saying right before the time owns it."""
    i = mark.i - 1
    while i >= 0 and (mark.doc[i].ent_type_ in TIME_LABELS or mark.doc[i].lower_ in _TIME_LINKS):
        i -= 1
    if i < 0 or i == mark.i - 1 or mark.doc[i].sent != mark.sent:
        return None
    return _saying_noun(mark.doc[i], lexicon)


def _saying_noun(head: Token, lexicon: Lexicon) -> Token | None:
    """``head`` itself when a noun of saying, or the subject of ``be`` (``his answer was``)."""
    if head.lemma_ == "be":
        head = next((c for c in head.children if c.dep_ == "nsubj"), head)
    if head.pos_ != "NOUN":
        return None
    lemma = head.lemma_.lower()
    said = lemma in lexicon.utterance_nouns or lemma in lexicon.speech_nouns
    return head if said or head.lower_ in lexicon.utterance_nouns else None


def _owner(noun: Token) -> Token | None:
    """The possessor (``his warning``), else the name or noun after ``by`` or ``from`` (``a
    claim by Trump that``, ``a statement from the White House that``)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    for prep in () if owner is not None else noun.rights:
        if prep.dep_ == "prep" and prep.lower_ in MAKER_PREPOSITIONS:
            return next((c for c in prep.children if c.dep_ == "pobj"
                         and c.pos_ in NOUN_TAGS and c.ent_type_ not in TIME_LABELS), None)
    return owner
