"""``LeBlanc said`` when the article names two LeBlancs (``Yvonne LeBlanc`` and her son
``Réjean LeBlanc``): the lone surname is the one of them the text spoke of last (a subject
of a main clause first: ``He said his mother ...`` before it), not whichever full name the
entities stage linked it to. Pure lookups over a doc's :class:`~.salience.Trail`.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.referents import Referent
from newswire.nlp.quotes.salience import Trail, pick

__all__ = ["namesake"]


def namesake(surname: Token, linked: str, trail: Trail) -> Referent | None:
    """The person a lone ``surname`` stands for when two or more people named before it
    bear it and ``linked`` (the full name the entities stage gave it) is one of them; else
    nobody (one bearer: the link stands)."""
    if " " not in linked or linked.rsplit(maxsplit=1)[-1] != surname.text:
        return None
    bearers = [r for r in trail.referents if r.start < surname.idx and r.kind == "person"
               and " " in r.name and r.name.rsplit(maxsplit=1)[-1] == surname.text]
    if len({r.name for r in bearers}) < 2:
        return None
    return pick(bearers)
