"""A said clause the parse read as a relative clause of the phrase before it: ``A spokesperson
said in an email that wait times on the French line averaged under six minutes``, ``The
association said this fall that reported robberies had roughly tripled``.

When the clause's first words can be read as a verb (``wait``, ``reported``), the parse takes
its ``that`` for a relative pronoun, the subject of that verb, and hangs the clause on the
noun before it (``email``, ``fall``); the verb of saying is then left with no words said at
all.  A verb of saying has no other use for a phrase followed by such a clause, so when it
says nothing else, the clause right after the phrase's noun is what was said, from the word
after ``that`` (:mod:`.said`'s ``_clause_after_phrase`` reads the ``that`` a complementiser
when the clause has a subject of its own).  Pure: spaCy tokens only.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["clause_read_as_relative"]

#: The dependencies of a phrase between the verb and the clause: ``in an email``, ``this fall``.
_PHRASE_DEPS = frozenset(("prep", "npadvmod"))


def clause_read_as_relative(verb: Token) -> list[Token] | None:
    """The words of a clause opened by ``that`` that the parse hung as a relative clause on
    the last noun of a phrase right after ``verb``, without its ``that``; None if none."""
    for phrase in verb.rights:
        if phrase.dep_ not in _PHRASE_DEPS:
            continue
        for token in phrase.subtree:
            that = token.left_edge
            if token.dep_ == "relcl" and that.lower_ == "that" and that.dep_ == "nsubj" \
                    and that.i == token.head.i + 1 and token.i == that.i + 1 \
                    and _modifies_next(token):
                return [t for t in token.subtree if t.i > that.i]
    return None


def _modifies_next(verb: Token) -> bool:
    """Whether the word read as the relative clause's verb reads as well as a modifier of the
    noun after it (``wait times``, ``reported robberies``): a bare noun follows that is not
    its object (``that lasted an hour``, ``that aired Sunday`` are real relative clauses)."""
    doc = verb.doc
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if after is None or after.pos_ != "NOUN" or _in_object(after, verb):
        return False
    # "that wait times": a present-tense verb's "adverb" noun is the noun it modifies
    return after.dep_ != "npadvmod" or verb.tag_ == "VBP"


def _in_object(noun: Token, verb: Token) -> bool:
    """Whether a noun is the verb's object or a word of it (``that cited police data``)."""
    return any(noun in obj.subtree for obj in verb.children if obj.dep_ == "dobj")
