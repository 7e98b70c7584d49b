"""The line rule that names a line, asked only about a few rules' names.

Pages told another kind than article keep only the verdicts of a few line rules (a cookie
notice, a forum post's date line: ``html_blocks.KIND_LINE_RULES``). The answer is the same
as :func:`~newswire.nlp.boilerplate.line_rules.rule_for`'s whenever it names one of them,
but on most lines none of those rules can hit: searching those few first spares the line
the search of the other 20-odd (``rule_for`` costs about 46 microseconds a line).

Lives here: :func:`rule_among`. Imports the line rules; nothing here decides a verdict.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from functools import cache
from typing import TYPE_CHECKING

from newswire.nlp.boilerplate.line_rules import RULES, rule_for, words
from newswire.nlp.boilerplate.line_words import MAX_WORDS, foreign_rule_hits
from newswire.nlp.boilerplate.links import has_url

if TYPE_CHECKING:
    from newswire.nlp.boilerplate.dates import DateOnly
    from newswire.nlp.boilerplate.line_rules import Rule
    from newswire.nlp.boilerplate.page_language import PageEnglish
    from newswire.nlp.boilerplate.shape_rules import Breadcrumbs

__all__ = ["rule_among"]


def rule_among(line: str, names: AbstractSet[str],
               english: bool | PageEnglish = True) -> str | None:
    """``rule_for(line, english)`` when it is one of ``names``, else None.

    A line that holds a URL goes to :func:`rule_for` whole (its rules are another path);
    any other line only when one of the rules named ``names`` hits it on its own, since
    :func:`rule_for` can only name a rule that hits the line. ``english`` is not asked
    here: testing a rule it would rule out costs a search, never a different answer.
    """
    stripped = line.strip()
    if not stripped or not names:
        return None
    if has_url(stripped):
        rule = rule_for(stripped, english)
        return rule if rule in names else None
    n_words = len(words(stripped))
    if not _may_name(stripped, n_words, frozenset(names)):
        return None
    rule = rule_for(stripped, english, n_words)
    return rule if rule in names else None


def _may_name(line: str, n_words: int, names: frozenset[str]) -> bool:
    """Whether a rule named one of ``names`` hits ``line`` (of ``n_words`` words): one of
    :data:`RULES`, or the phrases of another language (:mod:`.line_words`)."""
    return (any(rule.hits(line, n_words) for rule in _rules_named(names))
            or any(foreign_rule_hits(line, n_words, name) for name in names
                   if name in MAX_WORDS))


@cache
def _rules_named(names: frozenset[str]) -> tuple[Rule | Breadcrumbs | DateOnly, ...]:
    """The rules of :data:`RULES` named one of ``names``, in order (read once per set)."""
    return tuple(rule for rule in RULES if rule.name in names)
