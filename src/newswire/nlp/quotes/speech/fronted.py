"""What a verb of saying at the end of its sentence says: ``Measles cases in US top 1,000
for the year, CDC says``.

Headlines and leads put the claim first and the source last, after a comma.  The parse
usually hangs the claim on the verb as its clause; when a headline's verb is misread
(``top`` as an adjective) it hangs it by an unnamed relation (``dep``, ``npadvmod``)
instead.  The words from the sentence's start to the comma before the subject are the claim
all the same.
When the parse joins the ending clause to the claim as a conjunct (``..., a new study shows``),
the claim is the first of the joined clauses.
Titles whose claim hangs on no relation at all are read by ``headline_tails`` (a title only,
from the words).
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.parse_labels import ENGLISH_SUBJECT_DEPS, TIME_LABELS

__all__ = ["conjoined_claim", "fronted_claim"]

#: Relations a misread fronted claim hangs by.
_UNNAMED = frozenset(("dep", "npadvmod"))


def fronted_claim(verb: Token) -> list[Token] | None:
    """The words before ``, <subject> <verb>`` that end the sentence, hung on ``verb`` by an
    unnamed relation; None for any other shape."""
    sent = verb.sent
    subject = next((c for c in verb.children if c.dep_ in ENGLISH_SUBJECT_DEPS), None)
    if subject is None or subject.i > verb.i or _words_after(verb) > 0:
        return None
    comma = subject.left_edge.i - 1
    if comma <= sent.start or verb.doc[comma].text != ",":
        return None
    claim = next((c for c in verb.children if c.dep_ in _UNNAMED and c.i < comma
                  and c.left_edge.i == sent.start and c.right_edge.i < comma), None)
    return None if claim is None else list(verb.doc[sent.start:comma])


def conjoined_claim(verb: Token) -> Token | None:
    """``Most were alone, and few had sought help, a review has found``: the parse joins the
    ending ``, <subject> <verb>`` to the claim's last clause as one more of its clauses; the
    claim is the first of those joined clauses (its words before the comma, once the verb's
    own are left out).  None for any other shape."""
    sent = verb.sent
    subject = next((c for c in verb.children if c.dep_ in ENGLISH_SUBJECT_DEPS), None)
    if verb.dep_ != "conj" or subject is None or subject.i > verb.i or _words_after(verb) > 0:
        return None
    if subject.left_edge.i <= sent.start or verb.doc[subject.left_edge.i - 1].text != ",":
        return None
    claim = verb.head
    while claim.dep_ == "conj" and claim.head.i < claim.i:
        claim = claim.head
    return claim if claim.left_edge.i == sent.start else None


def _words_after(verb: Token) -> int:
    """Words after the verb in its sentence, not counting a time said on (``Wednesday``)."""
    return sum(1 for t in verb.doc[verb.i + 1:verb.sent.end]
               if t.is_alpha and t.ent_type_ not in TIME_LABELS)
