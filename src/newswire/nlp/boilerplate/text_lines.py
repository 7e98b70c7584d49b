"""Line decisions for plain text: which lines of an article are boilerplate, and why.

A line is removed only on positive evidence, never for where it stands:

1. what the line is on its own (:func:`newswire.nlp.boilerplate.line_rules.rule_for`, a
   learned template, the given headline repeated);
2. what recognised lines around it say: a line of prose caught between two footer lines
   ("Bloomberg Quicktake brings you live global news...") belongs to the footer; the lines
   under a bare "Related" / "Most read" heading are teasers until prose resumes; a run of
   section names ("Home", "News", "Sport") is a menu; what follows a comment thread's heading
   or a copyright footer (or the story's credits or tags), once the article has had its
   prose, is comments and footer; what precedes the given headline, repeated at the top of a
   whole page, is the page's header; "Source: ..." among footer lines is the publisher's.

Short lines, tables, lists, results and the last lines of a hard-wrapped article carry no such
evidence, and stay.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from newswire.nlp.boilerplate.credit_lines import is_source_line
from newswire.nlp.boilerplate.headline_repeats import normalise, same_headline
from newswire.nlp.boilerplate.line_rules import (
    is_comments_heading,
    is_sentence,
    is_teaser_heading,
    rule_for,
    words,
)
from newswire.nlp.boilerplate.menus import LABEL_MAX_WORDS, is_menu_run, is_short_label
from newswire.nlp.boilerplate.templates import line_fingerprint

__all__ = [
    "BARRIER_RULES",
    "MENU_RUN",
    "MIN_PROSE",
    "STANDFIRST_MAX_WORDS",
    "TEASER_FURNITURE",
    "TEASER_MAX_WORDS",
    "Verdict",
    "Why",
    "decide",
]

if TYPE_CHECKING:
    from newswire.nlp.boilerplate.page_language import PageEnglish

Why = Literal["rule", "learned"]

#: Rules after which an article never resumes (a comment thread, the page's footer, the
#: story's credits or tags), and the rule names the lines after them get.
BARRIER_RULES = {
    "comments": "comments", "copyright": "footer", "credits": "footer", "tags": "footer",
}
#: Words of prose an article has before a comment thread or footer can end it, and at most
#: before the repeated headline when what precedes it is taken for the page's header.
MIN_PROSE = 40
#: A standfirst longer than this is the article's first paragraph.
STANDFIRST_MAX_WORDS = 45
#: A line this long under a teaser heading is prose again, however it ends.
TEASER_MAX_WORDS = 25
#: What a teaser has between its headline and its summary.
TEASER_FURNITURE = frozenset({"byline", "date", "reading-time"})
#: Short labels in a row that can make a menu (when enough of them are section names).
MENU_RUN = 3


@dataclass(frozen=True)
class Verdict:
    """Why one line is boilerplate: the rule name and whether it was learned."""

    rule: str
    why: Why = "rule"


def decide(
    lines: Sequence[str], title: str = "", learned: AbstractSet[str] = frozenset(),
    context: bool = True, english: bool | PageEnglish = True,
) -> list[Verdict | None]:
    """One verdict per line: None keeps the line, a :class:`Verdict` removes it.

    ``context=False`` applies the single-line rules only: for text that an extractor
    already cut down to the article, where the context passes would only cost recall.
    ``english=False`` (a page in another language): not the rules of English words anywhere
    in a line (:func:`~newswire.nlp.boilerplate.line_rules.rule_for`).
    """
    text = _Lines.of(lines, learned, english)
    _mark_title_repeats(text, title)
    _mark_standfirst(text)
    _mark_sources(text)
    if context:
        _mark_page_header(text)
        _mark_after_barriers(text)
        _mark_menus(text)
        _mark_teasers(text)
        _extend_tail_run(text)
    return text.verdicts


@dataclass
class _Lines:
    """The lines of a text, their words counted once, and the verdicts so far."""

    lines: Sequence[str]
    verdicts: list[Verdict | None]
    nonblank: list[int] = field(default_factory=list)
    n_words: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, lines: Sequence[str], learned: AbstractSet[str],
           english: bool | PageEnglish = True) -> _Lines:
        """Count the words of each line and give it its own verdict."""
        n_words = [len(words(line)) for line in lines]
        verdicts = [_own_verdict(line, n, learned, english)
                    for line, n in zip(lines, n_words, strict=True)]
        nonblank = [i for i, line in enumerate(lines) if line.strip()]
        return cls(lines, verdicts, nonblank, n_words)

    def kept(self) -> list[int]:
        """The non-blank lines no rule removed yet."""
        return [i for i in self.nonblank if self.verdicts[i] is None]

    def first_title(self) -> int | None:
        """The position (among non-blank lines) of the first repeat of the headline."""
        return next((pos for pos, i in enumerate(self.nonblank)
                     if self.verdicts[i] == Verdict("title")), None)

    def prose_words(self, indices: Sequence[int]) -> int:
        """Words in the kept sentences among ``indices``."""
        return sum(self.n_words[i] for i in indices
                   if self.verdicts[i] is None and is_sentence(self.lines[i]))

    def mark(self, indices: Sequence[int], rule: str) -> None:
        """Remove the lines of ``indices`` that are not removed yet, as ``rule``."""
        for i in indices:
            self.verdicts[i] = self.verdicts[i] or Verdict(rule)


def _own_verdict(line: str, n_words: int, learned: AbstractSet[str],
                 english: bool | PageEnglish = True) -> Verdict | None:
    """What a line is on its own: a learned template, a rule match, or nothing."""
    if not n_words and not line.strip():
        return None
    if learned and line_fingerprint(line) in learned:
        return Verdict("template", "learned")
    rule = rule_for(line, english, n_words)
    return Verdict(rule) if rule else None


def _mark_title_repeats(text: _Lines, title: str) -> None:
    """The headline repeated in the text (perhaps without its " | Site" suffix) is not body."""
    wanted = normalise(title)
    if not wanted:
        return
    # Only lines about as long as the headline can be it: most lines need no normalising.
    shortest, longest = 0.5 * len(wanted), 3 * len(title) + 20
    for i in text.kept():
        line = text.lines[i]
        if shortest <= len(line) <= longest and same_headline(normalise(line), wanted):
            text.verdicts[i] = Verdict("title")


def _mark_standfirst(text: _Lines) -> None:
    """The summary between a repeated headline and its byline or date is page furniture."""
    idx, verdicts = text.nonblank, text.verdicts
    for pos in range(len(idx) - 2):
        if verdicts[idx[pos]] != Verdict("title"):
            continue
        dek, below = idx[pos + 1], idx[pos + 2]
        short = text.n_words[dek] <= STANDFIRST_MAX_WORDS
        if verdicts[dek] is None and verdicts[below] is not None and short:
            verdicts[dek] = Verdict("standfirst")


def _mark_sources(text: _Lines) -> None:
    """A "Source: ..." line beside other boilerplate is a publisher's footer, not a chart's."""
    idx = text.nonblank
    for pos, i in enumerate(idx):
        if text.verdicts[i] is not None or not is_source_line(text.lines[i]):
            continue
        neighbours = idx[max(pos - 1, 0):pos] + idx[pos + 1:pos + 2]
        if any(text.verdicts[j] is not None for j in neighbours):
            text.verdicts[i] = Verdict("source")


def _mark_page_header(text: _Lines) -> None:
    """Before the headline repeated at the top of a whole page: menus, banners, the header.

    Only when little prose comes before the repeat and the article's prose follows it: a
    headline repeated further down (a teaser of the same story) says nothing about the top.
    """
    first = text.first_title()
    if first is None:
        return
    before, after = text.nonblank[:first], text.nonblank[first + 1:]
    if text.prose_words(before) < MIN_PROSE <= text.prose_words(after):
        text.mark(before, "page-header")


def _mark_after_barriers(text: _Lines) -> None:
    """After a comment thread's heading or a copyright footer that follows the article.

    The article's prose is counted from its repeated headline, when there is one: a page's
    header can hold teasers of other stories.
    """
    first = text.first_title()
    start = 0 if first is None else first + 1
    prose = 0
    for pos in range(start, len(text.nonblank)):
        i = text.nonblank[pos]
        verdict = text.verdicts[i]
        if verdict is None:
            prose += text.n_words[i] if is_sentence(text.lines[i]) else 0
        elif prose >= MIN_PROSE and _is_barrier(text.lines[i], verdict):
            text.mark(text.nonblank[pos + 1:], BARRIER_RULES[verdict.rule])
            return


def _is_barrier(line: str, verdict: Verdict) -> bool:
    if verdict.rule == "comments":
        return is_comments_heading(line)
    return verdict.rule in BARRIER_RULES


def _mark_menus(text: _Lines) -> None:
    """Runs of short labels, mostly section names ("Home", "World", "Sport", "Contact")."""
    run: list[int] = []
    for i in [*text.nonblank, -1]:
        if i >= 0 and text.verdicts[i] is not None:
            continue  # a removed line ("Newsletters", "Share") neither ends a menu nor joins it
        if i >= 0 and text.n_words[i] <= LABEL_MAX_WORDS and is_short_label(text.lines[i]):
            run.append(i)
            continue
        if len(run) >= MENU_RUN and is_menu_run([text.lines[j] for j in run]):
            text.mark(run, "menu")
        run = []


def _mark_teasers(text: _Lines) -> None:
    """Under a removed "Related" / "Most read" heading: teasers, until prose resumes.

    A teaser is a headline, or the sentence of summary right under a teaser's byline or date.
    """
    for pos, i in enumerate(text.nonblank):
        if text.verdicts[i] is None or not is_teaser_heading(text.lines[i]):
            continue
        above: Verdict | None = text.verdicts[i]
        for j in text.nonblank[pos + 1:]:
            verdict = text.verdicts[j]
            if verdict is None:
                if text.n_words[j] >= TEASER_MAX_WORDS:
                    break
                if is_sentence(text.lines[j]) and not (above and above.rule in TEASER_FURNITURE):
                    break
                verdict = text.verdicts[j] = Verdict("teaser")
            above = verdict


def _extend_tail_run(text: _Lines) -> None:
    """Take in the lines caught between boilerplate lines in the footer that ends the text."""
    idx, verdicts = text.nonblank, text.verdicts
    if not idx or verdicts[idx[-1]] is None:
        return
    pos = len(idx) - 1
    while pos > 0:
        above = idx[pos - 1]
        if verdicts[above] is not None:
            pos -= 1
            continue
        # An unflagged line joins the footer only if the line above it is boilerplate too.
        two_above = verdicts[idx[pos - 2]] if pos >= 2 else None
        if two_above is not None and two_above.rule != "title":
            verdicts[above] = Verdict("tail-run")
            pos -= 2
            continue
        break
