"""What is said of an object runs on through the verb's clauses right after it.

``questioned the secretary's judgment in supporting the war``, ``criticized the board for
failing to disclose the losses``: the parse hangs these clauses on the verb, not on its
object, so the object's own words stop short of what was said about it.  The clauses that
follow the object without a break (no comma, dash or conjunction before them) belong to what
the verb reports, when the object (with its complement) says three words by itself, is no
medium's (``posted a message on her website``: :mod:`.said` leaves those out before) and until
a clause holding another source (``according to ...``).  A plain prepositional phrase ends
them: ``in a statement``, ``to reporters``, ``at an event in Sudbury``, ``on Tuesday`` say
where, how, to whom or when it was said, not what.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import FRAMING_MARKS, VERB_TAGS

__all__ = ["joined_right_phrases", "with_following_phrases"]

#: Phrases of the verb that go on saying about its object: a preposition opening a clause
#: (``in supporting``, ``for failing to``), ``to`` clauses (``urged them to resign``) the parse
#: makes adverbial.
_PHRASE_DEPS = frozenset(("prep", "advcl", "xcomp"))
#: Words the object needs on its own before its phrases are read as said of it (MIN_WORDS).
_OWN_WORDS = 3


def with_following_phrases(verb: Token, obj: Token, words: list[Token]) -> list[Token]:
    """``words`` (the English object ``obj`` and its complement) and the phrases of ``verb``
    that follow them without a break."""
    if obj.dep_ != "dobj" or sum(1 for w in words if w.is_alpha) < _OWN_WORDS:
        return words  # "told AFP in an interview": a short object says nothing by itself
    return joined_right_phrases(verb, words, _goes_on)


def joined_right_phrases(verb: Token, words: list[Token],
                         keep: Callable[[Token], bool]) -> list[Token]:
    """``words`` and the phrases of ``verb`` after them, each starting where the last ended,
    as long as ``keep`` holds for them: a gap or a phrase not kept ends the run."""
    extended = list(words)
    for child in verb.rights:
        if child.i <= extended[-1].i:
            continue
        if child.left_edge.i != extended[-1].i + 1 or not keep(child):
            break
        extended.extend(child.subtree)
    return extended


def _goes_on(phrase: Token) -> bool:
    """A clause of the verb that adds to what was said (not a plain phrase of the setting, a
    framing clause, nor one that holds another source)."""
    if phrase.dep_ not in _PHRASE_DEPS or phrase.is_punct or not _is_clause(phrase):
        return False  # "in a speech", "to reporters", "on Tuesday": where, to whom, when
    if any(t.lower_ == "according" for t in phrase.subtree):
        return False  # "so that ..., according to whistleblowers": another source's words
    return not any(c.dep_ in ("mark", "advmod") and c.lower_ in FRAMING_MARKS
                   for c in phrase.children)


def _is_clause(phrase: Token) -> bool:
    """``to attack ...``, or a preposition opening one (``in supporting the war``)."""
    if phrase.dep_ != "prep":
        return phrase.pos_ in VERB_TAGS
    return any(c.dep_ == "pcomp" and c.pos_ in VERB_TAGS for c in phrase.children)
