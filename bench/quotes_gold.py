"""PolNeAR for the quote benchmark: its attributions as gold spans, resolved speakers, scoring.

Read by ``bench/quotes_eval.py`` (and its test); nothing here imports newswire, so the same
code scores today's extractor (the baseline, run from another source tree) and this one.

Gold spans
  One annotation file per article (the first by name, when several annotators did it).  A gold
  attribution is **speech** when a word of its cue has a lemma (from the extractor's own parse,
  passed in) in ``GOLD_SPEECH`` (``bench/quotes_speech_words.py``), a list of verbs and nouns of
  saying kept apart from the extractor's lexicon and chosen by what the words mean, never by
  what a figure does (``echo``, ``address``, ``refer``: repeating, speaking to or of;
  ``argument``), or two of its lemmas are a phrase of ``GOLD_SPEECH_PHRASES`` (``made the
  case``, ``offered his thoughts on``, ``weighed in``: a verb of delivering and a noun of what
  is said), or its cue is ``according to``; or when its content holds quotation marks and no cue
  word is a verb of thinking, wanting or perceiving (``NOT_SPEECH``).  It is **direct/partial**
  when its content holds a double quotation mark (or an opening single one, as headlines quote;
  ``''`` and ````...``, the typewriter marks of New York Times texts, are double marks); its
  span is then the quoted words.
  Otherwise it is **indirect** and its span is the whole content.  Every attribution
  (``every=True``: beliefs, intentions, stances, findings, PolNeAR's own notion of
  attribution) is the second gold the bench prints for reported speech: the measure held-out
  PolNeAR figures use.

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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from quotes_referents import (
    PRONOUNS,
    Resolved,
    load_resolved,
    normalise,
    people_of,
    referent_fair,
    referent_right,
    source_form,
)
from quotes_speech_words import GOLD_SPEECH, GOLD_SPEECH_BEFORE, GOLD_SPEECH_PHRASES, NOT_SPEECH

# Read from here by quotes_eval.py and the tests, as before the split.
__all__ = ["GOLD_SPEECH", "GOLD_SPEECH_BEFORE", "GOLD_SPEECH_PHRASES", "KINDS", "NOT_SPEECH",
           "Attribution", "Gold", "Pred", "Resolved", "Score", "articles", "cue_ranges", "gold_of",
           "load_resolved", "mention_right", "miss_cause", "normalise", "overlap", "parse_ann",
           "people_of", "prf", "referent_fair", "referent_right", "score", "source_form", "trim"]

QUOTE_MARKS = "\"“”"
DIGRAPHS = ("''", "``")
_TRIM = " \t\n.,;:!?\"'“”‘’()—–-"
KINDS = ("person", "organization", "group", "document", "unknown")
Range = tuple[int, int]
Lemmas = Sequence[tuple[int, int, str]]


@dataclass(frozen=True)
class Attribution:
    """One brat attribution: its id and its content, cue and source ranges."""

    eid: str
    content: list[Range]
    cue: list[Range]
    source: list[Range]


@dataclass
class Gold:
    span: Range
    direct: bool
    source: list[Range]
    source_text: str
    eid: str = ""


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


def articles(data: Path, split: str) -> list[tuple[Path, Path]]:
    """(text, annotation) pairs of ``split``, one annotator per article (first by name)."""
    texts = sorted((data / split / "text").glob("*.txt"))
    by_stem: dict[str, Path] = {}
    for ann in sorted((data / split / "attributions").glob("*.ann")):
        by_stem.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    return [(t, by_stem[t.stem]) for t in texts if t.stem in by_stem]


def parse_ann(path: Path) -> list[Attribution]:
    """Every attribution of a brat file that has a content span."""
    spans: dict[str, list[Range]] = {}
    relations: list[tuple[str, dict[str, str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind_and_ranges = parts[1].split(" ", 1)
            if len(kind_and_ranges) == 2:
                spans[parts[0]] = [
                    (int(a), int(b)) for a, b in
                    (r.split() for r in kind_and_ranges[1].split(";") if len(r.split()) == 2)
                ]
        elif line.startswith("E") and len(parts) >= 2:
            relations.append((parts[0], dict(p.split(":", 1) for p in parts[1].split()
                                             if ":" in p)))
    return [Attribution(eid, spans[rel["Content"]], spans.get(rel.get("Cue", ""), []),
                        spans.get(rel.get("Source", ""), []))
            for eid, rel in relations if spans.get(rel.get("Content", ""))]


def cue_ranges(attributions: Iterable[Attribution]) -> list[Range]:
    """Every cue range: the parse only needs lemmas of these words."""
    return [r for a in attributions for r in a.cue]


def gold_of(text: str, lemmas: Lemmas, ann: Iterable[Attribution],
            every: bool = False, before: bool = False) -> list[Gold]:
    """The speech attributions of an article (``every``: all of them, PolNeAR's own notion;
    ``before``: speech by the list before recall20's words); ``lemmas`` are (start, end,
    lemma) of cue words."""
    golds = []
    for a in ann:
        if not every and not _is_speech(text, (a.content, a.cue), lemmas, before):
            continue
        lo, hi = min(s for s, _ in a.content), max(e for _, e in a.content)
        marks = _quote_marks(text, lo, hi)
        span = (marks[0] + 1, marks[-1] if len(marks) > 1 else hi) if marks else (lo, hi)
        source_text = " ".join(text[s:e] for s, e in a.source)
        golds.append(Gold(trim(text, span), bool(marks), a.source, source_text, a.eid))
    return golds


def _quote_marks(text: str, lo: int, hi: int) -> list[int]:
    # Typewriter marks are two characters, '' and ``: both count (trim drops the other one).
    doubles = [i for i in range(lo, hi) if text[i] in QUOTE_MARKS
               or text[i:i + 2] in DIGRAPHS or text[max(i - 1, 0):i + 1] in DIGRAPHS]
    if doubles:
        return doubles
    first = text.find("‘", lo, hi)
    last = text.rfind("’", first + 1, hi) if first >= 0 else -1
    return [first, last] if last > first else ([first] if first >= 0 else [])


def _is_speech(text: str, spans: tuple[list[Range], list[Range]], lemmas: Lemmas,
               before: bool = False) -> bool:
    content, cue = spans
    cue_text = " ".join(text[s:e] for s, e in cue).lower()
    if "according to" in cue_text:
        return True
    words = {lemma for s, _, lemma in lemmas if any(cs <= s < ce for cs, ce in cue)}
    if words & (GOLD_SPEECH_BEFORE if before else GOLD_SPEECH):
        return True
    if not before and any(v in words and n in words for v, n in GOLD_SPEECH_PHRASES):
        return True
    lo, hi = min(s for s, _ in content), max(e for _, e in content)
    return bool(_quote_marks(text, lo, hi)) and not words & NOT_SPEECH


def score(text: str, golds: list[Gold], preds: list[Pred], result: Score,
          resolved: dict[str, Resolved] | None = None, article: str = "") -> None:
    """Add one article's one-to-one matches to ``result``; ``resolved`` is keyed by gold eid."""
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
