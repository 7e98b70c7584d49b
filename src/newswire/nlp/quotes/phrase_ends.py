"""Where an unnamed source's phrase ends, past what only says where or gives examples.

A group's phrase keeps what says which people speak (``Researchers who study suicide
prevention``, ``Voters who spoke to PREMIUM TIMES``), as the fresh gold writes it, but not
the place where its clause happened (``... in First Nations communities``, ``... in
Ado-Ekiti``) nor the examples after ``, including`` (``Diplomats from 12 Western countries,
including Germany and Britain``).  A place that is all the clause says (``people who live
in Ottawa``) stays.  English parses only (``relcl``/``acl`` with a ``prep``); French phrase
ends are :mod:`.phrase_ends_fr`'s; a ``who`` clause is kept by :mod:`.who_clauses`, which
ends it here too.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.lexicon import Lexicon
from newswire.nlp.quotes.phrase_ends_fr import french_phrase_end

__all__ = ["before_clause_place", "phrase_end"]

#: Prepositions of a place a group's clause happened in.
_PLACE_PREPOSITIONS = frozenset(("in", "at"))
#: Clauses on a group's noun that say which people it is.
_CLAUSES = frozenset(("relcl", "acl"))


def phrase_end(head: Token, end: int, kind: str, lexicon: Lexicon) -> int:
    """Just past the last word of ``head``'s phrase ending at ``end`` that names the source."""
    end = french_phrase_end(head, end, lexicon)
    if kind != "group":
        return end
    end = _before_examples(head, end)
    for clause in head.rights:
        if clause.dep_ in _CLAUSES and clause.i < end:
            end = before_clause_place(clause, end)
    while end > head.i + 1 and head.doc[end - 1].is_punct:
        end -= 1
    return end


def _before_examples(head: Token, end: int) -> int:
    """Where ``, including ...`` starts after ``head``, if it does before ``end``."""
    doc = head.doc
    for i in range(head.i + 1, end - 1):
        if doc[i].text == "," and doc[i + 1].lower_ == "including":
            return i
    return end


def before_clause_place(clause: Token, end: int) -> int:
    """Where the place ending ``clause``'s words starts (``in Ado-Ekiti``), when the clause
    says something before it (never right after its verb: ``who live in Ottawa``)."""
    words = clause.subtree
    for token in words:
        if clause.i + 1 < token.i < end and token.dep_ == "prep" \
                and token.lower_ in _PLACE_PREPOSITIONS and token.right_edge.i == end - 1:
            return token.i
    return end
