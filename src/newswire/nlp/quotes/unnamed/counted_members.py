"""One unnamed member of a group just counted: ``Three Republican strategists ... told
Playbook that ... One said ... Another put it more bluntly: "..."``, ``Two people familiar
with the talks ... One of them said ..., while the other said ...``.

Each member speaks as one person named by the word alone (``One``, ``Another``, ``the
other``), as ``One of them`` does (:mod:`.one_of`): the group's own claims stay the group's,
and a bare ``One said`` has no antecedent a reader would give but the word. Only when a
number counts a plural noun in the same sentence or the two before, in the same paragraph
(``Two legislative staffers``, ``three people``): ``One said`` with no group counted (a
pronoun ``one``, ``No one``) is left alone, and so is ``One official said`` (a noun of its
own). ``Another said`` is a member whatever came before (``Several staff ... described ... ¶
"...," one lecturer said. ¶ Another said``): it is never a generic word. English only; pure
spaCy.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newswire.nlp.quotes.base.parse_labels import SUBJECT_DEPS

__all__ = ["counted_member"]

#: Words for a count of two to ten people: a group a member can be "one" or "another" of.
_COUNTS = frozenset(("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                     "2", "3", "4", "5", "6", "7", "8", "9", "10", "several"))
#: How many sentences before the member's a count may stand (``Three strategists told ... One
#: said ... Another put it``).
_SENTENCES_BACK = 2
#: Children the member word may have and still be the whole subject (``the other``).
_OWN_WORDS = frozenset(("det", "punct", "cc", "advmod"))
#: The words a member phrase is headed by (:func:`_member_start`).
_MEMBER_WORDS = frozenset(("one", "another", "other"))


def counted_member(head: Token) -> tuple[Span, Token] | None:
    """The member phrase (``One``, ``Another``, ``the other``) a subject ``head`` is, and the
    counted plural noun it is a member of (``Another`` itself when none), else ``None``."""
    # The word first: it rules out almost every subject before a walk over its children.
    if head.lower_ not in _MEMBER_WORDS or head.dep_ not in SUBJECT_DEPS or any(
            c.dep_ not in _OWN_WORDS for c in head.children):
        return None
    start = _member_start(head)
    if start is None:
        return None
    group = _counted_before(head)
    if group is None and head.lower_ == "another":  # never a generic word, whatever came before
        return head.doc[start:head.i + 1], head
    return None if group is None else (head.doc[start:head.i + 1], group)


def _member_start(head: Token) -> int | None:
    """Where the member phrase starts: ``One`` and ``Another`` alone, ``the other`` with its
    determiner; any other word is no member."""
    determiners = [c for c in head.children if c.dep_ == "det"]
    if head.lower_ in ("one", "another") and not determiners:
        return head.i
    if head.lower_ == "other" and [d.lower_ for d in determiners] == ["the"]:
        return determiners[0].i
    return None


def _counted_before(head: Token) -> Token | None:
    """A plural noun a count word counts (``Two people``), in ``head``'s sentence before it or
    the two sentences before that, not across a paragraph break."""
    doc = head.doc
    start = head.sent.start
    for _ in range(_SENTENCES_BACK):
        if start > 0:
            start = doc[start - 1].sent.start
    for token in reversed(doc[start:head.i]):
        if "\n" in token.text or "\n" in token.whitespace_:
            return None
        if token.tag_ in ("NNS", "NNPS") and any(
                c.dep_ == "nummod" and c.lower_ in _COUNTS for c in token.children):
            return token
    return None
