"""Where a clause that says which people a source is stops: before the place or time it closes
on.  ``Farmers who spoke to the Herald in Dubbo`` are the farmers who spoke to the paper,
``Workers who gathered outside the plant in Oshawa on Monday`` the workers who gathered
outside the plant, ``Nurses working on the night shift at St Mary's`` the nurses working on
the night shift: news copy closes such a clause on where and when its act happened, which
tells the reader nothing of which people they are, and the fresh gold of four writers leaves
it out.  An ``in``, ``at`` or ``on`` phrase is cut only when it closes the clause after a
complement of its own verb (``who live in the area``, ``who gathered outside the plant`` keep
theirs: there the place is what the clause says of them; so does ``victims who participated
in the proceedings``, a nested verb's own phrase).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import NOUN_TAGS

__all__ = ["clause_end"]

#: Prepositions of a closing place or time (``in Ado-Ekiti``, ``at a hospital``, ``on
#: Wednesday``); ``for years``, ``since 2019`` and the rest say more than where or when.
_CLOSING_PREPS = frozenset(("in", "at", "on"))


def clause_end(verb: Token, end: int) -> int:
    """Just past the words of ``verb``'s clause (ending before ``end``) that say which
    people it means: closing ``in``/``at``/``on`` phrases after a complement are left out."""
    while (cut := _closing_adjunct(verb, end)) is not None:
        end = cut
    return end


def _closing_adjunct(verb: Token, end: int) -> int | None:
    """Where the last ``in``/``at``/``on`` phrase closing the clause before ``end`` opens,
    when a noun of the clause comes between the verb and it; else ``None``."""
    doc = verb.doc
    for prep in reversed(doc[verb.i + 1:end]):
        if prep.dep_ != "prep" or prep.lower_ not in _CLOSING_PREPS \
                or prep.right_edge.i != end - 1 or not _in_clause(prep, verb):
            continue
        owner = _own_verb(prep, verb)  # "victims who participated in the proceedings": its own
        if any(t.pos_ in NOUN_TAGS or t.pos_ == "PRON" for t in doc[owner.i + 1:prep.i]):
            cut = prep.i
            while cut > verb.i + 1 and doc[cut - 1].is_punct:
                cut -= 1
            return cut
        return None
    return None


def _own_verb(prep: Token, verb: Token) -> Token:
    """The verb of the clause the phrase opening at ``prep`` hangs on: the nearest verb above
    it, ``verb`` itself or one of a clause nested in ``verb``'s."""
    return next((a for a in prep.ancestors if a.pos_ in ("VERB", "AUX")), verb)


def _in_clause(token: Token, verb: Token) -> bool:
    """Whether ``token`` hangs (at any depth) on ``verb``."""
    return any(a.i == verb.i for a in token.ancestors)
