"""A description that says which organisation it is by a clause of its own: ``The union
representing the city's library workers thanked the council``, ``the company that owns the
building said``.

Such a phrase brings in an organisation the article has not named (a reader is told which
one by the clause, not by what came before), so it speaks as its own phrase and never as the
organisation of its sort last named (``Cleveland City Council``, whose name shows no sort).
A clause set off by a comma only describes one already known (``the company, which ...``).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import PARTICIPLE_TAGS

__all__ = ["says_which_by_clause"]

_CLAUSES = frozenset(("acl", "relcl"))


def says_which_by_clause(head: Token, speech_verbs: frozenset[str]) -> bool:
    """Whether an organisation noun has a restrictive participle or relative clause right
    after it (no comma between), which is not its own verb of saying."""
    doc = head.doc
    for child in head.rights:
        if child.dep_ not in _CLAUSES or child.left_edge.i != head.i + 1:
            continue
        if child.dep_ == "acl" and (child.tag_ not in PARTICIPLE_TAGS
                                    or child.lemma_.lower() in speech_verbs):
            continue
        return not doc[head.i + 1].is_punct
    return False
