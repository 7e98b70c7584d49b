"""A French verb of saying between a set-off subject and a colon: ``Sa présidente pour la
région, Sylvie Carpentier, résume : « ... »``.

French news introduces a quotation with its source, set off by commas with its role, then a
verb of saying and a colon. ``fr_core_news_sm`` takes a present-tense verb right after the
comma that closes such a subject (``résume``, ``tranche``, ``nuance``) for a proper noun or a
noun of the subject's phrase, and hangs the subject on the quotation's own verb: the colon
had no verb before it whose subject names someone, and the quote no speaker. A form of a verb
of saying right after a comma and right before the colon (an adverb allowed between:
``nuance toutefois :``) that opens a quotation is that sentence's verb, and the phrase the
parse hung it on (opening the sentence, before it) its subject.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newswire.nlp.quotes.fr_parse.incise_openings_fr import OPENING_MARKS
from newswire.nlp.quotes.lexicon_fr import SPEECH_FORMS

__all__ = ["verbs_before_colons"]

_NAME_POS = frozenset(("PROPN", "NOUN"))  # a first name may be a noun to the tagger
#: How the parse hangs a subject set off after an opening phrase on that phrase.
_SET_OFF_DEPS = frozenset(("conj", "appos"))


def verbs_before_colons(doc: Doc) -> None:
    """Make each such verb of saying a verb, with the subject it was hung on."""
    for token in doc:
        if token.pos_ == "VERB" or token.lower_ not in SPEECH_FORMS or not _between(token):
            continue
        subject = _phrase_before(token)
        if subject is None:
            continue
        opening = None
        if any(c.dep_ == "case" for c in subject.children):
            # "Pour la CGT, sa secrétaire générale, ...": whose view, not who speaks
            opening, subject = subject, _set_off_subject(subject, token)
            if subject is None:
                continue
        names = [c for c in token.lefts if c.i > subject.i and c.pos_ in _NAME_POS]
        token.pos_, token.tag_ = "VERB", "VERB"
        token.head, token.dep_ = token, "ROOT"
        subject.head, subject.dep_ = token, "nsubj"
        if opening is not None:
            opening.head, opening.dep_ = token, "obl:mod"
        for name in names:  # "Son président, Karim Benali, nuance": the name hung on the verb
            name.head, name.dep_ = subject, "appos"
        for word in doc[token.i + 1:token.i + 3]:  # "toutefois :": the verb's, its sentence's
            if word.text in OPENING_MARKS:
                break
            word.head = token


def _between(verb: Token) -> bool:
    """Whether ``verb`` follows a comma and comes before a colon and an opening mark."""
    doc = verb.doc
    at = verb.i + 1
    if at < len(doc) and doc[at].pos_ == "ADV":  # "nuance toutefois :"
        at += 1
    return verb.i > 0 and doc[verb.i - 1].text == "," and at + 1 < len(doc) \
        and doc[at].text == ":" and doc[at + 1].text in OPENING_MARKS


def _phrase_before(verb: Token) -> Token | None:
    """The head of the phrase before ``verb`` that the parse hung it on (climbing while the
    heads stay before the verb), when that phrase opens the sentence; else None."""
    top = verb.head
    if top.i >= verb.i:
        return None
    while top.head.i < verb.i and top.head != top:
        top = top.head
    return top if top.left_edge.i == verb.sent.start else None


def _set_off_subject(opening: Token, verb: Token) -> Token | None:
    """``Pour la CGT, sa secrétaire générale, Sophie Binet, résume``: the phrase the parse
    hung on a sentence's opening prepositional phrase (whose view, where, according to
    what), before the verb, is the verb's subject; None when there is none."""
    return next((c for c in opening.children if c.dep_ in _SET_OFF_DEPS
                 and opening.i < c.i < verb.i and c.pos_ in _NAME_POS
                 and not any(g.dep_ == "case" for g in c.children)), None)
