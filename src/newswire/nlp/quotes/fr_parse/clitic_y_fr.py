"""French: a verb of saying after the clitic ``y`` that the parse took for a word of ``y``.

``La Fédération y déplore que les mesures ... «ignorent totalement» ...`` (``y``: in the
communiqué just named): ``fr_core_news_sm`` reads ``y`` as a modifier of the noun before it
and the verb as a ``fixed`` word of ``y`` (even a noun), so the sentence had no verb of saying
and the quote no speaker.  The verb is hung back on the noun as the other modifiers the
parse mistakes a verb of saying for (``amod``), and ``y`` on the verb, so that
:func:`~newswire.nlp.quotes.fr_parse.said_verbs_fr.verb_of_the_sentence` and its siblings make the
verb the sentence's and the noun its subject.  Called by :mod:`.parse_fr`'s component.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import NOUN_TAGS, VERB_TAGS
from newswire.nlp.quotes.lexicon_fr import SPEECH_FORMS

__all__ = ["lift_over_clitic_y"]

_CLITIC = "y"


def lift_over_clitic_y(verb: Token) -> None:
    """Hang a verb of saying that the parse made a word of the clitic ``y`` before it on
    the noun ``y`` was hung on (which the parse made no verb's subject)."""
    doc = verb.doc
    if verb.i < 2 or verb.lower_ not in SPEECH_FORMS or verb.pos_ in VERB_TAGS:
        return
    clitic = doc[verb.i - 1]
    if clitic.lower_ != _CLITIC or verb.head != clitic:
        return
    noun = clitic.head
    if noun.pos_ not in NOUN_TAGS or noun.i >= clitic.i:
        return
    verb.head, verb.dep_ = noun, "amod"
    clitic.head, clitic.dep_ = verb, "expl:comp"
