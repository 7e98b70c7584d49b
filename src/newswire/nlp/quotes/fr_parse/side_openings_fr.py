"""The side a French sentence opens with, whose ``on`` speaks: ``Du côté de l’Élysée, on
assure``, ``Chez Renault, on estime``, ``Dans l’entourage de la ministre, on assure``,
``Dans l’opposition municipale, on salue``, ``Au cabinet du ministre, on indique``,
``Côté SNCF, on reconnaît``, ``À Bercy, on indique``.

French news gives an unnamed voice of a body or a camp as ``on`` after an opening that
names where it speaks from: the opening's noun is the source (``l’entourage de la
ministre``, a group; ``le cabinet``, an organisation).  ``Du côté de`` and ``Chez`` name a
side whatever follows; ``Dans`` and ``Au``/``À la`` name a place as often as a source
(``Dans la salle, on ...``, ``À Lyon, on ...``), so after them only a noun that names a body
or a camp (the lexicon's group nouns, ``l’entourage``, ``un proche``; an organisation's noun with
the ``de`` phrase that says which, ``le cabinet de la ministre``) or an organisation's name
is taken.  French news also names a ministry or the presidency by the place that houses it
(``À Bercy``, ``Au Quai d’Orsay``, ``À Matignon``): the model types those as places, so they
are a closed list.  Read by :mod:`.clauses_fr`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newswire.nlp.quotes.base.parse_labels import NOUN_TAGS
from newswire.nlp.quotes.lexicon_fr import CAMPS, DE, FRENCH

__all__ = ["is_seat", "side_opening"]

#: Openings that name a side whatever noun follows (their first words, lower case), with
#: how many words they take (``Du côté de``, ``des``, ``d'``: three).
_ANY_SIDE = ((("du", "côté"), 3), (("chez",), 1))
#: ``Côté SNCF, on reconnaît``: a bare ``Côté`` opens a topic as often as a side (``Côté
#: salaires, on reste loin du compte``), so only a body's name or noun after it, capitals
#: too (``SNCF``: a name written in capitals is a body's more often than a town's).
_NAMED_SIDE = ("côté",)
#: Openings that name a place as often as a side: only a body's or a camp's noun after them
#: (``Dans l’entourage de``, ``Dans les rangs de``, ``Au ministère``, ``À la CGT``).
_BODY_SIDE = (("dans",), ("au",), ("aux",), ("à", "la"), ("à", "l'"), ("à", "l’"),
              ("a", "la"), ("a", "l'"), ("a", "l’"))  # "A l'Elysée": capitals unaccented
#: ``Dans les rangs de l’opposition``: the camp is the noun after the ``de``.
_RANKS = "rangs"
#: Entity types a name after ``Au``/``À la`` may have to be a body, not a town.
_BODY_TYPES = frozenset(("ORG", ""))
#: ``À Bercy, on indique``: the seats French news names its ministries and presidency by
#: (their first word), taken after any ``À``/``Au`` although the model calls them places.
_SEATS = frozenset(("bercy", "matignon", "élysée", "elysée", "beauvau", "quai"))
#: ``À``/``A`` alone, before a seat only (``À Lyon``: a town).
_SEAT_SIDE = (("à",), ("a",))


def side_opening(words: Span) -> Token | None:
    """The name or noun of the side opening ``words`` (the sentence up to its ``on``), up
    to a comma: whose ``on`` it is."""
    lowers = [t.lower_ for t in words[:3]]
    for opening, length in _ANY_SIDE:
        if tuple(lowers[:len(opening)]) == opening:
            return _first_noun(words[length:], any_noun=True)
    if tuple(lowers[:1]) == _NAMED_SIDE:
        return _first_noun(words[1:], any_noun=False, capitals=True)
    for opening in _BODY_SIDE:
        if tuple(lowers[:len(opening)]) == opening:
            return _first_noun(words[len(opening):], any_noun=False)
    for opening in _SEAT_SIDE:
        if tuple(lowers[:len(opening)]) == opening:
            return _seat(words[len(opening):])
    return None


def _seat(words: Span) -> Token | None:
    """The seat of power right after a bare ``À`` (``À Bercy``), else nothing."""
    return words[0] if len(words) and is_seat(words[0]) else None


def is_seat(token: Token) -> bool:
    """``Bercy``, ``Matignon``, ``l’Élysée``, ``Quai d’Orsay``: a seat of power's name."""
    if token.lower_ not in _SEATS or not token.text[:1].isupper():
        return False
    doc = token.doc
    return token.lower_ != "quai" or (
        token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("d'", "d’"))


def _first_noun(words: Span, *, any_noun: bool, capitals: bool = False) -> Token | None:
    """The first noun of ``words`` before a comma; unless ``any_noun``, only a body's or a
    camp's noun, or a name that is no place (in title case, or, with ``capitals`` or the
    model's organisation type, any capitalised name: ``SNCF``, ``À la CGT``)."""
    for token in words:
        if token.text == ",":
            return None
        if token.pos_ not in NOUN_TAGS:
            continue
        if any_noun:
            return token
        if token.lower_ == _RANKS:
            continue  # "Dans les rangs de l'opposition": the camp after it
        lemma = token.lemma_.lower()
        if lemma in FRENCH.group_nouns or token.lower_ in CAMPS or (
                lemma in FRENCH.org_nouns and _says_whose(token)):
            return token
        if is_seat(token) or (
                token.pos_ == "PROPN" and token.ent_type_ in _BODY_TYPES
                and (token.is_title or ((capitals or token.ent_type_ == "ORG")  # "À la CGT"
                                        and token.text[:1].isupper()))):
            return token
        return None
    return None


def _says_whose(noun: Token) -> bool:
    """``le cabinet de la ministre``: an organisation's noun with a ``de`` phrase says which
    body it is; a bare one (``Au ministère``, ``Au syndicat``) would be matched to any
    body named before it, a union or a firm the story is about."""
    return any(c.dep_ == "nmod" and c.i > noun.i and c.left_edge.lower_ in DE
               for c in noun.children)
