"""A spaCy component after the French parser: the pronoun of an inverted cue is its subject.

French reports speech with the verb first: ``a-t-elle ajouté``, ``explique-t-il``, ``dit-on``.
``fr_core_news_sm`` tags that ``-elle`` as ``X`` or attaches ``-il`` as ``dep``, so the cue
would have no speaker; this makes such a pronoun what the quote rules look for, a ``PRON``
that is the ``nsubj`` of its verb (the speaker is then resolved like ``il``).  The model
also takes an elided article for the noun (``a affirmé l’entourage de la ministre``: ``l’``
the subject, ``entourage`` an object): the noun after it takes its place.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

COMPONENT = "newswire_french_inversion"
_INVERTED = frozenset(("-il", "-elle", "-ils", "-elles", "-on"))
_ELIDED_ARTICLES = frozenset(("l’", "l'"))


@Language.component(COMPONENT)
def mark_inverted_subjects(doc: Doc) -> Doc:
    """Make every inverted subject pronoun the subject of the verb it follows."""
    for token in doc:
        if token.lower_ in _INVERTED and token.head.pos_ in ("VERB", "AUX"):
            token.pos_ = "PRON"
            token.dep_ = "nsubj"
        elif token.lower_ in _ELIDED_ARTICLES and token.pos_ != "DET":
            _article_of_next_noun(token)
    return doc


def _article_of_next_noun(article: Token) -> None:
    """Give the noun after a mistagged ``l’`` the article's place in the parse."""
    doc = article.doc
    if article.i + 1 >= len(doc) or article.dep_ == "ROOT":
        return
    noun = doc[article.i + 1]
    head = article.head
    if noun.pos_ not in ("NOUN", "PROPN") or head == noun or noun.is_ancestor(head):
        return
    noun.head, noun.dep_ = head, article.dep_
    article.head, article.dep_, article.pos_ = noun, "det", "DET"
