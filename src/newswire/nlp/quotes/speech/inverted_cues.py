"""An inverted cue the parse took for a second clause: ``Police must obtain a warrant ..., the
Supreme Court of Canada ruled Friday in a decision that ...``.

After what was said, the source and its verb of saying (``, the court ruled``, ``, the
company said``) are usually parsed as a parenthetical (``parataxis``), which
:mod:`~newswire.nlp.quotes.speech.reported` reads as a cue inside the clause it reports; the parser
sometimes makes the verb a conjunct of the clause before it instead, as if an ``and`` had
joined them.  A conjunct with no coordinating word, a subject of its own opening it and a
comma right before that subject, and no clause coordinated after it, is such an inverted cue.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import ENGLISH_SUBJECT_DEPS

__all__ = ["is_inverted_conjunct"]



def is_inverted_conjunct(verb: Token) -> bool:
    """Whether ``verb`` (a verb of saying) is a cue after its clause, parsed as a conjunct."""
    head = verb.head
    if verb.dep_ != "conj" or head.i >= verb.i:
        return False
    if any(c.dep_ in ("cc", "preconj") and head.i < c.i < verb.i for c in head.children):
        return False  # "The deal closed and the company said ...": a real coordination
    if any(c.dep_ in ("cc", "conj") for c in verb.children):
        return False  # "..., equality ruled and all would own the land": a list of clauses
    subject = next((c for c in verb.lefts if c.dep_ in ENGLISH_SUBJECT_DEPS), None)
    if subject is None:
        return False
    # The comma before the subject hangs on the verb: its subtree opens with it.
    first = subject.left_edge.i
    opening = [t for t in verb.subtree if t.i < first]
    return (first > 0 and verb.doc[first - 1].text == ","
            and all(t.is_punct for t in opening))
