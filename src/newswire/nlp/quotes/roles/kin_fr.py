"""Someone's relative, in French: ``la mère de l'accusé``, ``la fille du septuagénaire``,
``l'ancienne compagne du prévenu``.

A kin noun with ``de``/``du`` after it names the relative of the one named there: a person
of its own, whom the writer does not name. French epithets (:mod:`.epithets_fr`: ``la
mère`` alone may be a woman named before) took it for the last woman named (``la fille du
septuagénaire a publié ... « ... », a-t-elle écrit`` went to the mayor); it is one unnamed
person, by its phrase (:mod:`.unnamed_fr`), as a court or crime report's ``La mère de
l'accusé, entendue en fin de journée, a demandé pardon`` is. Pure: spaCy tokens.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["is_someones_kin"]

#: French nouns of kin, singular.
_KIN_WORDS = frozenset(("mère", "père", "fille", "fils", "frère", "sœur", "soeur", "épouse",
                        "époux", "mari", "compagne", "compagnon", "veuve", "veuf", "oncle",
                        "tante", "cousin", "cousine", "grand-mère", "grand-père", "petit-fils",
                        "petite-fille", "belle-mère", "beau-père", "nièce", "neveu"))
_OF = frozenset(("de", "d'", "d’", "du"))


def is_someones_kin(head: Token) -> bool:
    """Whether ``head`` is a kin noun with the one it is kin to after ``de``: ``la mère de
    l'accusé``."""
    if head.lower_ not in _KIN_WORDS or _a_girl(head):
        return False
    return any(
        c.dep_ == "nmod" and c.lower_ != "famille"  # "la mère de famille": herself
        and any(g.dep_ == "case" and g.lower_ in _OF for g in c.children)
        and not any(g.dep_ == "nummod" for g in c.children)  # "la fille de 16 ans": her age
        for c in head.children)


def _a_girl(head: Token) -> bool:
    """``la jeune fille``: a girl, nobody's daughter."""
    return head.lower_ == "fille" and any(c.dep_ == "amod" and c.lower_ == "jeune"
                                          for c in head.children)
