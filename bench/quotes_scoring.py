"""How the quote benchmark matches predictions to PolNeAR's gold spans and scores speakers.

Read through ``bench/quotes_gold.py`` (which re-exports every name) by ``bench/quotes_eval.py``
and its tests; nothing here imports newswire.

Matching and speakers
  A prediction matches a gold span when they share at least 30% of the characters of the
  longer of the two; one-to-one, greedy by overlap.  *Mention right* (the measure before
  issue 14): the predicted speaker mention overlaps the annotated source, or a name word of
  the predicted speaker occurs in it, so ``he`` counts as right.  *Right referent*: the
  predicted ``speaker`` equals what the source refers to in the resolved file (annotators
  read each article), after :func:`normalise`, or one of its ``also`` spellings; a list
  referent (``Trump and Pence said``) is right when the prediction names any of them; a
  quote with no speaker is wrong.  *Fair referent* also takes what points a reader to the
  same source (``Donald Trump`` for ``Donald J. Trump``, ``officials`` for ``Obama
  administration officials``; the rules: ``bench/quotes_fair.py``).  Both are printed
  (referents: ``bench/quotes_referents.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quotes_referents import (
    PRONOUNS,
    Resolved,
    people_of,
    referent_fair,
    referent_right,
    source_form,
)

__all__ = ["Gold", "Pred", "Range", "Score", "mention_right", "miss_cause", "overlap", "prf",
           "score", "trim"]

_TRIM = " \t\n.,;:!?\"'“”‘’()—–-"
Range = tuple[int, int]


@dataclass
class Gold:
    span: Range
    direct: bool
    source: list[Range]
    source_text: str
    eid: str = ""
    # the annotated content: for a partial quote, the clause around the quoted words
    content: Range = (0, 0)


@dataclass
class Pred:
    span: Range
    direct: bool
    speaker: str | None
    mention: Range | None
    mention_text: str
    speaker_kind: str = "unknown"


@dataclass
class Score:
    gold: int = 0
    pred: int = 0
    matched: int = 0
    exact: int = 0
    mention_pairs: int = 0
    mention_right: int = 0
    referent_pairs: int = 0
    referent_right: int = 0
    referent_fair: int = 0
    no_speaker: int = 0
    # kind -> [strictly right, fairly right, total]
    by_kind: dict[str, list[int]] = field(default_factory=dict)
    # (kind, form of the source words) -> [fairly right, total]
    by_form: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    # (article, prediction, gold, referent, fairly right): every strict miss
    misses: list[tuple[str, Pred, Gold, Resolved, bool]] = field(default_factory=list)
    # (article, prediction, gold, the words around both): every wrong speaker mention
    mention_misses: list[tuple[str, Pred, Gold, str]] = field(default_factory=list)

    def f1(self) -> tuple[float, float, float]:
        return prf(self.matched, self.pred, self.gold)

    def exact_f1(self) -> float:
        return prf(self.exact, self.pred, self.gold)[2]


def prf(hits: int, pred: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1."""
    p = hits / pred if pred else 0.0
    r = hits / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(text: str, golds: list[Gold], preds: list[Pred], result: Score,
          resolved: dict[str, Resolved] | None = None, article: str = "") -> set[int]:
    """Add one article's one-to-one matches to ``result``; ``resolved`` is keyed by gold eid.
    Returns the indices of the matched predictions."""
    result.gold += len(golds)
    result.pred += len(preds)
    candidates = []
    for pi, p in enumerate(preds):
        for gi, g in enumerate(golds):
            ratio = overlap(p.span, g.span) / max(p.span[1] - p.span[0], g.span[1] - g.span[0], 1)
            if ratio >= 0.3:
                candidates.append((ratio, pi, gi))
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _, pi, gi in sorted(candidates, reverse=True):
        if pi in used_p or gi in used_g:
            continue
        used_p.add(pi)
        used_g.add(gi)
        p, g = preds[pi], golds[gi]
        result.matched += 1
        result.exact += trim(text, p.span) == trim(text, g.span)
        if g.source:
            result.mention_pairs += 1
            right = mention_right(p, g)
            result.mention_right += right
            if not right:
                result.mention_misses.append((article, p, g, _around(text, p, g)))
        if resolved and g.eid in resolved:
            _score_referent((article, text), (p, g), resolved, result)
    return used_p


def _score_referent(where: tuple[str, str], pair: tuple[Pred, Gold],
                    resolved: dict[str, Resolved], result: Score) -> None:
    (article, text), (p, g) = where, pair
    wanted = resolved[g.eid]
    right = referent_right(p.speaker, wanted)
    fair = right or referent_fair(p.speaker, wanted, text, people_of(resolved))
    if not right:
        result.misses.append((article, p, g, wanted, fair))
    result.referent_pairs += 1
    result.referent_right += right
    result.referent_fair += fair
    result.no_speaker += not p.speaker
    form = result.by_form.setdefault((wanted.kind, source_form(g.source_text)), [0, 0])
    form[0] += fair
    form[1] += 1
    tally = result.by_kind.setdefault(wanted.kind, [0, 0, 0])
    tally[0] += right
    tally[1] += fair
    tally[2] += 1


def _around(text: str, p: Pred, g: Gold, margin: int = 120) -> str:
    """The words of a quote, its gold source and its predicted mention, on one line."""
    ends = [*g.span, *p.span, *(x for s in g.source for x in s), *(p.mention or ())]
    lo, hi = max(0, min(ends) - margin), min(len(text), max(ends) + margin)
    return " ".join(text[lo:hi].split())


def mention_right(p: Pred, g: Gold) -> bool:
    """Today's measure: the mention overlaps the source, or shares a name word with it."""
    if p.mention and any(overlap(p.mention, s) for s in g.source):
        return True
    gold_words = _name_words(g.source_text)
    return bool(gold_words & (_name_words(p.speaker or "") | _name_words(p.mention_text)))


def _name_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w not in PRONOUNS}


def overlap(a: Range, b: Range) -> int:
    """Characters shared by two ranges."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def trim(text: str, span: Range) -> Range:
    """``span`` without spaces and punctuation at either end."""
    s, e = span
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return s, e


def miss_cause(p: Pred, g: Gold) -> str:
    """Why a speaker is wrong, as far as offsets tell: no speaker, a speaker taken from other
    words than the source (cue or continuation), or the source's words resolved wrongly."""
    if not p.speaker:
        return "no speaker" + (", mention on source" if _on_source(p, g) else "")
    got = f" to a {p.speaker_kind}"
    if p.mention is None:
        return "no mention (continued)" + got
    if not _on_source(p, g):
        return "other words" + got
    shared = _name_words(p.speaker) & _name_words(g.source_text)
    return "resolved wrong" + got + (", a source word kept" if shared else "")


def _on_source(p: Pred, g: Gold) -> bool:
    return p.mention is not None and any(overlap(p.mention, s) for s in g.source)
