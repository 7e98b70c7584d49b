"""Reporting cues: the verb (or ``according to``) that introduces speech, and its subject.

Only verbs of saying count here; verbs of thinking, wanting or supporting (believe, hope,
endorse) are read by :mod:`~newswire.nlp.quotes.stances.attitudes`, labelled apart from speech.
The words are the doc's language's (:class:`~newswire.nlp.quotes.lexicon.Lexicon`, passed
in); the dependency labels are both of the English scheme and of Universal Dependencies
(French). A verb the parse gives no subject finds its speaker by position
(:mod:`~newswire.nlp.quotes.resolution.speaker_heads`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newswire.nlp.quotes.base.mention_spans import hyphened_head
from newswire.nlp.quotes.base.parse_labels import (
    NOUN_TAGS,
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    VERB_TAGS,
)
from newswire.nlp.quotes.base.textmap import TextMap
from newswire.nlp.quotes.bodies.issued_documents_fr import issuing_verb
from newswire.nlp.quotes.bodies.quoted_titles import titled_noun
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.resolution.speaker_heads import adjacent_speaker, can_speak, named_subject
from newswire.nlp.quotes.roles.appositions import sibling_name_after
from newswire.nlp.quotes.speech.said_conjuncts import said_conjunct_owner
from newswire.nlp.quotes.speech.saying import according_length, is_speech_verb

__all__ = [
    "Cue",
    "cue_at",
    "cue_in",
    "cues_in",
    "governs",
    "quote_top",
    "subject_of",
]

# "He explained it by saying", "Weaver didn't seem impressed, telling reporters": the
# participle's speaker is the subject of the clause it hangs off.
_CLIMB_DEPS = ("conj", "xcomp", "advcl", "pcomp", "relcl", "prep", "acomp")
# "asked Clinton to say": how an infinitive hangs on the verb whose object speaks, and the
# bare forms (VB, or VBP where the tagger misreads it) such an infinitive takes.
_CONTROLLED_DEPS = frozenset(("xcomp", "ccomp", "conj"))
_BARE = frozenset(("VB", "VBP"))


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


def cue_in(tmap: TextMap, token: Token) -> Cue | None:
    """:func:`cue_at` of a word of ``tmap``'s doc, worked out once a word and doc: the
    reported speech pass and each quote's window ask the same verbs."""
    if token.i not in tmap.cues:
        tmap.cues[token.i] = cue_at(token, tmap.lexicon)
    return tmap.cues[token.i]


def _told_subject(verb: Token) -> bool:
    """``Anyone with information is asked to call``, ``He was told that``: a passive verb of
    saying's subject is who was told or asked; with no ``by`` phrase no one is named."""
    return any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children) and not any(
        c.dep_ == "agent" for c in verb.children)


def _passive_adjunct(verb: Token) -> bool:
    """A bare past participle opening a clause on another verb (``Asked about it, ...``,
    ``When pressed, ...``): that verb's subject underwent it (not ``Having said that``)."""
    return (verb.tag_ == "VBN" and verb.dep_ == "advcl"
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))


def cues_in(doc: Doc, start: int, end: int, lexicon: Lexicon) -> list[Cue]:
    """Every cue in the token range ``[start, end)`` of ``doc``."""
    return [c for c in (cue_at(doc[i], lexicon) for i in range(start, end)) if c is not None]


def subject_of(verb: Token, lexicon: Lexicon) -> Token | None:
    """The subject of ``verb``, climbing coordinated and embedded verbs that share it."""
    current = said_conjunct_owner(verb, lexicon) or verb  # "said A and predicted B"
    for _ in range(5):
        # The subject nearest the verb: a quote's own subject may hang off it too.
        subjects = sorted((c for c in current.children
                           if c.dep_ in SUBJECT_DEPS or _name_compound(c)),
                          key=lambda c: abs(c.i - current.i)) or _lost_who(current) \
            or _as_object(current) or _reduced_relative(current)
        agent = next((c for c in current.children if c.dep_ == "agent"), None)
        if subjects and not (agent is not None and subjects[0].dep_ != "nsubj"
                             and is_speech_verb(current, lexicon)):
            # "co-chair": not "co"; "its vice-president of leasing, Andrea Kostiuk"
            return named_subject(sibling_name_after(hyphened_head(subjects[0])))
        if agent is not None:  # "was asked by the moderator": the asker speaks, not the asked
            by = _object_of(agent)
            return by if by is not None and can_speak(by) else None
        if _describes_object(current):
            current = current.head.head  # "emailed supporters saying": the emailer speaks
            continue
        if (issuer := issuing_verb(current, lexicon)) is not None:
            current = issuer  # "a publié un message demandant": who published it speaks
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


def _reduced_relative(verb: Token) -> list[Token]:
    """``Majorities of Democrats in five states going to the polls Tuesday say``: the parse
    made the participle the verb's clausal subject and the people its subject; they speak."""
    return [s for c in verb.lefts if c.dep_ == "csubj" and c.tag_ == "VBG"
            for s in c.lefts if s.dep_ == "nsubj"]


def _as_object(verb: Token) -> list[Token]:
    """``As Akhil Amar, professor ..., put it, “...”``: the parse read ``As`` as a
    preposition and its name as that word's object; the name is the verb's subject (a name
    only: ``As a result, there's ...``, ``as the chants to ...`` name nobody)."""
    return [o for c in verb.children if c.lower_ == "as" and c.dep_ in ("mark", "prep")
            and c.i < verb.i for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"][:1]


def _lost_who(clause: Token) -> list[Token]:
    """``the elder Mr. Murdoch, who is by all accounts ... saying``: a relative clause whose
    ``who`` the parse hung on a word under the verb; the noun it describes speaks."""
    lost = clause.dep_ == "relcl" and clause.head.pos_ in NOUN_TAGS and any(
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
    obj = next((c for c in head.children if c.dep_ in OBJECT_DEPS
                and head.i < c.i < verb.i), None)
    if obj is None or not can_speak(obj):
        return None
    named = obj.pos_ in ("PROPN", "PRON") or any(
        c.dep_ == "appos" and c.pos_ == "PROPN" for c in obj.children)
    return obj if named else None


def _describes_object(verb: Token) -> bool:
    """A participle on a verb's object: ``issued a statement describing``, ``signs calling``."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj"
            and verb.head.head.pos_ in VERB_TAGS)


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


def quote_top(inside: list[Token]) -> Token | None:
    """The first word of a quote (its tokens, ``inside``) that hangs on a word outside it:
    its head is what the quote stands under (``called him “a loser”``: ``called``)."""
    if not inside:
        return None
    first, last = inside[0].i, inside[-1].i
    return next((t for t in inside if not first <= t.head.i <= last), None)
