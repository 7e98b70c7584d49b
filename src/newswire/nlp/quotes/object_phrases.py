"""What is said of an object runs on through the verb's phrases right after it.

``praised the efforts of a donor to Sen. Marco Rubio to attack Trump by skywriting``,
``criticised the Clinton campaign in a speech over its ties to Wall Street``: the parse
hangs these phrases on the verb, not on its object, so the object's own words stop short of
what was said about it.  The phrases and infinitive clauses that follow the object without a
break (no comma, dash or conjunction before them) belong to what the verb reports, when the
object (with its complement) says three words by itself, is no medium's (``posted a message
on her website``: :mod:`.said` leaves those out before) and until a time (``on Tuesday``) or
a phrase holding another source (``according to ...``).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["with_following_phrases"]

#: Phrases of the verb that go on saying about its object: prepositions, and ``to`` clauses
#: (``urged them to resign``) or ``by`` clauses the parse makes adverbial.
_PHRASE_DEPS = frozenset(("prep", "advcl", "xcomp", "npadvmod"))
#: An adverbial clause opened by one of these is the writer's frame, not the said words.
_FRAMING_MARKS = frozenset(("while", "whereas", "although", "though", "because", "as", "after",
                            "before", "when", "since", "if", "until", "unless"))

#: Entity types of a phrase that says when it was said.
_TIME_TYPES = frozenset(("DATE", "TIME"))
#: Words the object needs on its own before its phrases are read as said of it (MIN_WORDS).
_OWN_WORDS = 3


def with_following_phrases(verb: Token, obj: Token, words: list[Token]) -> list[Token]:
    """``words`` (the English object ``obj`` and its complement) and the phrases of ``verb``
    that follow them without a break."""
    if obj.dep_ != "dobj" or sum(1 for w in words if w.is_alpha) < _OWN_WORDS:
        return words  # "told AFP in an interview": a short object says nothing by itself
    extended = list(words)
    for child in verb.rights:
        if child.i <= extended[-1].i:
            continue
        if child.left_edge.i != extended[-1].i + 1 or not _goes_on(child):
            break
        extended.extend(child.subtree)
    return extended


def _goes_on(phrase: Token) -> bool:
    """A phrase of the verb that adds to what was said (not a framing clause, a time, nor
    one that holds another source)."""
    if phrase.dep_ not in _PHRASE_DEPS or phrase.is_punct:
        return False
    if _is_time(phrase) or any(_is_time(c) for c in phrase.children if c.dep_ == "pobj"):
        return False  # "announced new tariffs on steel on Tuesday": when, not what
    if any(t.lower_ == "according" for t in phrase.subtree):
        return False  # "so that ..., according to whistleblowers": another source's words
    return not any(c.dep_ in ("mark", "advmod") and c.lower_ in _FRAMING_MARKS
                   for c in phrase.children)


def _is_time(word: Token) -> bool:
    return word.ent_type_ in _TIME_TYPES
