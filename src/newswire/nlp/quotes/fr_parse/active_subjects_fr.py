"""French: a subject the parse calls passive or impersonal on a verb whose auxiliary is
``avoir``.

``Il a toutefois averti que ...``, ``Il a ensuite affirmé que ...``, ``Une porte-parole du
groupe a toutefois précisé que ...``: with an adverb between the auxiliary and the
participle, ``fr_core_news_sm`` often labels the subject ``nsubj:pass``, and a passive verb of
saying's subject is who was told (:func:`~newswire.nlp.quotes.speech.cues.cue_at`), so the
clause lost its speaker; it also reads such an ``il`` as impersonal (``expl:subj``, as in
``il a fallu``), which no verb of saying is.  A French passive is made with ``être`` (``a été
averti``); a verb whose only auxiliaries are forms of ``avoir`` is active, and its subject is
its ``nsubj``.
Called by :mod:`.parse_fr`'s component.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.lexicon_fr import SPEECH_FORMS, SPEECH_VERBS

__all__ = ["is_active_subject"]

#: The forms of ``avoir`` an active compound tense is made with (``a``, ``ont``, ``avait``).
_AVOIR = frozenset(("avoir",))
#: Words that may stand between the subject and its verb in an active clause: the auxiliary,
#: adverbs (``toutefois``, ``ensuite``, ``également``), the negation.
_BETWEEN_DEPS = frozenset(("aux:tense", "advmod", "advmod:neg", "neg"))
#: Personal pronouns the parse may read as an impersonal ``il`` before a verb of saying.
_PERSONAL = frozenset(("il", "elle", "ils", "elles"))


def is_active_subject(subject: Token) -> bool:
    """Whether ``subject``, labelled a passive subject (or an impersonal ``il`` of a verb of
    saying), is the subject of an active verb in a compound tense with ``avoir``: before its
    verb, with only the auxiliary, adverbs and the negation between them (not a quote's word
    before an incise: ``», a-t-il lancé``)."""
    verb = subject.head
    if verb.i <= subject.i or not (subject.dep_ == "nsubj:pass" or (
            subject.dep_ == "expl:subj" and subject.lower_ in _PERSONAL and _says(verb))):
        return False
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    if not auxiliaries or any(c.dep_ == "aux:pass" or c.lemma_.lower() not in _AVOIR
                              for c in auxiliaries):
        return False
    between = verb.doc[subject.right_edge.i + 1:verb.i]
    # "n'a toutefois pas démenti": an adverb may hang on another ("toutefois" on "pas")
    return all(t.dep_ in _BETWEEN_DEPS and verb.is_ancestor(t) for t in between)


def _says(verb: Token) -> bool:
    """A French verb of saying (its lemma or, badly lemmatised, its form)."""
    return verb.lemma_.lower() in SPEECH_VERBS or verb.lower_ in SPEECH_FORMS
