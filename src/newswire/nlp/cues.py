"""Reporting cues: the verb (or ``according to``) that introduces speech, and its subject.

Only verbs of saying count; verbs of thinking or wanting (believe, hope, plan) are left out
on purpose, because the product reports what people said, not what they are said to think.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

_SPEECH_VERBS_WORDS = """
    say tell add state announce declare claim argue insist warn write tweet post explain note
    report reply respond answer ask suggest acknowledge admit concede confirm deny assert
    contend maintain stress emphasize emphasise highlight reiterate repeat predict promise pledge
    vow threaten urge recall caution complain testify charge allege joke quip boast brag
    observe remark comment disclose reveal inform assure shout yell scream whisper proclaim
    conclude counter retort rebut recommend demand advise tout lament muse mention describe
    call accuse criticize criticise praise blast slam dismiss tease wonder question
    plead concur reason reckon estimate indicate signal recount
"""
SPEECH_VERBS = frozenset(_SPEECH_VERBS_WORDS.split())
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_CLIMB_DEPS = ("conj", "xcomp", "advcl", "pcomp", "relcl")
_MENTION_DEPS = frozenset(("compound", "amod", "det", "nmod", "flat"))
# Numbers, times and amounts are never speakers, whatever the parse says ("1:50 p.m. said").
_NOT_SPEAKER_ENTS = frozenset(
    ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"))
_NAMING_POS = frozenset(("PROPN", "NOUN", "PRON"))
_ASIDE_TOKENS = 4
_DASHES = frozenset(("—", "–", "--"))
_NOT_SPEAKER_POS = frozenset(("NUM", "SYM", "PUNCT", "SPACE", "X"))


@dataclass(frozen=True)
class Cue:
    """A reporting verb or phrase (token range ``[start, end)``) and its speaker's head token."""

    start: int
    end: int
    speaker: Token | None


def is_speech_verb(token: Token) -> bool:
    """A verb of saying, used as a verb (``said``, not ``the said company``)."""
    return token.pos_ == "VERB" and token.lemma_.lower() in SPEECH_VERBS


def is_according(token: Token) -> bool:
    """``according`` in ``according to X``."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.lower_ == "according" and nxt is not None and nxt.lower_ == "to"


def cue_at(token: Token) -> Cue | None:
    """The cue starting at ``token``, if it is one."""
    if is_according(token):
        return Cue(token.i, token.i + 2, _object_of(token.nbor(1)))
    if is_speech_verb(token):
        return Cue(token.i, _verb_end(token), subject_of(token) or adjacent_speaker(token))
    return None


def adjacent_speaker(verb: Token) -> Token | None:
    """When the parse found no subject: the noun just before the verb, or a name just after.

    ``..., her adviser, Jake Sullivan, said:`` and ``Continued Stone:``.
    """
    doc = verb.doc
    before = verb.i - 1
    # Step over what sits between a name and its verb: "Ramos, 58, told", "Kasich (R-OH), said".
    while before >= max(verb.sent.start, verb.i - _ASIDE_TOKENS) and (
            doc[before].is_punct or doc[before].like_num or doc[before].is_space):
        before -= 1
    if before >= verb.sent.start and doc[before].pos_ in _NAMING_POS and can_speak(doc[before]):
        return doc[before]
    after = verb.i + 1
    if after < verb.sent.end and doc[after].pos_ == "PROPN" and can_speak(doc[after]):
        return doc[after]
    return None


def cues_in(doc: Doc, start: int, end: int) -> list[Cue]:
    """Every cue in the token range ``[start, end)`` of ``doc``."""
    return [c for c in (cue_at(doc[i]) for i in range(start, end)) if c is not None]


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``, climbing coordinated and embedded verbs that share it."""
    current = verb
    for _ in range(4):
        # The subject nearest the verb: a quote's own subject may hang off it too.
        subjects = sorted((c for c in current.children if c.dep_ in _SUBJECT_DEPS),
                          key=lambda c: abs(c.i - current.i))
        if subjects:
            return subjects[0] if can_speak(subjects[0]) else None
        agent = next((c for c in current.children if c.dep_ == "agent"), None)
        if agent is not None:
            by = _object_of(agent)
            return by if by is not None and can_speak(by) else None
        if current.dep_ not in _CLIMB_DEPS or current.head is current:
            return None
        current = current.head
        if current.dep_ == "ccomp" and is_speech_verb(current.head):
            # "X said A, adding B" parsed with "adding" under A: the adder is X, not A's subject.
            current = current.head
    return None


def can_speak(token: Token) -> bool:
    """Whether ``token`` may head a speaker: not a number, date, amount or dateline."""
    return (token.pos_ not in _NOT_SPEAKER_POS and token.ent_type_ not in _NOT_SPEAKER_ENTS
            and not _is_dateline(token))


def _is_dateline(token: Token) -> bool:
    """``WASHINGTON —`` or ``RENO, Nev. (AP) —`` opening a story is a place, not a speaker."""
    if not (token.text.isupper() and len(token.text) > 2) or token.i - token.sent.start > 2:
        return False
    return any(t.text in _DASHES for t in token.doc[token.i + 1:token.i + 8])


def _object_of(preposition: Token) -> Token | None:
    return next((c for c in preposition.children if c.dep_ == "pobj"), None)


def _verb_end(verb: Token) -> int:
    # Keep a particle that belongs to the cue: "pointed out", "went on".
    nxt = verb.i + 1
    if nxt < len(verb.doc) and verb.doc[nxt].dep_ == "prt" and verb.doc[nxt].head is verb:
        return nxt + 1
    return nxt


def mention_range(head: Token) -> tuple[int, int]:
    """Token range of the words naming the speaker: the entity, or the head and its modifiers."""
    if head.ent_type_ and head.pos_ != "PRON":
        ent = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
        if ent is not None:
            return ent.start, ent.end
    start = head.i
    for child in reversed(list(head.lefts)):
        hyphen = child.text == "-"  # secretary-general is three tokens
        if (child.dep_ not in _MENTION_DEPS and not hyphen) or child.i != start - 1:
            break
        start = child.i
    return start, head.i + 1


def governs(cue: Cue, tokens: Iterable[Token]) -> bool:
    """Whether the cue's verb is an ancestor of any of ``tokens`` (the quote depends on it)."""
    doc_tokens = list(tokens)
    if not doc_tokens:
        return False
    verb = doc_tokens[0].doc[cue.start]
    return any(verb in tok.ancestors or tok is verb for tok in doc_tokens)
