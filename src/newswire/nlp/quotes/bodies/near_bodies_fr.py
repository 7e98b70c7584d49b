"""French ``L'organisation``, ``l'association``, ``l'enseigne``, ``l'office fédéral``: the body
named just before.

French news names a body once and then goes on with a noun for its kind, whatever role the
name had in its sentence: ``Une version que conteste l'antenne rennaise de l'UFC-Que Choisir.
L'association ... estime``; ``Cette évolution n'a pas échappé à l'Autorité de la
concurrence. ... l'institution relevait``; ``La direction d'Hyperval a réagi. L'enseigne y
affirme``; ``Selon le bulletin publié par le BRGM, ..., une situation que l'organisme
qualifie de``.  The English rules of :func:`~.orgsorts.described_org` want the name to be a
subject or to show the noun's sort, which these names (``Hyperval``, ``Swiss Tennis``,
``UFC-Que Choisir``) seldom do; so, in French, when they find none, the description is the
last organisation named in its own sentence or the one before, of a sort that fits (never a
place, never a union for ``l'entreprise``).  A name further back is left alone: by then
another body may have come in by description alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newswire.nlp.quotes.base.mention_spans import word_at
from newswire.nlp.quotes.base.referent_types import Referent
from newswire.nlp.quotes.bodies.orgsorts import name_sort, wanted_sort

__all__ = ["nearest_named_body"]

#: Nouns (lemmas) French news gives a body it has just named, which say only what kind of
#: body it is.  Not ``la préfecture``, ``le ministère``, ``la commission``, ``le tribunal``:
#: those name one body of the State by their own phrase (gold writes ``la préfecture``), and
#: a body named just before is seldom it; not ``le groupe`` (a company or a political group).
_KIND_NOUNS = frozenset((
    "organisation", "organisme", "institution", "association", "fédération", "confédération",
    "syndicat", "collectif", "ong", "enseigne", "entreprise", "société", "firme",
    "plateforme", "coopérative", "fondation"))
#: Dependents that make a description say which body it is (``l'armée israélienne``, ``le
#: club béarnais``, ``le syndicat des cheminots``): such a phrase is left to the other rules.
_WHICH = frozenset(("amod", "nmod", "appos", "compound", "flat:name", "nummod"))
#: Prepositions of a place: a body named after them is where something happens (``maintenues
#: au CRA de Pamandzi``), not the body the next sentence goes on about.
_AT = frozenset(("au", "aux", "dans", "en", "vers", "depuis"))


def nearest_named_body(head: Token, earlier: Sequence[Referent]) -> Referent | None:
    """The last organisation of ``earlier`` (oldest first) named by the entities stage in
    ``head``'s sentence or the one before, of a sort the noun fits (any, for a noun of no
    sort: ``l'institution``, ``l'organisme``), when ``head`` is a bare noun of a body's kind
    (:data:`_KIND_NOUNS`); else none."""
    if head.lemma_.lower() not in _KIND_NOUNS or any(c.dep_ in _WHICH for c in head.children):
        return None
    sort = wanted_sort(head)
    sentence = head.sent
    since = head.doc[sentence.start - 1].sent.start_char if sentence.start else 0
    near = [r for r in earlier if r.entity_id is not None and not r.place
            and since <= r.start < head.idx and (sort is None or name_sort(r) in (None, sort))
            and not _named_at(head, r)]
    return near[-1] if near else None


def _named_at(head: Token, body: Referent) -> bool:
    """Whether ``body`` is named after a preposition of a place (``au CRA``, ``au centre de
    rétention administrative (CRA)``): up its name's words and a bracketed acronym to the
    first preposition."""
    word = word_at(head.doc, body.start)
    while word is not None:
        case = next((c.lower_ for c in word.children if c.dep_ == "case"), None)
        if case is not None:
            return case in _AT
        climbs = word.dep_ in ("flat:name", "compound", "appos") and word.head is not word
        word = word.head if climbs else None
    return False
