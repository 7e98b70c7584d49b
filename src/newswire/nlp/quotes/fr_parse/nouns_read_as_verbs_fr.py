"""French nouns of a person that ``fr_core_news_sm`` reads as infinitives: ``a lâché le
manager castelnaudais`` (``manager`` a verb, ``le`` its object pronoun).

Sport reports call a rugby or football club's head coach ``le manager`` after naming him;
read as a verb, the incise had no subject that names anyone and the quote no speaker. After
an article, the word is the noun and the article its determiner, so the epithet rules
(:mod:`.epithets_fr`) find the person named before.
"""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["nouns_after_articles"]

#: Nouns of a person spelt as a French infinitive (``manager``, to manage).
_NOUNS = frozenset(("manager",))
_ARTICLES = frozenset(("le", "la", "l'", "l’", "du", "au"))


def nouns_after_articles(doc: Doc) -> None:
    """Make each such word after an article a noun, and the article its determiner."""
    for token in doc:
        if token.lower_ not in _NOUNS or token.pos_ == "NOUN" or token.i == 0:
            continue
        article = doc[token.i - 1]
        if article.lower_ not in _ARTICLES:
            continue
        token.pos_, token.tag_ = "NOUN", "NOUN"
        if article.lower_ in ("le", "la", "l'", "l’") and not article.is_ancestor(token):
            article.pos_, article.head, article.dep_ = "DET", token, "det"
