"""The ``que`` that opens what a French verb of saying says, found by one scanner.

Both readers of a said ``que`` clause (:func:`.clauses_fr.hang_que_clauses`, which hangs a
clause the parse left off its verb, and :func:`.que_clauses_fr.join_que_clauses`, which
makes a split clause whole) look for it the same way: a few words after the verb
(:data:`~.lexicon_fr.QUE_REACH`), no verb of another clause between (a participle on a noun,
``un courriel envoyé à``, a verb the model took for a noun, or the cue's own auxiliary,
``savoir`` of ``a fait savoir``, is none), no quotation mark or
``;``/``:`` between, not after ``parce``/``alors`` (a conjunction), and words of its own
after it.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import VERB_TAGS
from newswire.nlp.quotes.fr_parse.incise_openings_fr import CLOSING_MARKS, OPENING_MARKS
from newswire.nlp.quotes.lexicon_fr import (
    CONJUNCTION_QUE,
    QUE,
    QUE_REACH,
    SPEECH_FORMS,
    SPEECH_VERBS,
)

__all__ = ["STOPS", "noun_like", "que_after", "says"]

#: Where a said clause ends before its sentence does, and what no ``que`` is found past.
STOPS = frozenset((";", ":")) | OPENING_MARKS | CLOSING_MARKS
#: A verb between the cue and ``que`` that says no clause of its own: a participle on a noun.
_NOUN_DEPS = frozenset(("acl", "amod", "nmod", "obl:mod", "obj"))


def says(verb: Token) -> bool:
    """A French verb of saying by its lemma or its form (:mod:`.lexicon_fr`'s tables)."""
    return verb.lemma_.lower() in SPEECH_VERBS or verb.lower_ in SPEECH_FORMS


def que_after(verb: Token) -> tuple[Token, bool] | None:
    """The ``que`` a few words after ``verb``, with no verb of a clause between them, and
    whether a participle or a verb read as a noun stands between them."""
    end = min(verb.i + 1 + QUE_REACH, verb.sent.end)
    past_noun = False
    for token in verb.doc[verb.i + 1:end]:
        if token.lower_ in QUE:
            if verb.doc[token.i - 1].lower_ in CONJUNCTION_QUE:
                return None  # "parce qu'", "alors que": a conjunction, no said clause
            return (token, past_noun) if token.i + 2 < verb.sent.end else None
        if token.text in STOPS or (token.pos_ in VERB_TAGS and not noun_like(token)
                                   and token.head != verb):
            return None  # "a fait savoir par courriel qu'": "savoir" is the cue's own
        past_noun = past_noun or token.pos_ == "VERB"
    return None


def noun_like(token: Token) -> bool:
    """``envoyé`` of ``un courriel envoyé à``, ``communiqué`` of ``dans un communiqué``."""
    if token.pos_ != "VERB" or token.dep_ not in _NOUN_DEPS:
        return False
    after_article = token.i > 0 and token.doc[token.i - 1].pos_ in ("DET", "ADP")
    return after_article or "Part" in token.morph.get("VerbForm", [])
