"""The name set off after an organisation's description: ``The union representing transit
operators, Amalgamated Transit Union Local 1505, welcomed``, ``a coalition of civil society
groups that observed the election, the Ondo Election Situation Room, said``.

A body's noun with a phrase after it (a participle, an ``of`` phrase, a relative clause) and
then a name set off by commas: the name is the body's, though the parse hangs it on the
phrase's last noun (``operators``) or reads it as the name of the ``of`` phrase's object (as
``Lawyers for the builder, Harbour Homes Ltd,`` are: :mod:`.appositions` rightly leaves
those, whose noun is people's).  Only a body's noun (the lexicon's organisation nouns) and
only an organisation's name: ``the union representing nurses, Sarah Lee,`` names no union.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.lexicon import Lexicon

__all__ = ["body_named_after"]


def body_named_after(head: Token, lexicon: Lexicon) -> Token | None:
    """The organisation's name set off by commas after ``head``'s own phrase, when ``head``
    is a body's noun (``union``, ``coalition``, ``group``) in the singular."""
    if head.lemma_.lower() not in lexicon.org_nouns or "Plur" in head.morph.get("Number", []):
        return None
    for name in head.subtree:
        if name.dep_ == "appos" and name.pos_ == "PROPN" and name.ent_type_ == "ORG" \
                and _set_off_after(head, name):
            return name
    return None


def _set_off_after(head: Token, name: Token) -> bool:
    """Whether the words ``name`` heads stand between two commas, the first after
    ``head``'s own phrase, all of whose words ``head`` governs (no second clause between)."""
    doc = name.doc
    words = [t.i for t in name.subtree if not t.is_punct]
    if not words:
        return False
    before, after = words[0] - 1, words[-1] + 1
    return before > head.i and doc[before].text == "," and after < len(doc) \
        and doc[after].text == "," \
        and all(head.is_ancestor(doc[k]) for k in range(head.i + 1, before))
