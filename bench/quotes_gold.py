"""PolNeAR for the quote benchmark: its attributions as gold spans (matched and scored in
``bench/quotes_scoring.py``, whose names are read from here too).

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
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from quotes_referents import (
    Resolved,
    load_resolved,
    normalise,
    people_of,
    referent_fair,
    referent_right,
    source_form,
)
from quotes_scoring import (
    Gold,
    Pred,
    Range,
    Score,
    mention_right,
    miss_cause,
    overlap,
    prf,
    score,
    trim,
)
from quotes_speech_words import GOLD_SPEECH, GOLD_SPEECH_BEFORE, GOLD_SPEECH_PHRASES, NOT_SPEECH

# Read from here by quotes_eval.py and the tests, as before the split.
__all__ = ["GOLD_SPEECH", "GOLD_SPEECH_BEFORE", "GOLD_SPEECH_PHRASES", "KINDS", "NOT_SPEECH",
           "Attribution", "Gold", "Pred", "Resolved", "Score", "articles", "clause_golds",
           "cue_ranges", "gold_of", "holds_quote", "load_resolved", "mention_right", "miss_cause",
           "normalise", "overlap", "parse_ann", "people_of", "prf", "referent_fair",
           "referent_right", "score", "source_form", "trim"]

QUOTE_MARKS = "\"“”"
DIGRAPHS = ("''", "``")
KINDS = ("person", "organization", "group", "document", "unknown")
Lemmas = Sequence[tuple[int, int, str]]


@dataclass(frozen=True)
class Attribution:
    """One brat attribution: its id and its content, cue and source ranges."""

    eid: str
    content: list[Range]
    cue: list[Range]
    source: list[Range]


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
        golds.append(Gold(trim(text, span), bool(marks), a.source, source_text, a.eid,
                          trim(text, (lo, hi))))
    return golds


def clause_golds(text: str, golds: Iterable[Gold]) -> list[Gold]:
    """The direct/partial golds whose annotated content has words outside its quotation
    marks (``said the force would increase patrols "in the coming days"``), spanning that
    whole content: the clause PolNeAR marks as one attribution around a partial quote."""
    clauses = []
    for g in golds:
        lo, hi = g.content
        outside = text[lo:g.span[0]] + " " + text[g.span[1]:hi]
        if g.direct and any(w.isalpha() for w in outside.split()):
            clauses.append(Gold(g.content, False, g.source, g.source_text, g.eid, g.content))
    return clauses


def holds_quote(text: str, span: Range) -> bool:
    """Whether a predicted span holds a double quotation mark (a reported clause with the
    partial quote it holds: README, *Quotes*)."""
    return bool(_quote_marks(text, *span))


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
