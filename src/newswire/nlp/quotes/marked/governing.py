"""Who a partial quote with no cue belongs to when its own clause's subject names nobody.

A partial quote often sits in a clause under the one that says who spoke: ``Rubio bemoaned
the climate in which people “literally hate each other”``, ``He implied that scout leaders
should be “drowned at the bottom of the sea”``, ``In an address that spoke to the
“frustration”, Mrs. Clinton struck ...``.  The subject of the verb the quote depends on
(``people``, ``scout leaders``, ``that``) is what the quote is about, not its speaker: the
speaker is the nearest subject above it that names someone (a name or ``he``/``she``).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import COMPLEMENT_CLAUSE_DEPS, VERB_TAGS
from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.speech.cues import subject_of
from newswire.nlp.quotes.speech.saying import is_speech_verb

__all__ = ["names_someone", "outer_speaker", "participle_speaker", "past_relative", "unsaid"]

_PERSONAL = frozenset(("he", "she"))
_THING_RELATIVES = frozenset(("that", "which"))
_CLIMB = 6  # heads climbed from the quote's verb to a clause whose subject names someone


def names_someone(subject: Token) -> bool:
    """A subject that names its speaker: a name or a personal pronoun."""
    return subject.pos_ == "PROPN" or subject.lower_ in _PERSONAL


def outer_speaker(verb: Token, lexicon: Lexicon) -> Token | None:
    """The nearest subject naming someone on a verb above ``verb`` in its sentence."""
    current = verb
    for _ in range(_CLIMB):
        if current.head == current:
            return None
        current = current.head
        if current.pos_ not in VERB_TAGS:
            continue
        subject = subject_of(current, lexicon)
        if subject is not None and names_someone(subject):
            return subject
    return None


def unsaid(verb: Token) -> bool:
    """Speech only foreseen: ``he would advise``, ``should reiterate``, ``expects Obama to
    announce``: a modal, or an infinitive clause with its own subject."""
    children = list(verb.children)
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in children):
        return True
    return (verb.dep_ in COMPLEMENT_CLAUSE_DEPS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
            and any(c.dep_ == "nsubj" for c in children))


def participle_speaker(verb: Token, lexicon: Lexicon) -> Token | None:
    """``Flea shared the news, writing “...”``, ``Clinton seemed ready, telling the crowd``:
    when the parse finds no subject for a participle of saying after a comma, the
    sentence's subject."""
    comma = _comma_before(verb)
    if verb.tag_ != "VBG" or comma is None:
        return None  # not "with Trump reportedly yelling": there the noun before speaks
    said = verb.doc[comma - 1]
    # "“...,” he said, not even suggesting": the parse hangs ", he said," on the quote's verb
    # (or on the participle, made the root); the cue before the comma speaks on.
    aside = said.dep_ == "parataxis" and is_speech_verb(said, lexicon)
    root = said if aside else verb.sent.root
    subject = subject_of(root, lexicon) if root.pos_ in VERB_TAGS else None
    if subject is None or subject.i > verb.i or not names_someone(subject):
        return None
    return subject


def _comma_before(verb: Token) -> int | None:
    """The comma right before ``verb``, past its own negation and adverbs (``, not even
    suggesting``, ``, also noting``), if there is one (and a word before it)."""
    before = verb.i - 1
    while before > 0 and verb.doc[before].head == verb and verb.doc[before].dep_ in (
            "neg", "advmod"):
        before -= 1
    return before if before > 0 and verb.doc[before].text == "," else None


def past_relative(speaker: Token, lexicon: Lexicon) -> Token:
    """``Sanders is releasing an ad that urges voters to “send a message”``: the relative
    ``that`` stands for a thing; whoever the clause above names made it speak."""
    if speaker.lower_ not in _THING_RELATIVES or not speaker.dep_.startswith("nsubj"):
        return speaker
    return outer_speaker(speaker.head, lexicon) or speaker
