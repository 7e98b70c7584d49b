"""Who speaks a cue, when the parse offers the wrong word as its subject.

The parse took a word of the quote as the subject, found none, or climbed from a participle
to a clause that names nobody (``Bennett denied that a shakeup is coming, explaining ...``):
the sentence's subject, else the verb's neighbour.  A participle or infinitive has no
subject after it (``saying the nightclub ... “was”``); a participle hung on whom something
was sent to, or on when it happened, is the subject's of the verb above it (``an email to
supporters stating``, ``at one point calling``); ``this`` of ``had this to say`` is nobody;
titles joined by ``and`` before a name are the name's.  Used by :mod:`.attribution`.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import DETERMINER_DEPS, VERB_TAGS
from newswire.nlp.quotes.base.textmap import TextMap
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.marked.governing import names_someone, outer_speaker, participle_speaker
from newswire.nlp.quotes.resolution.speaker_heads import adjacent_speaker
from newswire.nlp.quotes.speech.cues import subject_of
from newswire.nlp.quotes.speech.saying import according_length

__all__ = ["cue_speaker", "name_of_titles"]

# "to supporters", "at one point", "in a statement": whom to, when or where, never who.
_SETTING_PREPOSITIONS = frozenset(("to", "at", "in", "on", "during"))
_DEMONSTRATIVES = frozenset(("this", "that", "these", "those"))


def cue_speaker(tmap: TextMap, verb: Token, speaker: Token | None) -> Token | None:
    """The cue's speaker, when the parse took a word of the quote as the subject, found none,
    or climbed from a participle to a clause that names nobody (``Bennett denied that a
    shakeup is coming, explaining ...``): the sentence's subject, else the verb's neighbour."""
    if speaker is not None and _after_untensed(verb, speaker, tmap.lexicon):
        return outer_speaker(verb, tmap.lexicon)
    sender = (_sender(verb, speaker, tmap.lexicon) or _had_this_to_say(verb, speaker, tmap.lexicon)
              or _passive_patient(verb, speaker))
    if sender is not None:
        return sender
    if speaker is not None and not tmap.is_quoted(speaker.idx) and names_someone(speaker):
        return speaker
    participle = participle_speaker(verb, tmap.lexicon)
    if participle is not None and not tmap.is_quoted(participle.idx):
        return participle
    if speaker is None or tmap.is_quoted(speaker.idx):
        return adjacent_speaker(verb)
    return speaker


def _after_untensed(verb: Token, speaker: Token, lexicon: Lexicon) -> bool:
    """``he made a point of saying the Orlando nightclub ... “was a place ...”``, ``refusal
    to call the attack “...”``: a participle or infinitive has no subject after it (only
    a tensed verb inverts: ``said the boy``); the word there is what is said about."""
    if speaker.i < verb.i or according_length(verb, lexicon):
        return False  # "according to X": X is the object of "to", and speaks
    if speaker.dep_.startswith("nsubj") and any(a.i == speaker.head.i for a in verb.ancestors):
        # "Declaring that ..., the mogul offered", "Holding signs calling Christie “...”, the
        # protesters chanted": the subject of the clause the participle's words hang on
        return False
    infinitive = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                           for c in verb.children)
    return verb.tag_ == "VBG" or infinitive


def _sender(verb: Token, speaker: Token | None, lexicon: Lexicon) -> Token | None:
    """``Her campaign blasted out an email to supporters stating, “...”``, ``he has battled
    with Guardian, at one point calling the mayor a “liar”``: a participle the parse hangs
    on whom something was sent to, or on when or where it happened; the subject of the verb
    that phrase belongs to speaks (not ``with Trump yelling``, ``by protesters chanting``)."""
    if speaker is None or verb.dep_ != "acl" or speaker.i != verb.head.i:
        return None
    phrase = speaker.head
    if speaker.dep_ != "pobj" or phrase.lower_ not in _SETTING_PREPOSITIONS:
        return None
    above = phrase.head
    if above.pos_ not in VERB_TAGS:
        return None
    return subject_of(above, lexicon) or outer_speaker(above, lexicon)


def _had_this_to_say(verb: Token, speaker: Token | None, lexicon: Lexicon) -> Token | None:
    """``a paper from the Brookings Institution had this to say:``: ``this`` is no speaker;
    the subject of ``had`` is."""
    if speaker is None or speaker.lower_ not in _DEMONSTRATIVES or speaker.pos_ != "PRON":
        return None
    # the parse hangs "to say" on "this" or beside it, on "had"
    had = speaker.head if speaker.i == verb.head.i else verb.head
    if had.pos_ not in VERB_TAGS or speaker.head.i != had.i:
        return None
    return subject_of(had, lexicon)


def _passive_patient(verb: Token, speaker: Token | None) -> Token | None:
    """``Silverman was booed by Sanders supporters after telling them they were “...”``: a
    participle under a passive verb is its subject's, not its ``by`` agent's."""
    if speaker is None or verb.tag_ != "VBG" or speaker.dep_ != "pobj":
        return None
    agent = speaker.head
    if agent.dep_ != "agent" or not any(a.i == agent.head.i for a in verb.ancestors):
        return None
    passive = agent.head
    for holder in (passive, passive.head if passive.dep_ == "conj" else passive):
        subject = next((c for c in holder.children if c.dep_ == "nsubjpass"), None)
        if subject is not None:  # a person, not "The bill was criticized by X, saying"
            return subject if names_someone(subject) else None
    return None


def name_of_titles(speaker: Token) -> Token:
    """``Former prosecutor and New York City Mayor Rudy Giuliani``: titles joined by ``and``
    before a name are one person's; the name speaks (``The senator and Clinton`` are two)."""
    if speaker.pos_ != "NOUN" or any(c.dep_ in DETERMINER_DEPS for c in speaker.children):
        return speaker
    return next((c for c in speaker.children if c.dep_ == "conj" and c.pos_ == "PROPN"),
                speaker)
