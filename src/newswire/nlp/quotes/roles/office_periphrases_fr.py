"""A French periphrasis for an office is the office's holder named before: ``a déclaré le
membre du gouvernement`` after ``le ministre de la Santé publique, Dr Jean-Pierre Mbarga
Essomba,``; ``a martelé le représentant de l'État`` after ``Le préfet de La Réunion, Laurent
Delmas-Rivière,``.

French news writing avoids repeating a title and names the office a second time by what it
is: a minister is ``le membre du gouvernement``, a prefect (or a governor, a high
commissioner: the State's man in a region, a département or an overseas territory) ``le
représentant de l'État``. The nouns alone (``membre``, ``représentant``) are anyone's, so the
speaker was the phrase (``membre du gouvernement``), as if an unnamed person spoke. Read only
with the definite article and that very complement, and only for a person the article titled
with the office before; else nothing changes. Pure: spaCy tokens.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.referent_types import Referent
from newswire.nlp.quotes.lexicon_fr import THE_SINGULAR
from newswire.nlp.quotes.resolution.salience import Trail, pick

__all__ = ["periphrasis_holder", "periphrasis_offices"]

#: The titles of the State's representative in a region, a département or a territory.
_STATE_OFFICES = frozenset(("préfet", "préfète", "haut-commissaire", "gouverneur",
                            "gouverneure"))
#: The head noun's lemma and its complement's, and the titles of the office they stand for.
_PERIPHRASES: dict[tuple[str, str], frozenset[str]] = {
    ("membre", "gouvernement"): frozenset(("ministre", "ministre-adjoint")),
    ("représentant", "état"): _STATE_OFFICES,
    ("représentante", "état"): _STATE_OFFICES,
}


def periphrasis_offices(head: Token) -> frozenset[str]:
    """The titles of the office ``head`` names by a periphrasis (``le membre du
    gouvernement``: ``ministre``), none when it names none."""
    if head.doc.lang_ != "fr" or not any(c.dep_ == "det" and c.lower_ in THE_SINGULAR
                                         for c in head.children):
        return frozenset()
    lemma = head.lemma_.lower()
    for child in head.children:
        if child.dep_ == "nmod" and child.i > head.i:
            offices = _PERIPHRASES.get((lemma, child.lemma_.lower()))
            if offices is not None and _definite_complement(child):
                return offices
    return frozenset()


def periphrasis_holder(head: Token, trail: Trail) -> Referent | None:
    """The person titled with the office ``head`` names by a periphrasis, named before it
    (the nearest, as :func:`.role_holders.titled` picks); None when ``head`` is none or no one
    so titled was named."""
    offices = periphrasis_offices(head)
    if not offices:
        return None
    return pick([r for r in trail.referents if r.kind == "person" and r.start < head.idx
                 and offices & r.titles])


def _definite_complement(noun: Token) -> bool:
    """``du gouvernement``, ``de l'État``: the complement with its article, nothing else
    (``d'un gouvernement de transition`` is another one)."""
    words = [t.lower_ for t in noun.subtree if t.i < noun.i]
    return words in (["du"], ["de", "l'"], ["de", "l’"])
