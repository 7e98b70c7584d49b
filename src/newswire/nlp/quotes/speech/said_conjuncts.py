"""A second act of saying joined inside what was said: ``announced that he was undergoing
therapy and vowed to focus on being a better father``.

The parse often hangs a verb joined to the verb of saying on the last verb of its clause, so
the clause ran on over the second act (``... and predicted that Clinton will win``, ``...
and called on Sanders to do the same``). A joined verb of saying with no subject of its own
is the speaker's next statement, not a word of the first one: what was said ends before it,
and the joined verb is a cue of its own, spoken by the first verb's speaker. Only a verb
joined by ``and`` with no auxiliary of its own is cut off: with one (``and had asked``,
``and would not comment``) or after ``but`` it is said of the clause's subject. A joined
verb of doing (``said sales fell and cut its forecast``) is left as it is: only meaning
tells whose act it is; so is a joined verb of saying after a person's act told in the
same simple past (``Police said the suspect entered the bank and told a teller he had a gun``:
the suspect told, not the police). Pure: spaCy tokens only.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import COMPLEMENT_CLAUSE_DEPS, SUBJECT_DEPS
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.resolution.titled_heads import is_person_word
from newswire.nlp.quotes.speech.saying import is_speech_verb
from newswire.nlp.quotes.unnamed.one_person import is_person_noun

__all__ = ["before_said_conjunct", "said_conjunct_owner"]

#: Alphabetic words left before the joined verb for the cut to be made.
_KEPT_WORDS = 3
#: Heads climbed from a joined verb to the clause it sits in, at most.
_MAX_CLIMB = 8
_AUXILIARY_DEPS = frozenset(("aux", "auxpass"))
#: Nouns for someone whose acts an incident report tells (``the suspect entered ... and
#: told``); :func:`.is_person_noun` leaves out words other lexicons list.
_ACTORS = frozenset(("suspect", "gunman", "attacker", "assailant", "robber", "shooter",
                     "intruder", "thief", "man", "woman", "boy", "girl", "teen", "teenager",
                     "victim", "officer", "soldier", "customer", "passenger", "patient"))


def before_said_conjunct(verb: Token, words: list[Token], lexicon: Lexicon) -> list[Token]:
    """``words`` (what ``verb`` says, in text order) up to a verb of saying joined inside
    them with no subject of its own; ``words`` whole when there is none."""
    inside = {t.i for t in words}
    for token in words:
        if not _said_conjunct(token, verb, inside, lexicon):
            continue
        kept = [t for t in words if t.i < token.left_edge.i]
        if sum(1 for t in kept if t.is_alpha) >= _KEPT_WORDS:
            return kept
    return words


def said_conjunct_owner(token: Token, lexicon: Lexicon) -> Token | None:
    """The verb of saying whose clause holds ``token``, a joined verb of saying with no
    subject of its own: its speaker speaks ``token`` too (``Farage said the warning was ...,
    and accused Number 10 of ...``: Farage, not the warning)."""
    if not _joined_saying(token, lexicon):
        return None
    current = token.head
    for _ in range(_MAX_CLIMB):
        if current.dep_ in COMPLEMENT_CLAUSE_DEPS and is_speech_verb(current.head, lexicon):
            return current.head if current.head.i < token.i else None
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _said_conjunct(token: Token, verb: Token, inside: set[int], lexicon: Lexicon) -> bool:
    return token.i > verb.i and token.head.i in inside and _joined_saying(token, lexicon)


def _joined_saying(token: Token, lexicon: Lexicon) -> bool:
    """A verb of saying joined by ``and`` to another verb that is none (``talk to or yell
    at`` is one act), with no subject and no auxiliary of its own: ``had asked``, ``would
    not comment``, ``were charged`` keep the tense of the reported clause and are said of
    its subject (``Reszler had been briefed and had asked commanders for options``), as is
    a verb joined by ``but`` (``had discussed a cut but concluded that``) and a bare
    participle (``the executive arrested and charged with fraud``: done to someone)."""
    if token.dep_ != "conj" or token.tag_ == "VBN":
        return False
    edge = token.left_edge.i
    return (edge > 0 and token.doc[edge - 1].lower_ == "and"
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in _AUXILIARY_DEPS
                        for c in token.children)
            and is_speech_verb(token, lexicon) and not is_speech_verb(token.head, lexicon)
            and not _next_act_of_person(token, lexicon))


def _next_act_of_person(token: Token, lexicon: Lexicon) -> bool:
    """Whether ``token`` follows an act of a person told in the same simple past, with no
    auxiliary (``the suspect entered the bank and told``, ``the man ran ... and shouted``):
    the next act of that person, not the speaker's next statement. A state (``Trump was
    unfit and urged``) or another tense (``he was undergoing therapy and vowed``) is none."""
    act = token.head
    if act.tag_ != "VBD" or token.tag_ != "VBD" or act.lemma_ == "be" or any(
            c.dep_ in _AUXILIARY_DEPS for c in act.children):
        return False
    subject = next((c for c in act.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ != "PRON" and (
        is_person_word(subject) or is_person_noun(subject, lexicon)
        or subject.lemma_.lower() in _ACTORS or subject.lower_ in lexicon.role_nouns)
