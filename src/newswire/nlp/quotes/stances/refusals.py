"""Refusals to speak: ``Cook declined to say whether it was a violation``, ``The campaign
declined to comment``, ``Wilkinson did not respond to a request for comment``, ``Cruz would
not comment on the order``.

PolNeAR annotates a refusal to speak as an attribution of its subject: the cue the refusing
verb, the content what was not said (the infinitive after ``declined``/``refused``) or not
answered (the object of ``did not respond to``, ``did not comment on``).  Each is an indirect
quote of ``cue_kind`` stance, as ``refused to endorse`` is (:mod:`~newswire.nlp.quotes.
attitudes`): refusing to speak says nothing, so a consumer keeping only speech leaves it out.
A short infinitive is enough (``to comment``: attitudes want three words, and leave a
refusal verb with an infinitive of saying, :func:`refused_speech`, to this module).  The verb
of saying inside stays reported speech (``whether ...`` of ``declined to say whether ...``):
PolNeAR marks some as speech (``refusing to concede that ...``), and dropping them lowered
reported speech on both check parts (refusal24).  ``responded to`` needs a thing asked or
said as its object (``did not respond to treatment`` refuses nothing); a topic phrase's
object (``comment on``) is always what was spoken of.  The source is the subject, resolved
like any cue's."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import ENGLISH_SUBJECT_DEPS, PREPOSITION_OBJECT_DEPS
from newswire.nlp.quotes.base.textmap import Attribution, TextMap
from newswire.nlp.quotes.base.word_arrays import pos_indices
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.speech.cues import subject_of
from newswire.nlp.quotes.speech.saying import is_speech_verb
from newswire.nlp.quotes.stances.hedges import attitude_at, attitude_chars
from newswire.nlp.quotes.stances.held import generic_or_quoted, inside, supposed

__all__ = ["refusals", "refused_speech"]

_MISREAD_DEPS = frozenset(("advcl", "xcomp"))
# "did not respond", "has not yet commented": what stands before the verb in the cue.
_CUE_LEAD = frozenset(("aux", "neg"))


def refusals(tmap: TextMap, reported: Sequence[Attribution]) -> list[Attribution]:
    """Every refusal to speak outside quotation marks and reported speech, in text order."""
    lex = tmap.lexicon
    verbs = lex.refusal_verbs | {verb for verb, _ in lex.unanswered_phrases}
    found = []
    for i in pos_indices(tmap.doc, "VERB"):  # only verbs: no Token made for other words
        verb = tmap.doc[i]
        if (verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or tmap.is_quoted(verb.idx)
                or inside(verb.idx, reported) or supposed(verb, lex)):
            continue
        refusal = _declined(tmap, verb) or _unanswered(tmap, verb)
        if refusal is not None:
            found.append(refusal)
    return found


def refused_speech(verb: Token, lex: Lexicon) -> Token | None:
    """The verb of saying a refusal verb takes as its infinitive (``declined to comment``:
    ``comment``); None when ``verb`` refuses something else (``declined to invest``)."""
    if verb.lemma_.lower() not in lex.refusal_verbs:
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i
                 and (is_speech_verb(c, lex) or _speaking(c, lex))), None)


def _speaking(verb: Token, lex: Lexicon) -> bool:
    """``declined to discuss``, ``refused to talk about``: a topic verb or phrase speaks too."""
    lemma = verb.lemma_.lower()
    return lemma in lex.topic_verbs or any(word == lemma for word, _ in lex.topic_phrases)


def _declined(tmap: TextMap, verb: Token) -> Attribution | None:
    """``declined to comment``: the infinitive, however short, of its subject."""
    said = refused_speech(verb, tmap.lexicon)
    source = _source(tmap, verb) if said is not None else None
    if said is None or source is None:
        return None
    chars = attitude_chars(tmap, verb, list(said.subtree), 1)
    return attitude_at(tmap, (verb.i, verb.i + 1), chars, source, "stance") if chars else None


def _unanswered(tmap: TextMap, verb: Token) -> Attribution | None:
    """``did not respond to emailed questions about X``: the object of the preposition."""
    lex = tmap.lexicon
    if not _denied(verb):
        return None
    lemma = verb.lemma_.lower()
    preps = {prep for word, prep in lex.unanswered_phrases if word == lemma}
    found = _object(verb, preps)
    if found is None or not _answerable(lemma, found[0], found[1], lex):
        return None
    prep, _, tokens = found
    source = _source(tmap, verb)
    chars = attitude_chars(tmap, verb, tokens, 1) if source is not None else None
    if chars is None:
        return None
    denier = verb.head if _failed(verb) else verb  # "failed to respond to": from "failed"
    first = min((c.i for c in denier.lefts if c.dep_ in _CUE_LEAD), default=denier.i)
    return attitude_at(tmap, (first, prep.i + 1), chars, source, "stance")


def _denied(verb: Token) -> bool:
    """``did not respond``, ``failed to respond``, ``Neither company would comment``."""
    subject = next((c for c in verb.children if c.dep_ in ENGLISH_SUBJECT_DEPS), None)
    return (any(c.dep_ == "neg" for c in verb.children) or _failed(verb)
            or (subject is not None and any(c.dep_ in ("det", "preconj") and c.lower_ == "neither"
                                            for c in subject.children)))


def _failed(verb: Token) -> bool:
    """``failed to respond``: the verb is the infinitive of ``fail``."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "fail"


def _object(verb: Token, preps: set[str]) -> tuple[Token, Token, list[Token]] | None:
    """The preposition, the head of its object and the object's words; ``respond to
    interview requests`` parsed as an infinitive (``to`` its auxiliary, ``interview`` a
    verb, ``requests`` its object) gives the words after ``to``."""
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None) if "" in preps else None
    if obj is not None:  # "did not return a request for comment": the verb ends the cue
        return verb, obj, list(obj.subtree)
    prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ in preps), None)
    if prep is not None:
        obj = next((c for c in prep.children if c.dep_ in PREPOSITION_OBJECT_DEPS), None)
        return (prep, obj, list(obj.subtree)) if obj is not None else None
    misread = next((c for c in verb.rights if c.dep_ in _MISREAD_DEPS
                    and c.left_edge.lower_ in preps and c.left_edge.dep_ == "aux"), None)
    obj = next((c for c in misread.children if c.dep_ == "dobj"), None) if misread else None
    if misread is None or obj is None:
        return None
    return misread.left_edge, obj, list(misread.subtree)[1:]


def _answerable(lemma: str, prep: Token, obj: Token, lex: Lexicon) -> bool:
    """``comment on X``: a topic of speech, whatever X; ``respond to X``: X a request, a
    question or a thing said."""
    if (lemma, prep.lower_) in lex.topic_phrases:
        return True
    noun = obj.lemma_.lower()
    return (noun in lex.answerable_nouns or noun in lex.utterance_nouns
            or noun in lex.speech_nouns or obj.lower_ in lex.utterance_nouns)


def _source(tmap: TextMap, verb: Token) -> Token | None:
    """The refusing subject, unless generic (``we declined``) or inside a quotation."""
    lex = tmap.lexicon
    source = subject_of(verb, lex)
    if source is None or generic_or_quoted(tmap, source):
        return None
    return source
