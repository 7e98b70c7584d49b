"""A French office nobody named holds is not the last person named: ``Le maire de Toulouse
s'est dit ouvert`` after ``relève Nadia Bousquet, conseillère métropolitaine``.

A description no one is titled with falls back on the person last named
(:func:`.descriptions.described_person`): right for an epithet of that person (``l'élu``,
``la syndicaliste``, ``le dirigeant de 54 ans``: what the writer calls the one just
quoted), wrong when the description names an office of its own. French news writing names
an office whose holder it never names by the office and the place or body it belongs to
(``le maire de Toulouse``, ``la ministre de l'Immigration du Québec``, ``le gouverneur de
la région du Sahel``, ``le président du Conseil européen``): that complement, a
capitalised name, says which office, and a person named before whose titles do not name
that place or body does not hold it (``le patron de l'ANP`` after ``Le directeur général de
l'ANP, X,`` is X: the same body, another word for the post). Nor does a person of the
other gender than the article says (``Le préfet`` after ``Clémence``, ``la ministre des
Transports`` after ``Olivier``): ``le``/``la``/``un``/``une`` say the holder's gender;
``l'`` and an epicene noun alone say nothing. A person named bare as a subject just
before is the exception (``Emmanuel Macron a reçu … Le président de la République``: the
office is their epithet; :mod:`.bare_named_fr`).
Pure: spaCy tokens.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newswire.nlp.quotes.base.gender import (
    FRENCH_DEFINITE_GENDERS,
    FRENCH_INDEFINITE_GENDERS,
    Gender,
)
from newswire.nlp.quotes.lexicon_fr import DE

__all__ = ["article_gender", "holds_elsewhere"]

#: What splits a title into words: spaces and elided articles' apostrophes (``l'anp``).
_WORDS = re.compile(r"[\s'’]+")
#: Articles that say a singular noun's gender (``l'`` says none).
_GENDERED_ARTICLES: dict[str, Gender] = {**FRENCH_DEFINITE_GENDERS, **FRENCH_INDEFINITE_GENDERS}


def article_gender(head: Token) -> Gender | None:
    """The gender ``head``'s own article says: ``le préfet`` ``m``, ``la ministre`` ``f``."""
    return next((_GENDERED_ARTICLES[c.lower_] for c in head.children
                 if c.dep_ == "det" and c.lower_ in _GENDERED_ARTICLES), None)


def _office_names(head: Token) -> frozenset[str]:
    """The capitalised words of ``head``'s ``de`` complements, lower-cased: ``{"toulouse"}``
    for ``maire de Toulouse``, ``{"transports"}`` for ``ministre des Transports``; none for
    a common complement (``directrice d'hôpital``, ``dirigeant de 54 ans``, ``patronne des
    députés insoumis``: epithets of one named)."""
    return frozenset(t.lower_ for c in head.children if _complement(head, c)
                     for t in c.subtree if t.is_alpha and t.text[:1].isupper())


def _complement(head: Token, child: Token) -> bool:
    """Whether ``child`` is a ``de`` phrase right after ``head`` (adjectives between):
    ``le ministre wallon de l'Économie``; not across a comma (``Le retraité, ancien
    technicien de la DDTM``: an apposition's own complement)."""
    doc = head.doc
    return child.dep_ == "nmod" and child.left_edge.lower_ in DE \
        and child.left_edge.i > head.i \
        and not any(t.is_punct for t in doc[head.i + 1:child.left_edge.i])


def holds_elsewhere(head: Token, titles: frozenset[str]) -> bool:
    """Whether ``head`` names an office of its own place or body that a person titled
    ``titles`` was not given: ``le maire de Toulouse`` after a ``conseillère
    métropolitaine``; not ``le patron de l'ANP`` after ``Le directeur général de l'ANP,
    X,``: the same body, another word for the post."""
    names = _office_names(head)
    words = {w for title in titles for w in _WORDS.split(title)}  # "l'anp" holds "anp"
    return bool(names) and not names <= words
