"""Attitudes: what a source is said to think, want, support or find, beside what it said.

``Some officials think Wasserman Schultz is at risk``, ``Clinton hopes to make a statement``,
``Christie endorsed Trump``, ``Lee defended the tax``, ``a study found students take 112
tests``, ``called for a ban``, ``campaigned against the pipeline``, and the writer's hedges
``the closures appear to have brought some stability``, ``is expected to draw``.  Each is an
indirect quote whose ``cue_kind`` says what it reports
(belief, stance, finding), so a consumer that wants only speech can leave them out.

The cue is a verb of the lexicon's attitude tables (what each verb reports and where its
content hangs: :mod:`~newswire.nlp.quotes.stances.verb_readings`; an adjective after ``be``:
:mod:`~newswire.nlp.quotes.stances.states`; a noun with its holder's possessive, ``Trump's decision
to run``: :mod:`~newswire.nlp.quotes.stances.nouns`); what is attributed hangs off it in the
dependency parse (a clause, an infinitive, an object: which ones depends on the verb); the
source is its subject (:func:`~newswire.nlp.quotes.speech.cues.subject_of`), resolved like a
speaker.  A hedge has no source: its whole clause is the content
(:mod:`~newswire.nlp.quotes.stances.hedges`, also ``is seen as``, ``is considered``; and
``X is reportedly spending``: the adverb's clause).  A passive with its ``by`` phrase, ``was
endorsed by the mayor``, ``was first reported by Politico``, is held by that phrase's object
(:mod:`~newswire.nlp.quotes.stances.passives`).  Left out: an attitude
inside quotation marks (the quote's own words) or reported speech (reported already), held
by ``I``, ``we``, ``you`` (generic or unnamed), and the guards of
:mod:`~newswire.nlp.quotes.stances.held` (asked, supposed, only possible).  The tables hold classes
of verbs by meaning (wishing, knowing, supporting, opposing) that PolNeAR train marks as
attribution at least half the time: every such prediction raises the F1 of every attribution
as long as its precision beats half that F1.
"""

from __future__ import annotations

from collections.abc import Sequence, Set

import numpy as np
from spacy.attrs import LEMMA, LOWER, POS
from spacy.symbols import ADJ, ADV, NOUN, VERB
from spacy.tokens import Token

from newswire.models import CueKind
from newswire.nlp.quotes.base.textmap import Attribution, TextMap
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.speech.cues import subject_of
from newswire.nlp.quotes.speech.said import object_and_complement
from newswire.nlp.quotes.stances.found_partials import before_finding
from newswire.nlp.quotes.stances.hedges import (
    MIN_CLAUSE_WORDS,
    attitude_at,
    attitude_chars,
    hedge,
    hedged_clause,
    passive,
)
from newswire.nlp.quotes.stances.held import (
    describing_participle,
    document_showing,
    found_in_place,
    generic_or_quoted,
    inside,
    is_document,
    not_held,
    supposed,
    unsaid,
)
from newswire.nlp.quotes.stances.nouns import NounReading, noun_reading
from newswire.nlp.quotes.stances.passives import passive_by
from newswire.nlp.quotes.stances.refusals import refused_speech
from newswire.nlp.quotes.stances.states import StateReading, state_reading
from newswire.nlp.quotes.stances.verb_readings import verb_reading
from newswire.nlp.quotes.unnamed.linked_nouns import of_object

__all__ = ["attitudes", "cue_tables"]

#: The parts of speech a cue may be (symbols' ids, as the array holds them).
_CUE_POS_IDS = np.array((VERB, ADJ, NOUN, ADV), dtype=np.uint64)


def attitudes(tmap: TextMap, reported: Sequence[Attribution]) -> list[Attribution]:
    """Every attitude in the doc outside quotation marks and reported speech, in text order."""
    lex = tmap.lexicon
    cues, states, nouns = cue_tables(lex)
    found: list[Attribution] = []
    covered_until = -1
    doc = tmap.doc
    # Only verbs, adjectives, nouns and adverbs are cues, and only those whose words the
    # tables hold: read the tags and words as one array, not a Token each.
    tags = doc.to_array(POS)
    for i in _candidates(tmap, cues, states, nouns):
        token = doc[i]
        if token.idx < covered_until or tmap.is_quoted(token.idx):
            continue
        if tags[i] == ADV:  # "is reportedly spending": someone's report, no source named
            if token.lower_ not in lex.hedging_adverbs or inside(token.idx, reported):
                continue
            attribution = hedged_clause(tmap, token)
        elif tags[i] == NOUN:
            named = noun_reading(token, lex) if token.lemma_.lower() in nouns else None
            attribution = _named(tmap, token, named, reported) if named is not None else None
            if attribution is None and token.lower_ in states and (
                    state := state_reading(token, lex)):
                attribution = _state(tmap, token, state, reported)
        elif (state := state_reading(token, lex) if token.lower_ in states else None):
            attribution = _state(tmap, token, state, reported)
        elif (lex.attitude_forms.get(token.lower_) or token.lemma_.lower()) not in cues or (
                token.pos_ != "VERB" or inside(token.idx, reported) or supposed(token, lex)
                or not_held(token, lex) or refused_speech(token, lex) is not None):
            continue  # "declined to comment": a refusal to speak (refusals)
        else:
            attribution = _attitude(tmap, token)
        if attribution is not None:
            found.append(attribution)
            covered_until = max(covered_until, attribution.end)
    return found


def cue_tables(lex: Lexicon) -> tuple[Set[str], Set[str], Set[str]]:
    """The words an attitude's cue is read by: verbs (every table's, to test each word's
    lemma once before any parse walk), states' adjectives and phrases, and nouns."""
    cues = (lex.thought_verbs | lex.wish_verbs | lex.stance_verbs | lex.finding_verbs
            | lex.seeming_verbs | lex.topic_verbs | lex.expressing_verbs | lex.regarding_verbs
            | lex.raising_objects.keys()
            | lex.reporting_passives | {word for word, _ in lex.stance_phrases | lex.topic_phrases})
    states = {*lex.belief_adjectives, *lex.stance_adjectives, *lex.declaring_phrases}
    nouns = lex.stance_nouns.keys() | lex.belief_nouns.keys() | lex.speech_nouns.keys()
    return cues, states, nouns


def _candidates(tmap: TextMap, cues: Set[str], states: Set[str], nouns: Set[str]
                ) -> list[int]:
    """Indices of the words :func:`attitudes` reads further, in order: the ones its tests on
    the part of speech and on the words pass (an adverb that hedges; a noun whose lemma or
    form the tables hold; a verb or adjective whose form is a state's, or a verb whose form
    or lemma is a cue's). The others it would skip; each kind of word is tested once. The
    parts of speech are sifted as an array first: a Python step (and a list) for every word
    of a long article cost more than the tests."""
    doc, lex = tmap.doc, tmap.lexicon
    if not len(doc):
        return []
    strings = doc.vocab.strings
    seen: dict[tuple[int, int, int], bool] = {}
    picked: list[int] = []
    rows = doc.to_array([POS, LOWER, LEMMA])
    at = np.isin(rows[:, 0], _CUE_POS_IDS).nonzero()[0]
    # A flat list a column (no list made for each word; the lists are the GC's work).
    for i, pos, lower, lemma in zip(at.tolist(), *rows[at].T.tolist(), strict=True):
        key = (pos, lower, lemma)
        verdict = seen.get(key)
        if verdict is None:
            form = strings[lower]
            if pos == ADV:
                verdict = form in lex.hedging_adverbs
            elif pos == NOUN:
                verdict = strings[lemma].lower() in nouns or form in states
            else:
                verdict = form in states or (pos == VERB and (
                    lex.attitude_forms.get(form) or strings[lemma].lower()) in cues)
            seen[key] = verdict
        if verdict:
            picked.append(i)
    return picked


def _attitude(tmap: TextMap, verb: Token) -> Attribution | None:
    lex = tmap.lexicon
    lemma = lex.attitude_forms.get(verb.lower_) or verb.lemma_.lower()
    if (by := passive_by(tmap, verb, lemma)) is not None:
        return by  # "was endorsed by the mayor": the by phrase's object holds the subject
    if lemma in lex.seeming_verbs or (lemma in lex.wish_verbs | lex.regarding_verbs
                                      and passive(verb)):
        return hedge(tmap, verb)
    reading = verb_reading(verb, lemma, lex)
    return _attributed(tmap, verb, reading) if reading is not None else None


def _state(tmap: TextMap, adjective: Token, state: StateReading,
           reported: Sequence[Attribution]) -> Attribution | None:
    """``are convinced that``, ``made clear that``: guarded on the verb holding the subject."""
    kind, content, cue_end, verb = state
    lex = tmap.lexicon
    if inside(adjective.idx, reported) or supposed(verb, lex) or not_held(verb, lex):
        return None
    return _attributed(tmap, verb, (kind, content, cue_end), min(verb.i, adjective.i))


def _named(tmap: TextMap, noun: Token, reading: NounReading,
           reported: Sequence[Attribution]) -> Attribution | None:
    """``Trump's decision to run``: the possessive holds what the noun names."""
    kind, content, holder = reading
    if inside(noun.idx, reported) or generic_or_quoted(tmap, holder):
        return None
    least = 1 if kind == "stance" and content.dep_ == "pobj" else MIN_CLAUSE_WORDS
    chars = attitude_chars(tmap, noun, sorted(content.subtree), least)
    return attitude_at(tmap, (noun.i, noun.i + 1), chars, holder, kind) if chars else None


def _attributed(tmap: TextMap, verb: Token, reading: tuple[CueKind, Token, int],
                cue_start: int | None = None) -> Attribution | None:
    """The attribution of a reading: its holder (``verb``'s subject) and content."""
    lex = tmap.lexicon
    source = _holder(tmap, verb)
    if source is None:
        return None
    kind, content, cue_end = reading
    if kind == "speech" and unsaid(verb):
        return None
    tokens = list(content.subtree)
    if content.is_ancestor(verb):  # a claim the cue is joined to: the cue's words stay out
        tokens = [t for t in tokens if not verb.left_edge.i - 1 <= t.i <= verb.right_edge.i]
    if content.left_edge.i < cue_end <= content.i:  # "for" of "called for X to Y": the cue's
        tokens = [t for t in tokens if t.i >= cue_end]
    if content.dep_ == "dobj" and (kind in ("stance", "speech")
                                   or verb.lemma_.lower() in lex.regarding_verbs):
        # "immigrants as a threat", "thanked voters for their patience", "defended Clinton
        # against the charge": what the verb says of its object goes with it.
        tokens = object_and_complement(verb, content)
    if kind == "finding" and not is_document(source, lex) and found_in_place(content):
        return None  # "found a job", "found him unconscious": only a document's is found
    if kind == "finding" and content.dep_ == "dobj":
        # "a poll shows Sanders with 47 percent": the object and what follows it.
        tokens = [t for c in verb.children if c.i >= content.i for t in c.subtree]
    named = content.dep_ == "pobj" or (kind in ("stance", "speech") and content.dep_ == "dobj")
    if named:  # "pointed to a report that found ...": what the report found is its own
        tokens = before_finding(tokens, lex)
    # "a poll shows Sanders with 47 percent versus Clinton, who has 44 percent": a finding's
    # relative clause is found too.
    chars = attitude_chars(tmap, verb, sorted(tokens), 1 if named else MIN_CLAUSE_WORDS,
                   asides=kind == "finding")
    if chars is None:
        return None
    return attitude_at(tmap, (verb.i if cue_start is None else cue_start, cue_end), chars,
                        source, kind)


def _holder(tmap: TextMap, verb: Token) -> Token | None:
    """Who holds the attitude: the verb's subject, unless generic or inside a quotation."""
    lex = tmap.lexicon
    source = verb.head if document_showing(verb, lex) else (
        subject_of(verb, lex) or describing_participle(verb))
    if source is None and verb.i > 0 and verb.doc[verb.i - 1].head.i == verb.i and is_document(
            verb.doc[verb.i - 1], lex):
        source = verb.doc[verb.i - 1]  # "records show": the parse took the noun for a compound
    if source is None:
        source = _poll_share(verb)
    if source is None or generic_or_quoted(tmap, source):
        return None
    return source


_SHARE_ENTS = frozenset(("PERCENT", "CARDINAL"))


def _poll_share(verb: Token) -> Token | None:
    """``19 percent of college students support Clinton``: the group a share of those polled
    counts holds the attitude (a share of nobody named, ``about three-quarters``, gives a
    reader no holder)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ not in _SHARE_ENTS:
        return None
    return of_object(subject)
