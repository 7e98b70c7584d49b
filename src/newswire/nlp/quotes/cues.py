"""Reporting cues: the verb (or ``according to``) that introduces speech, and its subject.

Only verbs of saying count here; verbs of thinking, wanting or supporting (believe, hope,
endorse) are read by :mod:`~newswire.nlp.quotes.attitudes`, labelled apart from speech.
The words are the doc's language's (:class:`~newswire.nlp.quotes.lexicon.Lexicon`, passed
in); the dependency labels are both of the English scheme and of Universal Dependencies
(French).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newswire.nlp.quotes.appositions import sibling_name_after
from newswire.nlp.quotes.asides import aside_owner
from newswire.nlp.quotes.datelines import in_dateline
from newswire.nlp.quotes.lexicon import PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, Lexicon
from newswire.nlp.quotes.mark_sets import MARK_TOKENS
from newswire.nlp.quotes.members import is_one_of, member_group
from newswire.nlp.quotes.mention_spans import hyphened_head
from newswire.nlp.quotes.phrases import is_person_noun, phrase_kind
from newswire.nlp.quotes.quoted_titles import titled_noun
from newswire.nlp.quotes.saying import according_length, is_speech_verb

__all__ = [
    "Cue",
    "adjacent_speaker",
    "can_speak",
    "cue_at",
    "cues_in",
    "governs",
    "is_age",
    "noun_after",
    "subject_of",
]

# "He explained it by saying", "Weaver didn't seem impressed, telling reporters": the
# participle's speaker is the subject of the clause it hangs off.
_CLIMB_DEPS = ("conj", "xcomp", "advcl", "pcomp", "relcl", "prep", "acomp")
# "asked Clinton to say": how an infinitive hangs on the verb whose object speaks, and the
# bare forms (VB, or VBP where the tagger misreads it) such an infinitive takes.
_CONTROLLED_DEPS = frozenset(("xcomp", "ccomp", "conj"))
_BARE = frozenset(("VB", "VBP"))
# Numbers, times and amounts are never speakers, whatever the parse says ("1:50 p.m. said").
_NOT_SPEAKER_ENTS = frozenset(
    ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"))
_NAMING_POS = frozenset(("PROPN", "NOUN", "PRON"))
_ASIDE_TOKENS = 4
_NOUN_PHRASE_POS = frozenset(("DET", "ADJ", "NUM", "PROPN", "NOUN", "PUNCT"))
_NOT_SPEAKER_POS = frozenset(("NUM", "SYM", "PUNCT", "SPACE", "X"))
_MODIFIER_DEPS = frozenset(("amod", "compound", "nummod", "det", "poss"))
_PLACE_ENTS = frozenset(("GPE", "LOC"))


@dataclass(frozen=True)
class Cue:
    """A reporting verb or phrase (token range ``[start, end)``) and its speaker's head token."""

    start: int
    end: int
    speaker: Token | None


def cue_at(token: Token, lexicon: Lexicon) -> Cue | None:
    """The cue starting at ``token``, if it is one."""
    if length := according_length(token, lexicon):
        # "according to X": X is the object of "to"; "selon X": "selon" is the case of X.
        named = token.head if token.dep_ == "case" and token.head.i > token.i else None
        source = _object_of(token.doc[token.i + length - 1]) or named
        return Cue(token.i, token.i + length, source and (titled_noun(source) or source))
    if is_speech_verb(token, lexicon):
        if _told_subject(token):
            return Cue(token.i, _verb_end(token), None)
        return Cue(token.i, _verb_end(token),
                   subject_of(token, lexicon) or adjacent_speaker(token))
    return None


def _told_subject(verb: Token) -> bool:
    """``Anyone with information is asked to call``, ``He was told that``: a passive verb of
    saying's subject is who was told or asked; with no ``by`` phrase no one is named."""
    return any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children) and not any(
        c.dep_ == "agent" for c in verb.children)


def adjacent_speaker(verb: Token) -> Token | None:
    """When the parse found no subject: the noun just before the verb, or the one just after.

    ``..., her adviser, Jake Sullivan, said:``, ``Continued Stone:`` and ``“...,” added
    another New Hampshire Democrat``.  A word before a closing quote mark is never taken.
    """
    doc = verb.doc
    owner = aside_owner(verb)  # "Levine, who has given money to Rubio, said": not Rubio
    if owner is not None and can_speak(owner):
        return _before_aside(owner)
    before = verb.i - 1
    # Step over what sits between a name and its verb: "Ramos, 58, told", "Kasich (R-OH), said".
    while before >= max(verb.sent.start, verb.i - _ASIDE_TOKENS) and (
            doc[before].is_punct or doc[before].like_num or doc[before].is_space):
        if doc[before].text in MARK_TOKENS:
            return noun_after(verb)  # "“...,” said the boy": the quote's words never speak
        before -= 1
    naming = doc[before].pos_ in _NAMING_POS or is_age(doc[before])  # "the 43-year-old asked"
    if before >= verb.sent.start and naming and can_speak(doc[before]):
        return _before_aside(doc[before])
    if before > verb.sent.start and _mistagged_name(doc[before]):
        return doc[before]  # ", Early described it as": the tagger read the name as an adverb
    return noun_after(verb)


def noun_after(verb: Token) -> Token | None:
    """The head of the noun phrase right after an inverted verb: ``said the 46-year-old``."""
    doc = verb.doc
    for token in doc[verb.i + 1:min(verb.i + 1 + _ASIDE_TOKENS, verb.sent.end)]:
        if token.dep_ in _MODIFIER_DEPS and token.head.i > token.i:
            continue  # "said retired neurosurgeon Ben Carson": a participle read as a verb
        if token.dep_ == "case" and token.head.ent_type_ in _PLACE_ENTS:
            continue  # "opined Cleveland's Plain Dealer": a place's "'s"
        if token.i == verb.i + 1 and _mistagged_name(token):
            return token  # "said Skelly, explaining": the tagger read the name as an adverb
        if is_one_of(token):
            return member_group(token)
        if token.pos_ in ("PROPN", "NOUN") and can_speak(token):
            head = token
            while (head.head.i > head.i and head.head.pos_ in ("PROPN", "NOUN")
                   and head.head.i < verb.sent.end):
                head = head.head
            return None if _object_not_source(head, verb) else member_group(head)
        if token.pos_ not in _NOUN_PHRASE_POS or token.text in MARK_TOKENS:
            return None
    return None


def _passive_adjunct(verb: Token) -> bool:
    """A bare past participle opening a clause on another verb (``Asked about it, ...``,
    ``When pressed, ...``): that verb's subject underwent it (not ``Having said that``)."""
    return (verb.tag_ == "VBN" and verb.dep_ == "advcl"
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))


def _mistagged_name(token: Token) -> bool:
    """A capitalised word the tagger did not read as a noun: ``Skelly`` tagged ADV."""
    return (token.is_alpha and token.text.istitle() and not token.is_stop
            and token.pos_ not in ("PROPN", "NOUN", "PRON", "DET"))


def cues_in(doc: Doc, start: int, end: int, lexicon: Lexicon) -> list[Cue]:
    """Every cue in the token range ``[start, end)`` of ``doc``."""
    return [c for c in (cue_at(doc[i], lexicon) for i in range(start, end)) if c is not None]


def subject_of(verb: Token, lexicon: Lexicon) -> Token | None:
    """The subject of ``verb``, climbing coordinated and embedded verbs that share it."""
    current = verb
    for _ in range(5):
        # The subject nearest the verb: a quote's own subject may hang off it too.
        subjects = sorted((c for c in current.children
                           if c.dep_ in SUBJECT_DEPS or _name_compound(c)),
                          key=lambda c: abs(c.i - current.i)) or _lost_who(current)
        agent = next((c for c in current.children if c.dep_ == "agent"), None)
        if subjects and not (agent is not None and subjects[0].dep_ != "nsubj"
                             and is_speech_verb(current, lexicon)):
            # "co-chair": not "co"; "its vice-president of leasing, Andrea Kostiuk"
            return _named_subject(sibling_name_after(hyphened_head(subjects[0])))
        if agent is not None:  # "was asked by the moderator": the asker speaks, not the asked
            by = _object_of(agent)
            return by if by is not None and can_speak(by) else None
        if _describes_object(current):
            current = current.head.head  # "emailed supporters saying": the emailer speaks
            continue
        controller = _object_controller(current)
        if controller is not None:
            return controller
        if _passive_adjunct(current):
            return None  # "Asked whether ..., Chow said": Chow was asked; the asker is unnamed
        if _misparsed_conjunct(current, lexicon):
            current = current.head
            continue
        # "went so far as to say": the adverb the infinitive hangs on climbs too
        adverb = current.pos_ == "ADV" and current.dep_ == "advmod"
        if (current.dep_ not in _CLIMB_DEPS and not adverb) or current.head == current:
            return None
        current = current.head
        if (current.dep_ == "ccomp" and is_speech_verb(current.head, lexicon)
                and current.head.i < current.i):
            # "X said A, adding B" parsed with "adding" under A: the adder is X, not A's subject.
            current = current.head
    return None


def _lost_who(clause: Token) -> list[Token]:
    """``the elder Mr. Murdoch, who is by all accounts ... saying``: a relative clause whose
    ``who`` the parse hung on a word under the verb; the noun it describes speaks."""
    lost = clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN") and any(
        t.lower_ == "who" and t.dep_ in SUBJECT_DEPS and t.head != clause
        for t in clause.subtree if t.i < clause.i)
    return [clause.head] if lost else []


def _misparsed_conjunct(verb: Token, lexicon: Lexicon) -> bool:
    """``X said A and warned that B`` parsed with ``warned`` a second clause of ``said``:
    a verb of saying right after the ``and`` of the clause before it, under a verb of saying,
    is that verb's conjunct, and shares its subject."""
    if verb.dep_ != "ccomp" or verb.i == 0 or verb.head.i > verb.i:
        return False
    before = verb.doc[verb.i - 1]
    return (before.pos_ == "CCONJ" and before.head.head == verb.head
            and is_speech_verb(verb, lexicon) and is_speech_verb(verb.head, lexicon))


def _name_compound(child: Token) -> bool:
    """``“Cruz,” Beck joked`` parsed with the name as a compound of the verb: its subject."""
    return child.dep_ == "compound" and child.pos_ == "PROPN" and child.i == child.head.i - 1


def _object_controller(verb: Token) -> Token | None:
    """``asked Clinton to say``, ``watching Hillary Clinton argue``: a bare or ``to``
    infinitive under a verb with a named object speaks through that object, not the
    subject.  Not ``will meet Clinton and say`` (both verbs bare: a real coordination)."""
    head = verb.head
    # The tagger often reads the bare form as a present (VBP): either counts, while the head
    # is in another form (a bare head would make this a real coordination).
    if (verb.tag_ not in _BARE or head.tag_ in _BARE or verb.dep_ not in _CONTROLLED_DEPS
            or any(c.dep_ == "aux" and c.lower_ != "to" for c in verb.children)):
        return None
    obj = next((c for c in head.children if c.dep_ in ("dobj", "obj")
                and head.i < c.i < verb.i), None)
    if obj is None or not can_speak(obj):
        return None
    named = obj.pos_ in ("PROPN", "PRON") or any(
        c.dep_ == "appos" and c.pos_ == "PROPN" for c in obj.children)
    return obj if named else None


def _describes_object(verb: Token) -> bool:
    """A participle on a verb's object: ``issued a statement describing``, ``signs calling``."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj"
            and verb.head.head.pos_ in ("VERB", "AUX"))


def can_speak(token: Token) -> bool:
    """Whether ``token`` may head a speaker: not a number, date, amount or dateline."""
    if is_one_of(token):
        return True
    return (token.pos_ not in _NOT_SPEAKER_POS
            and (token.ent_type_ not in _NOT_SPEAKER_ENTS or is_age(token))
            and not in_dateline(token))


def _object_not_source(head: Token, verb: Token) -> bool:
    """``Fed holds rates steady, signals patience``: the verb's bare object, a thing, not who
    spoke (``asked the boy``, ``says a report`` still speak, however parsed)."""
    # English labels only: French parses an inverted subject as "obj" (a déclaré le ministre).
    return (head.dep_ == "dobj" and head.head == verb and head.pos_ == "NOUN"
            and not any(c.dep_ in ("det", "poss") for c in head.children)
            and phrase_kind(head) is None and not is_person_noun(head))


def is_age(token: Token) -> bool:
    """``old`` in ``the 46-year-old``: a person described by age."""
    doc = token.doc
    return (token.lower_ == "old" and token.i >= 2
            and doc[token.i - 2].lower_ in ("year", "years"))


def _named_subject(subject: Token) -> Token | None:
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


def _object_of(preposition: Token) -> Token | None:
    return next((c for c in preposition.children if c.dep_ == "pobj"), None)


def _verb_end(verb: Token) -> int:
    # Keep a particle that belongs to the cue: "pointed out", "went on".
    nxt = verb.i + 1
    if nxt < len(verb.doc) and verb.doc[nxt].dep_ == "prt" and verb.doc[nxt].head == verb:
        return nxt + 1
    return nxt


def governs(cue: Cue, tokens: Iterable[Token]) -> bool:
    """Whether the cue's verb is an ancestor of any of ``tokens`` (the quote depends on it)."""
    doc_tokens = list(tokens)
    if not doc_tokens:
        return False
    verb = doc_tokens[0].doc[cue.start]
    return any(verb in tok.ancestors or tok == verb for tok in doc_tokens)
