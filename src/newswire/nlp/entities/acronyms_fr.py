"""French organisations' initials the model leaves unlabelled when they head a subject.

``fr_core_news_sm`` tags ``l'ARS`` in ``Dans son courrier, l'ARS évoque « ... »`` as a common
noun and gives it no entity, so the quote it says has no speaker. French writes an
organisation's initials after an article (``l'ARS``, ``la CGT``, ``le CSE``); a person's
never takes one. Initials of two to six capitals after an article, as the subject of a verb
or opening a clause, are an organisation (:func:`subject_initials`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

__all__ = ["subject_initials"]

_ARTICLES = frozenset(("l'", "l’", "la", "le", "les"))
_MAX_LETTERS = 6


def subject_initials(doc: Doc, kept: list[SpacySpan]) -> list[SpacySpan]:
    """ORG spans for the unlabelled initials after an article that are a verb's subject."""
    taken = {i for span in kept for i in range(span.start, span.end)}
    return [SpacySpan(doc, token.i, token.i + 1, label="ORG") for token in doc
            if token.i not in taken and token.i > 0 and _subject(token)
            and token.is_upper and token.is_alpha and 2 <= len(token) <= _MAX_LETTERS
            and doc[token.i - 1].lower_ in _ARTICLES]


def _subject(token: Token) -> bool:
    """A verb's subject to the parse, or its article opening a clause (the sentence's start,
    after a comma, ``que``, ``et`` or ``mais``): the parse before the French inversion repair
    may hang ``évoque`` on ``l'ARS`` as an adjective. Not ``a saisi l'ARS``, ``de l'ARS``."""
    if token.dep_ in ("nsubj", "nsubj:pass"):
        return True
    article = token.i - 1
    return article == 0 or token.doc[article].is_sent_start or token.doc[article - 1].lower_ in (
        ",", "que", "qu'", "qu’", "et", "mais")
