"""French nouns that ``fr_core_news_sm`` reads as verbs: ``a lâché le manager
castelnaudais`` (``manager`` an infinitive, ``le`` its object pronoun), ``a indiqué dans un
communiqué que ...`` (``communiqué`` a participle), ``estime dans une note que ...``.

Sport reports call a rugby or football club's head coach ``le manager`` after naming him;
read as a verb, the incise had no subject that names anyone and the quote no speaker. After
an article, the word is the noun and the article its determiner, so the epithet rules
(:mod:`.epithets_fr`) find the person named before.

A body's statement is reported with the paper it came in between the verb and what it says
(``L'Office du baccalauréat a annoncé dans un communiqué que ...``, ``Santé Québec rappelle
dans un courriel que ...``, ``L'OMS estime dans une note que ...``): the model reads
``communiqué``, ``note`` or ``courriel`` as a verb and hangs the ``que`` clause on it, so the
clause's cue was that word, which has no subject, and the quote no speaker. After ``dans`` or
``par`` and an article, such a word is the paper, a noun; the clause is then hung on the
verb of saying before it (:func:`.clauses_fr.hang_que_clauses`), whose subject speaks.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

__all__ = ["is_paper", "nouns_after_articles"]

#: Nouns of a person spelt as a French infinitive (``manager``, to manage).
_NOUNS = frozenset(("manager",))
_ARTICLES = frozenset(("le", "la", "l'", "l’", "du", "au"))
#: Papers a statement comes in whose word is also a verb's form (``communiqué``, ``note``).
_PAPERS = frozenset(("communiqué", "note", "courriel", "message", "avis", "publication",
                     "déclaration", "lettre", "réponse"))
#: Determiners of such a paper (``dans un communiqué``, ``dans sa note``).
_PAPER_DETERMINERS = frozenset(("un", "une", "le", "la", "l'", "l’", "son", "sa", "leur",
                                "ce", "cet", "cette"))
#: Prepositions bringing in the paper (``dans un communiqué``, ``par un courriel``).
_PAPER_PREPOSITIONS = frozenset(("dans", "par"))


def nouns_after_articles(doc: Doc) -> None:
    """Make each such word after an article a noun, and the article its determiner."""
    for token in doc:
        if token.pos_ == "VERB" and is_paper(token):
            token.pos_, token.tag_ = "NOUN", "NOUN"
            continue
        if token.lower_ not in _NOUNS or token.pos_ == "NOUN" or token.i == 0:
            continue
        article = doc[token.i - 1]
        if article.lower_ not in _ARTICLES:
            continue
        token.pos_, token.tag_ = "NOUN", "NOUN"
        if article.lower_ in ("le", "la", "l'", "l’") and not article.is_ancestor(token):
            article.pos_, article.head, article.dep_ = "DET", token, "det"


def is_paper(token: Token) -> bool:
    """``communiqué`` of ``dans un communiqué``: a paper's word after a preposition and a
    determiner (a verb's form never stands there)."""
    doc = token.doc
    return (token.lower_ in _PAPERS and token.i >= 2
            and doc[token.i - 1].lower_ in _PAPER_DETERMINERS
            and doc[token.i - 2].lower_ in _PAPER_PREPOSITIONS)
