"""A said clause interrupted by a dash pair or parentheses runs on past the interruption.

``its vow that Ukraine — now suffering through the 10th month of a war — will join the
alliance one day``: the parse may take the words inside the dashes for the said clause and
hang what follows the closing dash (``will join ...``, what was vowed) on the main verb.
When the said words open a dash or a parenthesis they never close, and the closing mark
comes right after them, the clause goes on after it: the phrase that starts there and
has no subject of its own (its subject came before the interruption) is said too.
"""

from __future__ import annotations

from spacy.tokens import Token

from newswire.nlp.quotes.base.mention_spans import is_spaced_dash
from newswire.nlp.quotes.base.parse_labels import FILLED_SUBJECT_DEPS, VERB_TAGS
from newswire.nlp.quotes.base.sentence_index import sentence_bounds

__all__ = ["past_interruption"]


def past_interruption(words: list[Token]) -> list[Token]:
    """``words`` and, when they end inside an interruption they opened, the closing mark
    and the rest of their clause after it."""
    if not words:
        return words
    doc, last = words[0].doc, words[-1]
    close = last.i + 1
    if close + 1 >= sentence_bounds(last)[1] or not _closes_opened(words, doc[close]):
        return words
    rest = _phrase_starting(doc[close + 1])
    if rest is None:
        return words
    return [*words, doc[close], *rest.subtree]


def _closes_opened(words: list[Token], mark: Token) -> bool:
    """Whether ``mark`` closes a dash or a parenthesis opened among ``words``."""
    if is_spaced_dash(mark):
        return sum(1 for t in words if is_spaced_dash(t)) % 2 == 1
    if mark.text == ")":
        return sum(1 for t in words if t.text == "(") > sum(1 for t in words if t.text == ")")
    return False


def _phrase_starting(first: Token) -> Token | None:
    """The verb of the largest phrase that starts at ``first``, when it has no subject of
    its own (``will join the alliance``, not ``— and officials say ...``)."""
    head = first
    while head.head.i != head.i and head.head.left_edge.i >= first.i:
        head = head.head
    if head.left_edge.i != first.i or head.pos_ not in VERB_TAGS:
        return None
    if any(c.dep_ in FILLED_SUBJECT_DEPS for c in head.children):
        return None
    if head.right_edge.i >= sentence_bounds(first)[1]:
        return None
    return head
