"""French figures speak as the body that made them: ``selon les chiffres de l'ADF``, ``les
estimations de la FNAM``, ``un relevé réalisé par la Fades``, ``les chiffres présentés par
l'ADF``.

Figures (``chiffres``, ``estimations``, ``relevé``, ``bilan``, ``calculs``) are no document
a reader can name apart from their maker: French news gives them as the maker's voice, and
the fresh sets' gold takes the maker as the source of such a sentence wherever the text
names one (the referent, or an answer beside the phrase).  So, in French, figures ``de`` a
body or made ``par`` a body speak as that body when it resolves to an organisation; a
report, a study or a note (``un rapport du Sénat``) keeps its own phrase, as French gold
names a document, and figures of a body described at length (``le bilan annuel du réseau
suisse de mesure des glaciers``: no name, an adjective) keep theirs too.
Lives here: :func:`figures_maker`, read by :func:`~.common_nouns.common_noun_speaker`.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.lexicon_fr import DE

__all__ = ["figures_maker"]

#: Nouns (lemmas) of figures: counts, estimates, tallies.
_FIGURES = frozenset(("chiffre", "chiffres", "estimation", "donnée", "statistique", "relevé",
                      "calcul", "bilan", "comptage", "décompte", "projection", "prévision",
                      "recensement"))
#: Labels of a maker that is no body: a country's figures speak as no one here.
_NO_MAKER = frozenset(("GPE", "PER", "PERSON"))


def figures_maker(head: Token) -> Token | None:
    """The word naming the body that made the figures ``head`` heads (``chiffres de
    l'ADF``: ``ADF``; ``relevé réalisé par la Fades``: ``Fades``), if French names one."""
    if head.doc.lang_ != "fr" or head.pos_ != "NOUN" or (
            head.lemma_.lower() not in _FIGURES and head.lower_ not in _FIGURES):
        return None
    for child in head.rights:
        if child.dep_ == "nmod" and _case(child) in DE:
            return _body(child)
        if child.dep_ == "acl" and child.pos_ == "VERB":  # "présentés par l'ADF"
            agent = next((c for c in child.children if c.dep_ == "obl:agent"), None)
            return _body(agent) if agent is not None else None
    return None


def _case(word: Token) -> str:
    """The preposition ``word``'s phrase opens with (``de`` of ``de l'ADF``), or ``""``."""
    return next((c.lower_ for c in word.children if c.dep_ == "case"), "")


#: Dependents that make a common noun a described body of its own (``le réseau suisse de
#: mesure des glaciers``): the gold keeps such a maker in its document's phrase.
_DESCRIBED = frozenset(("amod", "nmod"))


def _body(word: Token) -> Token | None:
    """``word`` when it may name a body: a name, or a bare noun of one (``la direction``,
    ``la préfecture``); never a place's or a person's name."""
    if word.pos_ not in ("PROPN", "NOUN") or word.ent_type_ in _NO_MAKER:
        return None
    if word.pos_ == "NOUN" and not word.ent_type_ and any(
            c.dep_ in _DESCRIBED for c in word.children):
        return None
    return word
