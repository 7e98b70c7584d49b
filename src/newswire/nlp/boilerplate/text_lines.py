"""Line decisions for plain text: which lines of an article are boilerplate, and why.

Three passes, each needing more context than the last:

1. each line on its own (:func:`newswire.nlp.boilerplate.line_rules.rule_for`, learned templates);
2. the tail and head: a feed's footer is a run of promo lines, and a line of plain prose
   caught between them ("Bloomberg Quicktake brings you live global news...") belongs to
   the run, not to the article;
3. the main block: lines are scored (prose positive, fragments and rule matches negative),
   prose is grouped into clusters split by runs of non-prose lines, and the richest
   cluster, grown by neighbours nearly as rich, is the article; what lies outside it
   (navigation, teasers, comments, footers of a whole page pasted as text) is dropped.
   The repeated headline and the first comment thread or footer bound the search.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Literal

from newswire.nlp.boilerplate.line_rules import is_sentence, rule_for, words
from newswire.nlp.boilerplate.templates import line_fingerprint

Why = Literal["rule", "learned"]

#: Rules after which an article never resumes: a comment thread or the page footer.
BARRIER_RULES = frozenset({"comments", "copyright"})
#: Words of prose an article has before a comment thread can end it.
MIN_PROSE = 40.0
#: A standfirst longer than this is the article's first paragraph.
STANDFIRST_MAX_WORDS = 45
#: Score of a fragment: a short line that is no sentence.
FRAGMENT_SCORE = -2.0
#: Non-prose lines in a row that end a cluster of prose; the widest gap a cluster can join
#: across, and the share of the best cluster's prose that it needs to join.
GAP_LINES = 3
MAX_JOIN_GAP = 8
JOIN_SHARE = 0.25
#: Score of a line a rule removed: strongly negative, so the main block avoids crossing it.
RULE_SCORE = -20.0


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
    context: bool = True,
) -> list[Verdict | None]:
    """One verdict per line: None keeps the line, a :class:`Verdict` removes it.

    ``context=False`` applies the single-line rules only: for text that an extractor
    already cut down to the article, where runs and blocks would only cost recall.
    """
    verdicts = [_own_verdict(line, learned) for line in lines]
    _mark_title_repeats(lines, title, verdicts)
    _mark_standfirst(lines, verdicts)
    if context:
        _extend_tail_run(lines, verdicts)
        _mark_short_runs(lines, verdicts)
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
    """The headline repeated in the text (perhaps without its " | Site" suffix) is not body."""
    wanted = normalise(title)
    if not wanted:
        return
    for i in _content_indices(lines, verdicts):
        if same_headline(normalise(lines[i]), wanted):
            verdicts[i] = Verdict("title")


def _mark_standfirst(lines: Sequence[str], verdicts: list[Verdict | None]) -> None:
    """The summary between a repeated headline and its byline or date is page furniture."""
    idx = [i for i, line in enumerate(lines) if line.strip()]
    for pos in range(len(idx) - 2):
        head, dek, below = (verdicts[idx[pos + k]] for k in range(3))
        short = len(words(lines[idx[pos + 1]])) <= STANDFIRST_MAX_WORDS
        if head == Verdict("title") and dek is None and below is not None and short:
            verdicts[idx[pos + 1]] = Verdict("standfirst")


def same_headline(text: str, title: str) -> bool:
    """True when ``text`` is ``title``, or the title without a site name after it."""
    if not text:
        return False
    if text == title:
        return True
    return len(text) >= 20 and title.startswith(text) and len(text) >= 0.6 * len(title)


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
        two_above = verdicts[idx[pos - 2]] if pos >= 2 else None
        if two_above is not None and two_above.rule != "title":
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
    return n / 3.0 if n >= 15 else FRAGMENT_SCORE


@dataclass(frozen=True)
class Cluster:
    """Lines ``[start, end)`` (positions among non-blank lines) with ``prose`` words of prose."""

    start: int
    end: int
    prose: float


def clusters(scores: Sequence[float], low: int, high: int) -> list[Cluster]:
    """Runs of prose lines, cut wherever :data:`GAP_LINES` non-prose lines come in a row."""
    found: list[Cluster] = []
    start, last, prose, gap = -1, -1, 0.0, 0
    for pos in range(low, high):
        score = scores[pos]
        if score > 0:
            if start >= 0 and gap >= GAP_LINES:
                found.append(Cluster(start, last + 1, prose))
                start, prose = -1, 0.0
            if start < 0:
                start = pos
            prose, last, gap = prose + score, pos, 0
        else:
            gap += GAP_LINES if score == -math.inf else 1
    if start >= 0:
        found.append(Cluster(start, last + 1, prose))
    return found


def main_block(scores: Sequence[float], low: int, high: int) -> tuple[int, int]:
    """The richest cluster of prose, grown by neighbours rich enough to be the same article.

    Teasers after an article are prose too, but each is a sentence or two between a
    headline, a byline and a date: small clusters far below the article's own.
    """
    found = clusters(scores, low, high)
    if not found:
        return (0, 0)
    best = max(range(len(found)), key=lambda i: found[i].prose)
    first = last = best
    while first > 0 and _joins(found[first - 1], found[first], found[best], scores):
        first -= 1
    while last < len(found) - 1 and _joins(found[last + 1], found[last], found[best], scores):
        last += 1
    return found[first].start, found[last].end


def _joins(other: Cluster, near: Cluster, best: Cluster, scores: Sequence[float]) -> bool:
    gap = range(min(other.end, near.end), max(other.start, near.start))
    if any(scores[pos] == -math.inf for pos in gap) or len(gap) > MAX_JOIN_GAP:
        return False
    return other.prose >= JOIN_SHARE * best.prose


def _mark_outside_main_block(lines: Sequence[str], verdicts: list[Verdict | None]) -> None:
    """Drop the lines before and after the block of text with the most prose.

    The block is searched after the repeated headline, when there is one, and before the
    first comment thread or copyright footer that follows some prose: comments are often
    longer than the article they discuss.
    """
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    if sum(verdicts[i] is None for i in nonblank) < 2:
        return
    scores = [line_score(lines[i], verdicts[i]) for i in nonblank]
    low, high = _search_window(nonblank, verdicts, scores)
    if max(scores[low:high], default=0.0) <= 0:
        return
    start, end = main_block(scores, low, high)
    # Short sentences right after the block ("Yes.", "More to come.") still end the article.
    while end < high and verdicts[nonblank[end]] is None and is_sentence(lines[nonblank[end]]):
        end += 1
    for pos, i in enumerate(nonblank):
        if verdicts[i] is None and not start <= pos < end:
            verdicts[i] = Verdict("head-run" if pos < start else "tail-run")


def _search_window(
    nonblank: list[int], verdicts: Sequence[Verdict | None], scores: list[float]
) -> tuple[int, int]:
    """Where the article can be: after the headline, before comments or the footer."""
    low = 0
    titles = [pos for pos, i in enumerate(nonblank) if verdicts[i] == Verdict("title")]
    if titles and _prose(scores[titles[0]:]) >= MIN_PROSE:
        low = titles[0] + 1
    prose = 0.0
    for pos in range(low, len(nonblank)):
        verdict = verdicts[nonblank[pos]]
        if verdict and verdict.rule in BARRIER_RULES and prose >= MIN_PROSE:
            return low, pos
        prose += max(scores[pos], 0.0)
    return low, len(nonblank)


def _prose(scores: Sequence[float]) -> float:
    return sum(s for s in scores if s > 0)
