"""French: a sentence closed by an incise reports what comes before it, with no quotation mark.

``Les golfs devront réduire leur arrosage de 80 %, a-t-il précisé.``, ``Ces projections n'ont
jamais été rendues publiques, relèvent plusieurs observateurs.``, ``L'entrepreneur savait
depuis deux ans que les balcons étaient fissurés, a soutenu la Couronne lundi.``: French news
reports speech with the incise it uses after a quotation, the subject inverted after the verb.
The small model makes the verb the sentence's root and hangs the said clause on it as a
modifier or takes its noun for the verb's subject, so the words before were lost or given to
the wrong speaker.  A verb of saying (an auxiliary and ``-t-il`` allowed) right after a comma,
with no verb after it to the sentence's end, reports the sentence before that comma; its
speaker is the inverted pronoun or the subject after it (:mod:`.incise_subjects_fr`).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import (
    FRENCH_FILLED_SUBJECT_DEPS,
    NOUN_TAGS,
    PERSON_OR_ORG_LABELS,
    VERB_TAGS,
)
from newswire.nlp.quotes.base.sentence_index import sentence_of
from newswire.nlp.quotes.base.textmap import TextMap
from newswire.nlp.quotes.lexicon_fr import AUXILIARIES, FRENCH, SPEECH_VERBS
from newswire.nlp.quotes.marked.incise_subjects_fr import incise_subject_cue
from newswire.nlp.quotes.speech.cues import Cue
from newswire.nlp.quotes.speech.said import MIN_WORDS

__all__ = ["unmarked_incise"]

#: What the parse makes of a subject inverted after the verb.
_AFTER_DEPS = frozenset(("nsubj", "obj"))
#: Nouns that may speak (``la Couronne``, ``plusieurs observateurs``, ``le préfet``).
_SOURCE_NOUNS = FRENCH.org_nouns | FRENCH.group_nouns | FRENCH.role_nouns
#: Verb forms no incise takes without an auxiliary: ``, annoncer des mesures`` ends a list.
_NON_FINITE = frozenset(("Inf", "Part"))
#: Relative pronouns opening a clause on the incise's subject.
_RELATIVES = frozenset(("qui", "dont"))


def unmarked_incise(tmap: TextMap, verb: Token) -> tuple[Cue, list[Token]] | None:
    """The cue and said words of a French incise closing a sentence with no quotation, or
    None (not French, not a verb of saying after a comma, a verb after it, nothing said)."""
    if tmap.lexicon is not FRENCH or not _says(verb):
        return None
    # ``verb.sent`` walks the parse and makes two Spans at each ask; the doc's bounds are
    # found once a doc (:mod:`.sentence_index`), and this sentence read once a verb.
    doc, sent = verb.doc, sentence_of(verb)
    comma = _comma_before(verb, sent.start)
    if comma is None or _bare_non_finite(verb, comma):
        return None
    # a relative clause on the speaker is not this sentence's
    end = _end_without_verb(verb, sent.end)
    if end is None:
        return None
    # "Retraites : le gouvernement ne reculera pas, assure ...": a label before a colon is
    # no part of what was said
    start = max((t.i + 1 for t in doc[sent.start:comma] if t.text == ":"), default=sent.start)
    said = list(doc[start:comma])
    if sum(1 for t in said if t.is_alpha) < MIN_WORDS or not _has_clause(said) \
            or any(tmap.is_quoted(t.idx) for t in doc[start:end]):
        return None
    speaker = _speaker_after(tmap, verb, comma, sent.end)
    if speaker is None or not _may_speak(speaker):
        return None
    return Cue(verb.i, verb.i + 1, speaker), said


def _comma_before(verb: Token, sentence_start: int) -> int | None:
    """The index of the comma right before the verb, past its auxiliary and ``-t-il``."""
    doc, at = verb.doc, verb.i - 1
    while at > sentence_start and (doc[at].lower_ in AUXILIARIES or doc[at].text.startswith("-")):
        at -= 1
    return at if at > sentence_start and doc[at].text == "," else None


def _speaker_after(tmap: TextMap, verb: Token, comma: int, sentence_end: int) -> Token | None:
    """The inverted pronoun (``-il``, ``-elle``), else the subject after the verb."""
    doc = verb.doc
    pronoun = next((t for t in doc[comma + 1:sentence_end]
                    if t.text.startswith("-") and t.dep_.startswith("nsubj")), None)
    if pronoun is not None:
        return pronoun
    cue = incise_subject_cue(doc, list(range(comma, sentence_end)), tmap.lexicon)
    if cue is not None:
        return cue.speaker
    # "a soutenu la Couronne", "relèvent plusieurs observateurs": the parse's object after
    # the verb (an organisation's name, which the incise rule leaves to the parse)
    return next((c for c in verb.children if c.i > verb.i and c.dep_ in _AFTER_DEPS
                 and c.pos_ in NOUN_TAGS), None)


def _bare_non_finite(verb: Token, comma: int) -> bool:
    """An infinitive or participle right after the comma (``, annoncer des mesures``) ends a
    list; an incise's verb is finite or follows its auxiliary."""
    return comma == verb.i - 1 and bool(_NON_FINITE & set(verb.morph.get("VerbForm", [])))


def _may_speak(speaker: Token) -> bool:
    """Whether the word after the verb can be who spoke: ``Elle a quitté la réunion, a dénoncé
    la méthode`` is two acts of one subject, whose second verb's object is no source."""
    if speaker.text.startswith("-") or speaker.pos_ == "PROPN":
        return True
    if speaker.ent_type_ in PERSON_OR_ORG_LABELS:
        return True
    return speaker.pos_ == "NOUN" and speaker.lemma_.lower() in _SOURCE_NOUNS


def _says(verb: Token) -> bool:
    """A verb of saying by its form or, for forms the table misses (``relèvent``), its lemma;
    not a present participle (``, invoquant des raisons de sécurité``: the subject's own act)."""
    if verb.lower_.endswith("ant"):
        return False
    return verb.lower_ in FRENCH.speech_forms or (
        verb.pos_ == "VERB" and verb.lemma_.lower() in SPEECH_VERBS)


def _has_clause(said: list[Token]) -> bool:
    """Whether the words hold a verb with its subject among them: a statement, not a noun
    set off with its participles (``Le rapport de l'ARS, daté de mars et lu à l'audience``).
    A finite verb after the first word counts too: ``Les établissements resteront fermés,
    a confirmé le rectorat``, ``Un nouveau vol est programmé lundi, a précisé la
    préfecture`` -- the parse took the clause's subject for the incise verb's."""
    inside = {t.i for t in said}
    return any(t.pos_ in VERB_TAGS and any(c.dep_ in FRENCH_FILLED_SUBJECT_DEPS and c.i in inside
                                        for c in t.children)
               for t in said) or any(t.pos_ in VERB_TAGS and "Fin" in t.morph.get("VerbForm", [])
                                     for t in said[1:])


def _end_without_verb(verb: Token, end: int) -> int | None:
    """Where a relative clause on the incise's subject opens (``, a annoncé la préfecture,
    qui dénonce ...``: its verb is the subject's, not a second verb of the sentence), else
    the sentence's end; None when a verb comes first (the incise is no incise).  Read word
    by word, stopping at the first verb: a sentence of many joined clauses is not read to
    its end for each of its verbs."""
    doc = verb.doc
    for word in doc[verb.i + 1:end]:
        if word.i < end - 1 and word.text == "," and doc[word.i + 1].lower_ in _RELATIVES:
            return word.i
        if word.pos_ in VERB_TAGS:
            return None
    return end
