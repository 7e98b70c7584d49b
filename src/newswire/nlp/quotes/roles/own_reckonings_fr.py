"""A French source's own reckoning: ``Selon ses calculs, 38 % des familles ...``, ``d'après
ses calculs``, ``Selon son analyse, la cycliste ...``, ``D'après son recensement, plus de cent
services ...``, ``selon ses propres estimations``.

French news gives a figure or a finding someone worked out as ``selon`` + a possessive +
the noun of the working out: the words are the owner's, as ``selon lui`` would make them
(the gold of four writers names the person or the body, never ``ses calculs``).  The noun
was read as a source of its own (a group, ``ses calculs``; a document, ``son analyse``).
A possessive says nothing of its owner's gender, so the owner is the nearest person named
before it, or the organisation that was the subject just before when no person came after
it (as ``elle`` for a body).  Nouns of a paper in its own right (``son rapport``, ``sa
lettre``) keep their phrase: only nouns of reckoning are here.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.resolution.named import NOBODY, Speaker
from newswire.nlp.quotes.resolution.pronouns_fr import nearer_organisation
from newswire.nlp.quotes.roles.description_context import (
    DESCRIPTION_WINDOW,
    Context,
    speaker_of,
)

__all__ = ["reckoning_owner"]

#: Nouns of working a figure or a finding out (lemmas).
_RECKONINGS = frozenset((
    "calcul", "calculs", "estimation", "analyse", "recensement", "décompte", "comptage",
    "évaluation", "projection", "simulation", "pointage", "relevé", "estimé",
))
#: Possessive determiners of one owner or several (``son``, ``sa``, ``ses``, ``leur``).
_POSSESSIVES = frozenset(("son", "sa", "ses", "leur", "leurs"))
#: How far back (in characters) the owner of a reckoning may be named.
_WINDOW = DESCRIPTION_WINDOW


def reckoning_owner(ctx: Context, head: Token) -> Speaker | None:
    """The speaker whose reckoning ``head`` is (``Selon ses calculs``: the one ``ses`` stands
    for), ``NOBODY`` when no one fits; ``None`` when ``head`` is no possessed reckoning."""
    if head.lemma_.lower() not in _RECKONINGS and head.lower_ not in _RECKONINGS:
        return None
    if not any(c.dep_ == "det" and c.lower_ in _POSSESSIVES for c in head.children):
        return None
    person = ctx.person_ref(head, None, _WINDOW)
    bodies = ctx.before(head, _WINDOW, lambda r: r.kind == "organization")
    owner = nearer_organisation(head, person, bodies) or person
    return speaker_of(owner) if owner is not None else NOBODY
