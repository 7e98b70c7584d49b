"""A question about one word of a doc answered once a doc: the quotes stage asks the same
word the same thing from several rules (the name apposed to ``spokesman`` is asked when its
mention becomes a referent, when its office is read, when a speaker is resolved: 9,848 asks
for 6,760 words over 150 PolNeAR articles).

Only for a question whose answer is read off the parse alone (no lexicon handed in, no
mark a later step sets), of a parse no later step changes, as
:mod:`~newswire.nlp.quotes.base.word_arrays`' groups. The answers are kept in ``Doc.user_data`` as
word indices (a doc so marked still serialises).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from spacy.tokens import Doc, Token

from newswire.nlp.quotes.base.doc_keeps import kept

__all__ = ["answered_once"]

WordQuestion = Callable[[Token], Token | None]

_UNASKED, _NOBODY = -2, -1


def answered_once(key: str) -> Callable[[WordQuestion], WordQuestion]:
    """Keep ``find(word)``'s answer (a word of the same doc, or ``None``) under ``key`` in the
    doc's ``user_data``, one slot a word: a later ask of that word reads it."""
    def keeping(find: WordQuestion) -> WordQuestion:
        @wraps(find)
        def answering(word: Token) -> Token | None:
            doc = word.doc
            answers = kept(doc, key, _unasked)
            answer = answers[word.i]
            if answer == _UNASKED:
                found = find(word)
                answer = answers[word.i] = _NOBODY if found is None else found.i
            return None if answer == _NOBODY else doc[answer]
        return answering
    return keeping


def _unasked(doc: Doc) -> list[int]:
    return [_UNASKED] * len(doc)
