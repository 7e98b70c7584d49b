"""Line decisions for plain text: which lines of an article are boilerplate, and why.

Three passes, each needing more context than the last:

1. each line on its own (:func:`newswire.nlp.line_rules.rule_for`, learned templates);
2. the tail and head: a feed's footer is a run of promo lines, and a line of plain prose
   caught between them ("Bloomberg Quicktake brings you live global news...") belongs to
   the run, not to the article;
3. the main block: the contiguous stretch of lines with the most prose, found as a
   maximum-sum segment over per-line scores; what lies outside it (navigation, teasers,
   footers of a whole page pasted as text) is dropped.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Literal

from newswire.nlp.line_rules import is_sentence, rule_for, words
from newswire.nlp.templates import line_fingerprint

Why = Literal["rule", "learned"]

#: Rules after which an article never resumes: a comment thread or the page footer.
BARRIER_RULES = frozenset({"comments", "copyright"})
#: Score of a line a rule removed: strongly negative, so the main block avoids crossing it.
RULE_SCORE = -12.0


@dataclass(frozen=True)
class Verdict:
    """Why one line is boilerplate: the rule name and whether it was learned."""

    rule: str
    why: Why = "rule"


def normalise(text: str) -> str:
    """Lowercase letters and digits only, for comparing a line with the title."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(words(text))


def decide(
    lines: Sequence[str], title: str = "", learned: AbstractSet[str] = frozenset(),
    main_block: bool = True,
) -> list[Verdict | None]:
    """One verdict per line: None keeps the line, a :class:`Verdict` removes it."""
    verdicts = [_own_verdict(line, learned) for line in lines]
    _mark_title_repeats(lines, title, verdicts)
    _extend_tail_run(lines, verdicts)
    _mark_short_runs(lines, verdicts)
    if main_block:
        _mark_outside_main_block(lines, verdicts)
    return verdicts


def _own_verdict(line: str, learned: AbstractSet[str]) -> Verdict | None:
    """What a line is on its own: a learned template, a rule match, or nothing."""
    if not line.strip():
        return None
    if learned and line_fingerprint(line) in learned:
        return Verdict("template", "learned")
    rule = rule_for(line)
    return Verdict(rule) if rule else None


def _content_indices(lines: Sequence[str], verdicts: Sequence[Verdict | None]) -> list[int]:
    return [i for i, line in enumerate(lines) if line.strip() and verdicts[i] is None]


def _mark_title_repeats(lines: Sequence[str], title: str, verdicts: list[Verdict | None]) -> None:
    """A headline repeated in the first lines of the text is not part of the body."""
    wanted = normalise(title)
    if not wanted:
        return
    for i in _content_indices(lines, verdicts)[:3]:
        if normalise(lines[i]) == wanted:
            verdicts[i] = Verdict("title")


def _extend_tail_run(lines: Sequence[str], verdicts: list[Verdict | None]) -> None:
    """Take in the unflagged lines caught between boilerplate lines at the end of the text."""
    idx = [i for i, line in enumerate(lines) if line.strip()]
    if not idx or verdicts[idx[-1]] is None:
        return
    pos = len(idx) - 1
    while pos > 0:
        above = idx[pos - 1]
        if verdicts[above] is not None:
            pos -= 1
            continue
        # An unflagged line joins the run only if the line above it is boilerplate too.
        if pos >= 2 and verdicts[idx[pos - 2]] is not None and verdicts[idx[pos - 2]] != Verdict(
            "title"
        ):
            verdicts[above] = Verdict("tail-run")
            pos -= 2
            continue
        break


def _is_short_fragment(line: str) -> bool:
    return len(words(line)) <= 4 and not is_sentence(line)


def _mark_short_runs(lines: Sequence[str], verdicts: list[Verdict | None]) -> None:
    """Runs of two or more short fragments at the very head or tail are widgets, not prose."""
    content = _content_indices(lines, verdicts)
    for ordered, rule in ((content, "head-run"), (content[::-1], "tail-run")):
        run: list[int] = []
        for i in ordered:
            if not _is_short_fragment(lines[i]):
                break
            run.append(i)
        if len(run) >= 2 and len(run) < len(content):
            for i in run:
                verdicts[i] = Verdict(rule)


def line_score(line: str, verdict: Verdict | None) -> float:
    """How much a line looks like article prose: positive for prose, negative for the rest."""
    if verdict is not None:
        return -math.inf if verdict.rule in BARRIER_RULES else RULE_SCORE
    n = len(words(line))
    if n == 0:
        return 0.0
    if is_sentence(line):
        if n >= 10:
            return float(n)
        return n / 2.0 if n >= 5 else -1.0
    return n / 3.0 if n >= 15 else -2.0


def best_segment(scores: Sequence[float]) -> tuple[int, int]:
    """The ``[start, end)`` of the contiguous segment with the largest sum (Kadane)."""
    best, best_span = -math.inf, (0, 0)
    run, start = 0.0, 0
    for i, score in enumerate(scores):
        if run <= 0:
            run, start = 0.0, i
        run += score
        if run > best:
            best, best_span = run, (start, i + 1)
    return best_span


def _mark_outside_main_block(lines: Sequence[str], verdicts: list[Verdict | None]) -> None:
    """Drop the lines before and after the block of text with the most prose."""
    idx = _content_indices(lines, verdicts)
    if len(idx) < 2:
        return
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    scores = [line_score(lines[i], verdicts[i]) for i in nonblank]
    if max(scores) <= 0:
        return
    start, end = best_segment(scores)
    for pos, i in enumerate(nonblank):
        if verdicts[i] is None and not start <= pos < end:
            verdicts[i] = Verdict("head-run" if pos < start else "tail-run")
