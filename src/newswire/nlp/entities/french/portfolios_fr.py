"""A French ministry's whole name: its portfolios after ``ministère`` and its adjectives.

``fr_core_news_sm`` reads a ministry's name up to its first portfolio: ``ministère de la
Santé`` of ``ministère de la Santé publique``, ``ministère de l'Agriculture`` then
``Ressources hydrauliques et de la Pêche`` (a second organisation) of ``ministère de
l'Agriculture, des Ressources hydrauliques et de la Pêche``, and ``Lutte`` (a place) of
``ministère de l'Environnement, de la Lutte contre les changements climatiques, de la Faune
et des Parcs``. Governments in France, Québec, Tunisia and francophone Africa name ministries
by a list of portfolios, each a capitalised noun after ``de``, joined by commas and a last
``et``; the name runs to the list's end, the quote's speaker is the whole ministry.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newswire.nlp.entities.french.french_words import DE, THE_SINGULAR
from newswire.nlp.entities.french.speech_verbs_fr import SPEECH_FORMS

__all__ = ["portfolios_end"]

#: ``de``, ``du``, ``des``, ``d'`` opening a portfolio (``de la``, ``de l'`` below).
_OF = DE
#: ``de`` and ``d'``, which need an article before a portfolio (``du``, ``des`` hold theirs).
_BARE_OF = DE - {"du", "des"}
#: The article after ``de`` in ``de la Pêche``, ``de l'Aménagement``.
_ARTICLES = THE_SINGULAR - {"le"}  # "de le" is written "du"
#: What joins one portfolio to the next.
_JOINS = frozenset((",", "et"))
#: The preposition inside a portfolio's name (``Lutte contre les changements climatiques``),
#: with an article at most before its noun: ``pour sa part``, ``pour l'instant``, ``contre
#: toute attente`` after a ministry's name are the sentence's.
_INSIDE = frozenset(("contre",))
_DEFINITE = THE_SINGULAR | {"les"}


def portfolios_end(doc: Doc, end: int) -> int:
    """Where a ministry's name the model ended at ``end`` ends: over the lower-case words
    of its last portfolio (``Santé`` + ``publique``) and over each further portfolio, ``,`` or
    ``et`` then ``de`` and a capitalised noun with its own lower-case words."""
    end = _lower_words_end(doc, end)
    while end < len(doc) and doc[end].lower_ in _JOINS:
        noun = _portfolio_noun(doc, end + 1)
        if noun is None:
            break
        end = _lower_words_end(doc, noun + 1)
    return end


def _lower_words_end(doc: Doc, i: int) -> int:
    """The end of a portfolio's lower-case words: adjectives (``publique``, ``hydrauliques``)
    and a ``contre`` phrase with its noun (``contre les changements climatiques``);
    never ``dans un communiqué`` or a verb of saying read as an adjective (``ministère de
    l'Économie`` + ``assure``), which are the sentence's."""
    while i < len(doc):
        token = doc[i]
        if token.is_lower and token.pos_ == "ADJ" and token.lower_ not in SPEECH_FORMS:
            i += 1
        elif token.lower_ in _INSIDE:
            noun = i + 2 if i + 1 < len(doc) and _is_article(doc[i + 1]) else i + 1
            if noun >= len(doc) or not doc[noun].is_lower or doc[noun].pos_ != "NOUN":
                break
            i = noun + 1
        else:
            break
    return i


def _is_article(token: Token) -> bool:
    """``les``, ``la``, ``l'``: a definite article, not a possessive or ``toute`` (which the
    tagger also calls an article)."""
    return token.lower_ in _DEFINITE


def _portfolio_noun(doc: Doc, i: int) -> int | None:
    """The index of the capitalised noun of a portfolio opening at ``i`` (``des Ressources``,
    ``de la Pêche``, ``de l'Aménagement``), or ``None``."""
    if i >= len(doc) or doc[i].lower_ not in _OF:
        return None
    i += 1
    if doc[i - 1].lower_ in _BARE_OF:
        # a portfolio takes its article ("de la Pêche"); "de Gérald Darmanin", "et de Santé
        # publique France" name a person or another body
        if i >= len(doc) or doc[i].lower_ not in _ARTICLES:
            return None
        i += 1
    if i < len(doc) and doc[i].is_title and doc[i].is_alpha and doc[i].pos_ in ("NOUN", "PROPN"):
        return i
    return None
