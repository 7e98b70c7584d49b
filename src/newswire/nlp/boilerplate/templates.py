"""Publisher templates learned from the stream: the pure half.

A feed that appends the same footer, disclaimer or promo to every article does so in words
no rule anticipates. The stream layer keeps one :class:`TemplateStats` per source (as a
plain JSON dict in a Faust table): for each normalised line fingerprint, how many of the
source's recent articles contained it. Counts decay by a factor per article seen, so a
template the publisher retired fades out instead of being stripped forever.

Usage per article, in order::

    stats = TemplateStats.from_json(table.get(source))
    cleaned = clean_text(title, text, learned=stats.learned(min_articles, min_share))
    table[source] = stats.observe(article_fingerprints(cleaned), half_life).to_json()
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any

from newswire.nlp.boilerplate.links import URL_RE

__all__ = [
    "FORGET_BELOW",
    "MIN_WORDS",
    "TemplateStats",
    "decay_factor",
    "fingerprints",
    "is_candidate",
    "learn_from",
    "line_fingerprint",
]

#: Lines shorter than this (in words) are too common to be told apart from prose.
MIN_WORDS = 4
#: Weights below this are forgotten, so that the stored dict stays small.
FORGET_BELOW = 0.05

_WORD_RE = re.compile(r"[^\W\d_]+")
_DIGITS_RE = re.compile(r"\d+(?:[.,:/]\d+)*")
_SPACE_RE = re.compile(r"\s+")
_EDGE_CHARS = " \t-–—*•·|>»"


def line_fingerprint(line: str) -> str:
    """A line normalised so that its recurrences match: lowercase, URLs and numbers collapsed.

    List bullets and quote marks at either end are dropped too: a page's list item and the
    same line in the extracted text ("- Subscribe ...") must give one fingerprint.
    """
    text = URL_RE.sub("<url>", line.strip().lower())
    text = _DIGITS_RE.sub("0", text)
    return _SPACE_RE.sub(" ", text).strip(_EDGE_CHARS)


def is_candidate(line: str) -> bool:
    """True for a line worth counting: long enough, and not one word or two repeated."""
    tokens = _WORD_RE.findall(URL_RE.sub(" ", line.lower()))
    if len(tokens) < MIN_WORDS:
        return False
    counts = Counter(tokens)
    if len(counts) < 3:
        return False
    # A line like "Ukraine, Ukraine, Ukraine and Ukraine" recurs for reasons of its own.
    return counts.most_common(1)[0][1] * 2 <= len(tokens)


def fingerprints(body: str) -> set[str]:
    """The fingerprints of the candidate lines of ``body`` (one per distinct line)."""
    return {line_fingerprint(line) for line in body.splitlines() if is_candidate(line)}


def decay_factor(half_life_articles: float) -> float:
    """The factor counts are multiplied by per article seen, from a half-life in articles."""
    if half_life_articles <= 0:
        return 0.0
    return float(0.5 ** (1.0 / half_life_articles))


@dataclass(frozen=True)
class TemplateStats:
    """Per-source line counts with ageing; stored by the stream layer as a JSON dict.

    ``seen`` is the decayed number of articles observed, ``articles`` the plain count;
    ``lines`` maps a fingerprint to ``(decayed weight, articles it appeared in)``.
    """

    seen: float = 0.0
    articles: int = 0
    lines: Mapping[str, tuple[float, int]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """A plain dict for a Faust table (JSON-able)."""
        return {
            "seen": self.seen,
            "articles": self.articles,
            "lines": {fp: [w, n] for fp, (w, n) in self.lines.items()},
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> TemplateStats:
        """Rebuild from :meth:`to_json` output; None or a malformed dict gives empty stats."""
        if not data:
            return cls()
        try:
            lines = {str(fp): (float(v[0]), int(v[1])) for fp, v in dict(data["lines"]).items()}
            return cls(float(data["seen"]), int(data["articles"]), lines)
        except (KeyError, TypeError, ValueError, IndexError):
            return cls()

    def observe(
        self, article: AbstractSet[str], half_life_articles: float, max_lines: int = 5000
    ) -> TemplateStats:
        """The stats after one more article with the fingerprints ``article``."""
        factor = decay_factor(half_life_articles)
        lines: dict[str, tuple[float, int]] = {}
        for fp, (weight, hits) in self.lines.items():
            if weight * factor >= FORGET_BELOW or fp in article:
                lines[fp] = (weight * factor, hits)
        for fp in article:
            weight, hits = lines.get(fp, (0.0, 0))
            lines[fp] = (weight + 1.0, hits + 1)
        if len(lines) > max_lines:
            lines = dict(sorted(lines.items(), key=lambda kv: -kv[1][0])[:max_lines])
        return TemplateStats(self.seen * factor + 1.0, self.articles + 1, lines)

    def share(self, fp: str) -> float:
        """The decayed share of recent articles that contained ``fp``."""
        if self.seen <= 0:
            return 0.0
        return self.lines.get(fp, (0.0, 0))[0] / self.seen

    def learned(self, min_articles: int, min_share: float) -> frozenset[str]:
        """Fingerprints in ``min_articles`` articles or more, and ``min_share`` of recent ones."""
        if self.articles < min_articles:
            return frozenset()
        return frozenset(
            fp for fp, (_, hits) in self.lines.items()
            if hits >= min_articles and self.share(fp) >= min_share
        )


def learn_from(
    bodies: Iterable[AbstractSet[str]],
    half_life_articles: float,
    stats: TemplateStats | None = None,
) -> TemplateStats:
    """Fold many articles' fingerprints into ``stats`` (for replays, tests and benchmarks)."""
    result = stats or TemplateStats()
    for fps in bodies:
        result = result.observe(fps, half_life_articles)
    return result
