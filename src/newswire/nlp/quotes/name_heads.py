"""``the executive``, ``the inspectorate``: the organisation named before whose name is
headed by that noun (``Health and Safety Executive``, ``HM Inspectorate of Prisons``).

A noun that by itself is a person's or a group's (``executive``), or no speaker's at all
(``inspectorate``), names an organisation when the article has named one whose name's head
is that noun: the name's last word, or its last before ``of``/``for``.  The last such name
before the noun is meant.  Organisation nouns (``the council``, ``the trust``) are read by
:mod:`.orgsorts`, which knows their sorts.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.referents import Referent

__all__ = ["name_head", "named_by_head"]

#: Words after a name's head: ``Inspectorate of Prisons``, ``Institute for Fiscal Studies``.
_AFTER_HEAD = frozenset(("of", "for"))


def name_head(name: str) -> str:
    """The head word of an organisation's name, lower case: its last word, or the last before
    ``of``/``for``."""
    words = [w.lower().rstrip(".,’'") for w in name.split()]
    for at, word in enumerate(words[1:], start=1):
        if word in _AFTER_HEAD:
            return words[at - 1]
    return words[-1] if words else ""


def named_by_head(head: Token, earlier: list[Referent]) -> Referent | None:
    """The last organisation of ``earlier`` (named before ``head``, oldest first) whose name
    is headed by ``the <head>``'s noun; None unless ``head`` is a singular noun with ``the``
    and no other word before it (``the chief executive`` is a person)."""
    lefts = list(head.lefts)
    if head.tag_ != "NN" or [t.lower_ for t in lefts] != ["the"] or lefts[0].dep_ != "det":
        return None
    noun = head.lower_
    named = [r for r in earlier if r.entity_id is not None and len(r.name.split()) > 1
             and name_head(r.name) == noun]
    return named[-1] if named else None
