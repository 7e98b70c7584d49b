"""Names the model left unlabelled that the sentence itself shows to be an organisation's:
``Unison, which represents library workers, said``, ``Airlines for America, the trade group
for major U.S. carriers, said``, ``Grab said in a statement that it had capped surge
pricing``. A person is a ``who``, never a ``which``, and speaks of itself as he or she, not
``it``.  English only; pure spaCy.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.lexicon import SUBJECT_DEPS, Lexicon

__all__ = ["shows_organisation"]

#: Verbs whose ``it`` subject is often no one's (``it was time``, ``it seemed``).
_EMPTY_IT_VERBS = frozenset(("be", "seem", "appear", "remain", "take", "rain", "matter"))


def shows_organisation(head: Token, lexicon: Lexicon) -> bool:
    """Whether the sentence shows the name headed by ``head`` (the subject of a verb) to be
    an organisation: a ``which`` clause on it, an organisation noun set off beside it, or
    ``it`` as the subject of the clause its verb reports."""
    return _which_clause(head) or _apposed_body(head, lexicon) or _reports_as_it(head)


def _which_clause(head: Token) -> bool:
    """``Unison, which represents library workers``."""
    return any(c.dep_ == "relcl" and any(g.dep_ in SUBJECT_DEPS and g.lower_ == "which"
                                         for g in c.children) for c in head.children)


def _apposed_body(head: Token, lexicon: Lexicon) -> bool:
    """``Airlines for America, the trade group for major U.S. carriers``."""
    return any(c.dep_ == "appos" and c.lemma_.lower() in lexicon.org_nouns
               for c in head.children)


def _reports_as_it(head: Token) -> bool:
    """``Grab said in a statement that it had capped surge pricing``: the reported clause's
    subject is ``it`` (not an empty ``it was time``)."""
    verb = head.head
    if head.dep_ not in SUBJECT_DEPS or verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "ccomp" and c.lemma_.lower() not in _EMPTY_IT_VERBS and any(
        g.dep_ in SUBJECT_DEPS and g.lower_ == "it" for g in c.children)
        for c in verb.children)
