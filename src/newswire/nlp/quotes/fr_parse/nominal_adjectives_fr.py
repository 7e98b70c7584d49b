"""French: a subject the tagger read as an adjective is a noun (``prévient l'intersyndicale``),
or the inverted subject of an incise the parse made an object.

``fr_core_news_sm`` tags a noun formed from an adjective as ``ADJ`` when it has no noun to
lean on: ``prévient l'intersyndicale dans un texte commun`` (lemma ``intersyndical``),
``les grévistes``.  With a determiner and the subject's place in the parse it is a noun; the
rules that ask whether a subject may speak read its part of speech and its lemma, so both
are set (the lemma to the word's own form when the lists of bodies and groups hold it).
Called by :mod:`.parse_fr`'s component.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import FRENCH_SUBJECT_DEPS
from newswire.nlp.quotes.lexicon_fr import FRENCH

__all__ = ["noun_of_an_adjective_subject"]

_SPEAKING_NOUNS = FRENCH.org_nouns | FRENCH.group_nouns


def noun_of_an_adjective_subject(word: Token) -> None:
    """Make an adjective that is a subject with its own determiner a noun."""
    if word.pos_ != "ADJ" or not any(c.dep_ == "det" for c in word.children):
        return
    if _inverted_subject_read_as_object(word):
        word.dep_ = "nsubj"
    elif word.dep_ not in FRENCH_SUBJECT_DEPS:
        return
    word.pos_ = "NOUN"
    if word.lower_ in _SPEAKING_NOUNS:
        word.lemma_ = word.lower_


def _inverted_subject_read_as_object(word: Token) -> bool:
    """``", prévient l'intersyndicale dans un texte"``: after an incise's verb of saying
    with no subject, the adjective the parse made its object is the inverted subject (the
    same words with a noun, ``prévient le syndicat``, parse as the subject)."""
    verb = word.head
    return word.dep_ == "obj" and verb.i < word.i and verb.pos_ == "VERB" \
        and verb.lemma_.lower() in FRENCH.speech_verbs \
        and not any(c.dep_ in FRENCH_SUBJECT_DEPS for c in verb.children) \
        and verb.i > 0 and verb.nbor(-1).is_punct
