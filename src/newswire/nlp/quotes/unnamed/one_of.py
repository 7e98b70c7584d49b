"""One unnamed person of a group: ``One of them said``, ``one of the officials said``, ``One
of those people, speaking on condition of anonymity, told``.

The source is one person, not the group counted before (``Two MPPs who attended the dinner
... One of them``), and the text names them by the phrase alone: that phrase, as written, is
the speaker, a ``person`` with no entity (as ``one bond trader``). A name set off after it
(``One of the victims, Jane Roe, said``) is left to the apposition.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newswire.nlp.quotes.base.parse_labels import SUBJECT_DEPS
from newswire.nlp.quotes.roles.appositions import apposed_name
from newswire.nlp.quotes.unnamed.linked_nouns import english_of_object

__all__ = ["one_of_phrase"]

#: What ``of`` may take to make a group the person is one of: a pronoun or a plural noun
#: brought in by a definite word (``the officials``, ``those people``, ``its members``).
_GROUP_PRONOUNS = frozenset(("them", "us", "those", "these"))
_DEFINITE = frozenset(("the", "those", "these", "its", "their", "our", "his", "her"))


def one_of_phrase(head: Token) -> Span | None:
    """``One of them`` for the subject ``One`` of ``One of them said``, or for the group
    word the cue took as its speaker (``them``: :mod:`.members`), else ``None``; the phrase
    ends on the group word, whose kind the caller checks (``One of the companies`` is no
    person)."""
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head
    if head.lower_ != "one" or head.dep_ not in SUBJECT_DEPS \
            or apposed_name(head) is not None:
        return None
    group = english_of_object(head)
    if group is None or not _is_group(group):
        return None
    return head.doc[head.i:group.i + 1]


def _is_group(group: Token) -> bool:
    if group.lower_ in _GROUP_PRONOUNS:
        return True
    return group.tag_ in ("NNS", "NNPS") and group.pos_ == "NOUN" and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE)
        for c in group.children)
