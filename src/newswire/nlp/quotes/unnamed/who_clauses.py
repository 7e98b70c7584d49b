"""``who`` clauses on a source's noun: which ones a phrase means (``people who have battled
online threats``), one person a noun no list holds (``a campaign surrogate who said``), and
an unnamed group by its words (``those who oppose the plan``, ``Some said``). Pure: spaCy
tokens only (whether a doc holds a ``who`` is kept on it, a parse-only answer).
"""

from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from newswire.nlp.quotes.base.word_arrays import kept_lower_indices, word_indices
from newswire.nlp.quotes.resolution.named import Speaker

__all__ = ["said_of_as_who", "told_apart_by_who", "unnamed_group", "who_clause",
           "with_who_clause"]

_WHO = frozenset(("who", "whom"))  # English: "which" and "that" say nothing of a person
#: Where a doc keeps its ``who`` words, asked whether it holds any (:func:`told_apart_by_who`).
_WHO_KEY = "newswire.who_words"
_MAX_CLAUSE = 15  # words of a "who" clause kept in a phrase
#: Words that stand for some people without a noun: ``some who``, ``those who``.
_THOSE = frozenset(("some", "those", "many", "most", "few", "others", "several", "all"))
#: Of those, the ones that stand alone for some of the people just named, as a subject:
#: ``Residents were divided. Some said ...``, ``Parents disputed that. Several said ...``.
_ALONE = frozenset(("some", "many", "most", "few", "several"))


def with_who_clause(head: Token, phrase: str) -> str:
    """``people who have battled other online threats``, not ``people``: the ``who`` clause
    says which ones, when the phrase stops at its noun."""
    clause = who_clause(head)
    if clause is None or not phrase.endswith(head.text):
        return phrase
    words = list(clause.subtree)
    # "a surrogate who said voters should ...": a clause that reports what was said is the
    # quote's own, no description of its speaker; "advisers, who spoke on the condition of
    # anonymity": one set off by a comma tells more of them, not which ones.
    if len(words) > _MAX_CLAUSE or words[0].i == 0 or words[0].nbor(-1).is_punct or any(
            t.dep_ == "ccomp" or t.is_quote for t in words):
        return phrase
    return f"{phrase}{head.whitespace_}{head.doc[head.i + 1:words[-1].i + 1].text}"


def told_apart_by_who(head: Token) -> bool:
    """``A senior official who attended the meeting said ... A senior official who was not
    there said``: another of the same noun with a ``who`` clause of its own in the text,
    so the clause is what tells the two unnamed ones apart."""
    doc = head.doc
    if not _has_who(doc):
        return False  # no "who" in the doc (a French one, many English ones): no clause
    lemma = head.lemma_.lower()
    # Only the words of that lemma are read: no Token for the others. Asked about twice a
    # doc that asks at all, so no groups of every word are kept (a Python step a word).
    same = word_indices(doc, LEMMA, lambda word: word.lower() == lemma)
    return any(t.i != head.i and t.tag_ == head.tag_ and who_clause(t) is not None
               for t in (doc[i] for i in same))


def _has_who(doc: Doc) -> bool:
    """Whether any word of ``doc`` is ``who`` or ``whom``, matched once a doc as an array
    (kept in ``Doc.user_data``: :data:`_WHO_KEY`)."""
    return bool(kept_lower_indices(doc, _WHO_KEY, _WHO))


def said_of_as_who(head: Token) -> bool:
    """``a campaign surrogate who said``, ``a boy who calls himself``: a relative ``who``
    makes a noun no list holds one person."""
    return head.tag_ == "NN" and who_clause(head) is not None


def who_clause(head: Token) -> Token | None:
    """The relative clause opened by ``who`` that hangs on ``head``, if any."""
    return next((c for c in head.children if c.dep_ == "relcl" and any(
        w.lower_ in _WHO and w.i > head.i for w in c.children)), None)


def unnamed_group(head: Token) -> Speaker | None:
    """``some who advocate free speech``, ``those who oppose the plan``: a quantifier or
    demonstrative with a ``who`` clause is an unnamed group, by those words (also as the
    speaker of the clause's own verb: ``who oppose``); ``Some said``: a quantifier alone as
    the subject is one by its word."""
    if head.lower_ in _WHO and head.head.dep_ == "relcl":
        head = head.head.head
    if head.lower_ not in _THOSE:
        return None
    clause = who_clause(head)
    if clause is None:
        return _standing_alone(head)
    end = max(t.i for t in clause.subtree) + 1
    return Speaker(head.doc[head.i:end].text, None, "group")


def _standing_alone(head: Token) -> Speaker | None:
    """``Some said``, ``Several said``: a quantifier alone as a subject, with no noun and
    nothing hung on it (no ``of`` phrase, no ``in the room``), is an unnamed group by its word,
    as written. Who it counts is not looked for: in a headline or after ``Two reports``
    it is still a group."""
    if head.lower_ not in _ALONE or head.dep_ != "nsubj" or any(
            not c.is_punct for c in head.children):
        return None
    return Speaker(head.text, None, "group")
