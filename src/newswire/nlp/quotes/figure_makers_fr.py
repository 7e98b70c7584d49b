"""French: figures and a communiqué speak as whoever made them: ``Selon les estimations de la
direction``, ``Selon les chiffres présentés par l'ADF``, ``Selon le bilan provisoire communiqué
mercredi midi par la province``, ``Selon un communiqué de la direction de la Protection
civile``.

A count, an estimate or a tally has no voice of its own in news writing: it is the claim of
the body that made it, and a communiqué is its issuer's statement. The French fresh sets'
gold names that body (``la direction``, ``la FNAM``, ``la province``, ``la préfecture``), the
figure's phrase at most beside it, while a titled document (``un rapport``, ``une étude``,
``un sondage``) keeps its own phrase as the source: those nouns are not read here. The maker
is the agent of a participle inside the phrase (``présentés par``, ``avancés par``), else an
organisation hung on the noun by ``de`` (``les estimations de la direction``; not ``le bilan
de la session``, a thing).

Lives here: :func:`figures_maker`, read by :func:`~.common_nouns.common_noun_speaker`.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.lexicon_fr import FRENCH
from newswire.nlp.quotes.phrases import phrase_kind

__all__ = ["figures_maker"]

#: Nouns (lemmas and forms) of figures a body counts or estimates, and of its communiqué.
_FIGURES = frozenset((
    "chiffre", "chiffres", "estimation", "estimations", "donnée", "données", "statistique",
    "statistiques", "bilan", "relevé", "relevés", "décompte", "comptage", "calcul", "calculs",
    "projection", "projections", "prévision", "prévisions", "pointage", "recensement",
    "communiqué", "communiqués",
))
_OF = frozenset(("de", "du", "des", "d'", "d’"))


def figures_maker(head: Token, lexicon: Lexicon) -> Token | None:
    """Who made the figures (or issued the communiqué) ``head`` heads, if its phrase says:
    the agent of a participle in it (``chiffres présentés par l'ADF``), else an organisation
    after ``de`` (``estimations de la direction``)."""
    if lexicon is not FRENCH or head.pos_ != "NOUN" or (
            head.lower_ not in _FIGURES and head.lemma_.lower() not in _FIGURES):
        return None
    return _agent(head) or _organisation_of(head, lexicon)


def _agent(head: Token) -> Token | None:
    """The ``par`` agent of a participle inside the phrase (the parse may hang it on a word
    between: ``communiqué mercredi midi par la province``)."""
    return next((t for t in head.subtree if t.dep_ == "obl:agent" and t.i > head.i
                 and any(c.lower_ == "par" for c in t.children)
                 and _within_phrase(head, t)), None)


def _within_phrase(head: Token, token: Token) -> bool:
    """Whether no comma or verb of its own clause stands between ``head`` and ``token``."""
    return not any(t.text in ",;:" for t in head.doc[head.i + 1:token.i])


def _organisation_of(head: Token, lexicon: Lexicon) -> Token | None:
    """An organisation hung on ``head`` by ``de``: a name the model tags as one, or a noun of
    organisations (``direction``, ``fédération``, ``préfecture``)."""
    for child in head.children:
        if child.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in _OF
                                        for c in child.children) and (
                child.ent_type_ == "ORG" or phrase_kind(child, lexicon) == "organization"):
            return child
    return None
